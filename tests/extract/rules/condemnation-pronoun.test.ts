/**
 * "This was a deliberate attack on X. We condemn it": a condemnation whose object is a pronoun,
 * right after a sentence of the same paragraph calling something an attack, condemns the attack
 * under discussion. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const story = (after: string) =>
  `WINDHOEK, 2 October 2026 (Reuters) - Hackers took down the website of Namibia's Ministry of Finance on Monday. ${after}`;
const condemners = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "condemned").map((c) => c.source);

describe("condemn rule, a pronoun standing for what was just called an attack", () => {
  it("condemns the attack the sentence before called one", () => {
    const ex = extract(
      story(
        '"This was a deliberate attack on the services our citizens rely on. Namibia condemns it in the strongest terms," the minister said.',
      ),
    );
    expect(condemners(ex)).toContain("state:namibia");
  });

  it("takes plural acts and a plural pronoun alike", () => {
    const ex = extract(
      story('"These are serious acts against our institutions. Namibia condemns them," he said.'),
    );
    expect(condemners(ex)).toContain("state:namibia");
  });

  it("reads nothing when the sentence before called nothing an attack", () => {
    const ex = extract(story("The minister presented a new budget on Tuesday. Namibia condemns it."));
    expect(condemners(ex)).toEqual([]);
  });

  it("reads nothing across a paragraph break", () => {
    const ex = extract(story('"This was a deliberate attack," the minister said.\n\nNamibia condemns it.'));
    expect(condemners(ex)).toEqual([]);
  });
});

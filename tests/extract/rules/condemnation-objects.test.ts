/**
 * Condemn rule: objects that describe the attack rather than name it (a quotation opened by a
 * possessive, "what it called the "sabotage of ..."") and "condemns it" right after a sentence
 * that spoke of the attack. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `QUITO, 4 March 2026 (Reuters) - ${body}`;
const hit = "Hackers wiped the billing servers of Ecuador's water utility on Monday. ";
const condemned = (ex: ReturnType<typeof extract>, who: string) =>
  hasClaim(ex, "condemned", who, incidents(ex)[0]!.key);

describe("condemn rule, an object that describes the attack", () => {
  it("reads a quoted description whose words carry a possessive", () => {
    const ex = extract(wire(`${hit}NATO has condemned "this week's destructive attack on an ally's utility".`));
    expect(condemned(ex, "organization:nato")).toBe(true);
  });

  it("reads 'what it called the \"sabotage of ...\"', the determiner outside the quotation", () => {
    const ex = extract(
      wire(`${hit}NATO issued a statement condemning what it called the "sabotage of vital public services".`),
    );
    expect(condemned(ex, "organization:nato")).toBe(true);
  });
});

describe("condemn rule, a pronoun right after a sentence about the attack", () => {
  it("takes 'condemns it' for the attack the sentence before spoke of", () => {
    const ex = extract(
      wire(`${hit}"This was a cowardly attack on families who need water. NATO condemns it," a spokesman said.`),
    );
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "organization:nato")).toBe(true);
  });

  it("still takes no pronoun when the sentence before spoke of something else", () => {
    const ex = extract(
      wire(`${hit}Peru recalled its ambassador from Quito on Tuesday. NATO condemned it as a blow to the region.`),
    );
    expect(ex.claims.some((c) => c.type === "condemned")).toBe(false);
  });
});

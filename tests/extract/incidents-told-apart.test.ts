/**
 * An incident the text tells apart ("a separate wave of attacks") is not what a later definite
 * mention naming none of its victims speaks of: "the attack on the tax board" after it is the
 * earlier incident. A definite mention naming its own victim still is. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const article = (body: string) => `TALLINN, 13 October 2026 (BNS): ${body}`;

const story = (condemned: string) =>
  "Hackers wiped the servers of the Estonian Tax and Customs Board last Thursday, crippling tax refunds. " +
  "The board said the wiper attack had erased a week of filings. " +
  "A separate wave of denial-of-service attacks on Monday knocked the website of the Supreme Court offline. " +
  `The European Union condemned ${condemned} in a statement on Monday.`;

function condemnedIncidentLabel(text: string): string {
  const extraction = extract(article(text));
  const labels = new Map(extraction.entities.map((e) => [e.key, e.label]));
  return claimsOf(extraction, "condemned")
    .map((c) => labels.get(c.target) ?? c.target)
    .join(" | ");
}

describe("a definite mention after an incident told apart", () => {
  it("speaks of the earlier incident when it names none of the separate one's victims", () => {
    const label = condemnedIncidentLabel(story("the attack on the Tax and Customs Board"));
    expect(label).toMatch(/Tax and Customs Board/);
    expect(label).not.toMatch(/Supreme Court/);
  });

  it("still speaks of the separate incident when it names its victim", () => {
    const label = condemnedIncidentLabel(story("the attack on the Supreme Court"));
    expect(label).toMatch(/Supreme Court/);
  });
});

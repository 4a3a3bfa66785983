/**
 * A help claim's state end its sentence never names is a guess made while the sentence was read
 * (the story's state by salience); once the article is read, a guess that ended up on the accused
 * side is settled as a guessed body's owner is: it moves to the article's own state, else the claim goes.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers";

const STORY = (offer: string) =>
  `AUCKLAND, 4 March 2026 - Intruders froze a ferry line's booking portal on Monday. Russia was named ` +
  `in the first reports, and Russia hosts the board where the stolen lists appeared, Russian media said. ${offer} ` +
  `On Friday investigators blamed Russia for the attack.`;
const helpClaims = (text: string) =>
  extract(text)
    .claims.filter((c) => ["assisted", "offered-help", "requested-help"].includes(c.type))
    .map((c) => `${c.type} ${c.source} ${c.target}`)
    .sort();

describe("guessed help ends settled once the article is read", () => {
  it("drops an offer whose unnamed beneficiary was the state the article then accuses", () => {
    expect(helpClaims(STORY("Germany's BSI has offered to help."))).toEqual([]);
  });

  it("keeps help to an accused state the sentence names", () => {
    expect(helpClaims(STORY("Germany's BSI has offered to help Russia with its own inquiry."))).toEqual([
      "offered-help agency:bsi state:russia",
      "offered-help state:germany state:russia",
    ]);
  });

  it("keeps a guessed beneficiary that is the state the attack hit", () => {
    const text =
      "OTTAWA, 4 March 2026 - Intruders froze a ferry line's booking portal in Canada on Monday. Russia was " +
      "named in the first reports, and Russia hosts the board where the stolen lists appeared. Russia was named " +
      "again on Tuesday. Germany's BSI has offered to help. On Friday investigators " +
      "blamed Russia for the attack.";
    expect(helpClaims(text)).toEqual([
      "offered-help agency:bsi state:canada",
      "offered-help state:germany state:canada",
    ]);
  });
});

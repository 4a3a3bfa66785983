/**
 * Patterns given a cheap first test (a line of blanks passed over, a capital looked for before a
 * look-behind, a cue list written as a trie): they read what they read before, in the time the
 * page's length allows.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const BODY = "\n\nPort officials said the ticketing system stayed offline until noon.";

describe("guarded patterns", () => {
  it("reads a 'Publisher | date' line below a long line of blanks, at once", () => {
    extract(`Warm-up${BODY}`);
    // Every split of the blanks between the margin and the head was tried: seconds for this page.
    const started = performance.now();
    const { meta } = extract(`${" ".repeat(2400)}\nCoastal Ledger | March 3, 2024${BODY}`);
    // Generous, for a loaded machine: the old pattern took seconds on this head alone.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(meta).toMatchObject({ publisher: "Coastal Ledger", published: "2024-03-03" });
  });

  it("still reads a 'Publisher | date' line set in by blanks", () => {
    const { meta } = extract(`Harbour outage\n\n    \n    Coastal Ledger | March 3, 2024${BODY}`);
    expect(meta).toMatchObject({ publisher: "Coastal Ledger", published: "2024-03-03" });
  });

  it("still types a name by its predicate and a victim by its passive verb in mid-sentence", () => {
    const { entities } = extract(
      "Grain board hit\n\nOfficials said on Monday that Velk Grain Board was breached by intruders. Analysts wrote that Ashen Marten was an extortion crew.",
    );
    expect(entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["agency:velk-grain-board", "group:ashen-marten"]),
    );
  });

  it("still finds a body the article introduces by what it is", () => {
    const { entities } = extract(
      "Insurer hit\n\nThe shipping group Orrin Vale said its booking portal had been knocked offline since dawn.",
    );
    expect(entities.some((e) => e.label === "Orrin Vale")).toBe(true);
  });
});

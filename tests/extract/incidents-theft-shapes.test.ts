/**
 * Thefts told in shapes the incident stage missed (INC27): data taken from a body's systems, in a
 * passive ("files were leaked from the metering servers of X"). Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const dated = (body: string) => `VARNA, 14 June 2026 (Wire): ${body}`;

describe("data taken from a body's systems, in a passive", () => {
  it("reads the owner of the systems the data was taken from as the victim", () => {
    for (const text of [
      "In March customer files were leaked from the metering servers of the Dunmore Gas Board.",
      "Payroll data was stolen from the internal databases of the Dunmore Gas Board in April.",
    ]) {
      const ex = extract(dated(text));
      expect(attackedTargets(ex).join(" "), text).toMatch(/dunmore-gas-board/);
    }
  });

  it("reads no victim when what the data came from is no system of a body", () => {
    const ex = extract(dated("Details leaked from the inquiry's draft report were quoted by two papers."));
    expect(incidents(ex)).toHaveLength(0);
  });
});

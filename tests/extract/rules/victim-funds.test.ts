/**
 * A state's fund as a victim ("the X Sickness Insurance Fund", "Y's pension fund"): social security and
 * insurance funds are public bodies hit as often as ministries. Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "../helpers";

const wire = (body: string) => `VILNIUS, 14 May 2025 (AP) - ${body}`;
const attacked = (ex: ReturnType<typeof extract>, key: string) =>
  incidents(ex).some((i) => hasClaim(ex, "attacked", i.key, key));

describe("a state's fund as a victim", () => {
  it("is an agency of its state, written in capitals or in lower case", () => {
    for (const [sentence, key] of [
      [
        "The Lithuanian Sickness Insurance Fund (LSIF) was hit by ransomware on Saturday.",
        "agency:lithuania-sickness-insurance-fund",
      ],
      [
        "Hackers crippled Lithuania's veterans pension fund on Saturday, Lithuanian officials said.",
        "agency:lithuania-veterans-pension-fund",
      ],
    ] as const) {
      const ex = extract(wire(sentence));
      expect(ex.entities.find((e) => e.key === key)?.type, sentence).toBe("agency");
      expect(attacked(ex, key), sentence).toBe(true);
      expect(hasClaim(ex, "part-of", key, "state:lithuania"), sentence).toBe(true);
    }
  });
});

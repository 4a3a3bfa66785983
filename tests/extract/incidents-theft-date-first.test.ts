/**
 * A theft whose date comes right after its noun, before what was taken and where from ("the theft in
 * May 2024 of tax files from X", "the theft, in 2024, of tax files from X"), is an incident of its own,
 * dated by that date and hitting the body it was taken from. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const dated = (body: string) => `KISUMU, 20 November 2026 (Wire): ${body}`;

describe("a theft dated right after its noun", () => {
  it("dates the theft by that date, set off by commas or not, and reads the body it was taken from", () => {
    for (const { date, text } of [
      {
        date: "2024-05",
        text: "Investigators tied the same hackers to the theft in May 2024 of payroll files from the Lakeside Grain Board.",
      },
      {
        date: "2023",
        text: "Investigators tied the same hackers to the theft, in 2023, of payroll files from the Lakeside Grain Board.",
      },
    ]) {
      const ex = extract(dated(text));
      const theft = incidents(ex).find((e) => e.date === date);
      expect(theft, text).toBeDefined();
      expect(attackedTargets(ex, theft!.key), text).toEqual(["agency:lakeside-grain-board"]);
    }
  });

  it("makes no incident of a theft told from no named source", () => {
    const ex = extract(
      dated("Investigators tied the same hackers to the theft in May 2024 of payroll files from a bank."),
    );
    expect(incidents(ex).filter((e) => e.date === "2024-05")).toEqual([]);
  });
});

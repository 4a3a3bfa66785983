/** A body named for the power it sells is a company, its state's name kept in its own (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const bodies = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "organization" || e.type === "agency")
    .map((e) => `${e.type} ${e.label}`);

describe("power utilities named like public bodies", () => {
  it("reads an electricity authority opening on its state's name as a company of that full name", () => {
    expect(
      bodies("Late on Sunday a wiper erased payroll files at the Malawi Electricity Authority."),
    ).toEqual(["organization Malawi Electricity Authority"]);
  });

  it("keeps a demonym opening the name and an owner written after 'of'", () => {
    expect(bodies("Two engineers at the Chilean Power Institute noticed the rogue scripts first.")).toEqual([
      "organization Chilean Power Institute",
    ]);
    expect(bodies("Auditors traced stolen invoices to the Electricity Board of Zambia in March.")).toEqual([
      "organization Electricity Board of Zambia",
    ]);
  });

  it("leaves a regulator and a water authority their state's agencies", () => {
    expect(
      bodies("The Kenyan Electricity Regulatory Commission fined three vendors after the outage."),
    ).not.toContainEqual(expect.stringMatching(/^organization/));
    expect(
      bodies("Phishing mails reached staff of the Peru Electricity and Water Authority overnight."),
    ).not.toContainEqual(expect.stringMatching(/^organization/));
  });
});

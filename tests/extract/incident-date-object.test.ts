import { describe, expect, it } from "vitest";
import { extract, incidents } from "./helpers";

const article = (body: string) => `VALLETTA, 20 September 2027 (MWire): ${body}`;

describe("incident dates: a date after the verb's object dates the deed", () => {
  it("reads a weekday after a long object: systems, the victim, its short form and a description", () => {
    const ex = extract(
      article(
        "Hackers broke into the benefit payment and appointment booking systems of the Maltese Social Welfare Fund (MSWF), the island's pensions agency, on Sunday, officials said.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toEqual(["2027-09-19"]);
  });

  it("reads a month right after the victim of a short object as before", () => {
    const ex = extract(article("Hackers breached the Maltese land registry in March 2026."));
    expect(incidents(ex).map((i) => i.date)).toEqual(["2026-03"]);
  });

  it("does not date the deed by a year told far along a relative clause about the victim", () => {
    const ex = extract(
      article(
        "Hackers breached Malta's land registry, which had moved its whole archive of deeds, maps and court rulings to a data centre near the airport in 2019.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).not.toContain("2019");
  });

  it("does not date the deed by a date in a 'whose' clause about the victim", () => {
    const ex = extract(
      article(
        "Hackers broke into the servers of the Maltese Lands Authority, whose chief was appointed in March 2026.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).not.toContain("2026-03");
  });

  it("keeps the long reach after a relative clause on the mention itself, whose own verb dates it", () => {
    const ex = extract(
      article(
        "A ransomware attack that locked thousands of files and sent staff at clinics across two districts back to pen and paper began on Sunday, officials said.",
      ),
    );
    expect(incidents(ex).map((i) => i.date)).toEqual(["2027-09-19"]);
  });
});

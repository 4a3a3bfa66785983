/**
 * "the airport attack": an attack noun after "the" and a word naming what was hit refers to the one
 * incident told with that word (in a victim's name, or beside one of its mentions), not to the one
 * the story speaks of last; a word fitting several incidents, or only the start of a word, decides
 * nothing. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "LUSAKA, 12 August 2026 (Reuters) - Hackers broke into the pension database of Zambia's Ministry of Labour in July 2026. ";
const attributedTo = (ex: ReturnType<typeof extract>, actor: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.target === actor).map((c) => c.source);
const incidentOf = (ex: ReturnType<typeof extract>, year: string) =>
  ex.entities.find((e) => e.type === "incident" && e.date?.startsWith(year))?.key;

describe("incidents, a mention described by what was hit", () => {
  it("refers to the one incident told beside the describing word", () => {
    const ex = extract(
      LEAD +
        "Investigators blamed a crew known as Quartz Heron. " +
        "In May 2024 a wiper crippled the airport's check-in desks in Ndola for a day. " +
        "The labour ministry has since restored its records. " +
        "Investigators now say the airport attack was also the work of Quartz Heron.",
    );
    const older = incidentOf(ex, "2024");
    expect(older).toBeDefined();
    expect(attributedTo(ex, "group:quartz-heron")).toContain(older);
  });

  it("decides nothing when the word fits two incidents", () => {
    const ex = extract(
      LEAD +
        "In 2024 a wiper attack hit Zambia's Ministry of Health and leaked its payroll. " +
        "The labour ministry has since restored its records. " +
        "On Friday officials said the ministry attack was the work of Quartz Heron.",
    );
    const older = incidentOf(ex, "2024");
    expect(older).toBeDefined();
    expect(attributedTo(ex, "group:quartz-heron")).not.toContain(older);
  });

  it("takes a whole word only, not the start of a longer one", () => {
    const ex = extract(
      LEAD +
        "In 2024 an attack defaced the tax portal of Zambia's revenue service for a day. " +
        "The labour ministry has since restored its records. " +
        "On Friday officials said the port attack was the work of Quartz Heron.",
    );
    const older = incidentOf(ex, "2024");
    expect(older).toBeDefined();
    expect(attributedTo(ex, "group:quartz-heron")).not.toContain(older);
  });
});

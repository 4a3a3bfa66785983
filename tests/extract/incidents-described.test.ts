/**
 * "the port attack", "the ministry breach": an attack noun after "the" and a word naming what was
 * hit refers to the incident told with that word (in a victim's name, or beside one of its
 * mentions), not to the one the story speaks of last. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const text = (last: string) =>
  "ACCRA, 9 May 2026 (Reuters) - Hackers broke into the voter register of Ghana's Electoral Commission in April 2026. " +
  "The cyber authority said the intrusion was the work of Copper Mantis. " +
  "In March 2023 an attack hit Tema port and halted container traffic for a week. " +
  "The register breach has delayed the district elections. " +
  last;
const attributedTo = (ex: ReturnType<typeof extract>, actor: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.target === actor).map((c) => c.source);
const incidentOf = (ex: ReturnType<typeof extract>, year: string) =>
  ex.entities.find((e) => e.type === "incident" && e.date?.startsWith(year))?.key;

describe("incidents, a mention described by what was hit", () => {
  it("refers to the incident told beside the describing word", () => {
    const ex = extract(
      text('On Monday the authority said that the port attack, too, "was carried out by Copper Mantis."'),
    );
    const port = incidentOf(ex, "2023");
    expect(port).toBeDefined();
    expect(attributedTo(ex, "group:copper-mantis")).toContain(port);
  });

  it("stays with the incident under discussion when the word describes none", () => {
    const ex = extract(
      text("On Monday the authority said that the brazen attack was carried out by Copper Mantis."),
    );
    expect(attributedTo(ex, "group:copper-mantis")).not.toContain(incidentOf(ex, "2023"));
  });
});

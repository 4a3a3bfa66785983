/**
 * A definite mention whose own words name what was hit in a form read as no body ("the attack on the
 * Peruvian court", "the intrusion into the PSA", "the Kestrel breach") speaks of the one told incident whose
 * victim those words name, not of the incident the story discusses last. Words fitting no victim, or
 * a story whose current incident has no victim known yet, leave the mention to the usual reading.
 * Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

type Extraction = ReturnType<typeof extract>;

const condemnedBy = (ex: Extraction, actor: string) =>
  ex.claims.filter((c) => c.type === "condemned" && c.source === actor).map((c) => c.target);
const incidentHitting = (ex: Extraction, word: RegExp) =>
  ex.entities.find(
    (e) =>
      e.type === "incident" &&
      (e.targets ?? []).some((t) => word.test(ex.entities.find((x) => x.key === t)?.label ?? "")),
  )?.key;

const TWO_ATTACKS =
  "LIMA, 20 October 2026 - Hackers wiped the case files of Peru's Constitutional Court on Saturday. " +
  "Days later, attackers also stole voter records from Bolivia's Supreme Electoral Tribunal. " +
  "Bolivian officials said the tribunal restored its servers on Monday. ";

describe("incidents, a definite mention named by its victim's words", () => {
  it("takes the incident whose victim a state's adjective and a head noun name", () => {
    const ex = extract(TWO_ATTACKS + "The EU denounced the intrusion into the Peruvian court on Tuesday.");
    const court = incidentHitting(ex, /Constitutional Court/);
    expect(court).toBeDefined();
    expect(condemnedBy(ex, "organization:european-union")).toEqual([court]);
  });

  it("takes the incident whose victim the initials name", () => {
    const ex = extract(
      "MANILA, 3 June 2026 - Ransomware locked the cargo gate system of the Port Services Authority on Monday. " +
        "In May, attackers also leaked taxpayer files from Vietnam's General Department of Taxation. " +
        "Officials in Hanoi said the department restored its portal on Sunday. " +
        "NATO denounced the intrusion into the PSA in a statement.",
    );
    const port = incidentHitting(ex, /Port Services Authority/);
    expect(port).toBeDefined();
    expect(condemnedBy(ex, "organization:nato")).toEqual([port]);
  });

  it("reads a victim's name word before the attack noun as that victim, not as a new incident's name", () => {
    const ex = extract(
      "OSLO, 9 March 2026 - Attackers encrypted the invoicing servers of Kestrel Water Company in February. " +
        "This week hackers also defaced the website of Finland's Ministry of Education. " +
        "Finnish officials said the ministry restored its site on Tuesday. " +
        "NATO condemned the Kestrel breach in a statement.",
    );
    const water = incidentHitting(ex, /Kestrel Water/);
    expect(water).toBeDefined();
    expect(condemnedBy(ex, "organization:nato")).toEqual([water]);
    expect(ex.entities.filter((e) => e.type === "incident" && e.name === "Kestrel")).toEqual([]);
  });

  it("takes no victim whose name lacks one of the words", () => {
    const ex = extract(
      "LIMA, 20 October 2026 - Hackers wiped the member files of Bolivia's National Pension Office in May. " +
        "On Saturday attackers also defaced the website of Peru's Constitutional Court. " +
        "Officials said the court restored its site on Monday. " +
        "The EU denounced the intrusion into the national broadcaster.",
    );
    const pensions = incidentHitting(ex, /National Pension Office/);
    expect(pensions).toBeDefined();
    expect(condemnedBy(ex, "organization:european-union")).not.toContain(pensions);
  });

  it("lets no bare common noun pick an older incident", () => {
    const ex = extract(
      "SANTIAGO, 3 May 2025 - Ransomware hit Chile's Empresa Portuaria Valparaiso on Friday. " +
        "In 2022 hackers had breached Peru's National Port Authority. " +
        "NATO denounced the intrusion into the port on Saturday.",
    );
    const older = incidentHitting(ex, /National Port Authority/);
    expect(older).toBeDefined();
    expect(condemnedBy(ex, "organization:nato")).not.toContain(older);
  });

  it("leaves the incident under discussion when the words fit no victim told", () => {
    const ex = extract(TWO_ATTACKS + "The EU denounced the intrusion into the Peruvian economy on Tuesday.");
    const court = incidentHitting(ex, /Constitutional Court/);
    expect(court).toBeDefined();
    expect(condemnedBy(ex, "organization:european-union")).not.toContain(court);
  });
});

import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const claimsOfType = (text: string, type: string) =>
  extract(text)
    .claims.filter((c) => c.type === type)
    .map((c) => `${c.source} -> ${c.target}`);

describe("transcript turns: the speaker's label gives the turn's first person", () => {
  const intro =
    "Studio guide.\n\nHOST: Joining us is Petra Holm, who heads the Federal Office for Information Security.\n\n";

  it("reads a surname alone in capitals as the speaker introduced before, and her 'we' as her body", () => {
    const ex = extract(
      `${intro}PETRA HOLM (Federal Office for Information Security): Good morning.\n\n` +
        "HOLM: Thank you. After the outage we asked NATO for help with the forensic work.",
    );
    expect(ex.entities.filter((e) => e.type === "person").map((e) => e.label)).toEqual(["Petra Holm"]);
    expect(hasClaim(ex, "requested-help", "agency:bsi", "organization:nato")).toBe(true);
  });

  it("gives no body to the 'we' of a turn whose label names nobody read before", () => {
    expect(
      claimsOfType(
        `${intro}HOST: After the outage we asked NATO for help with the forensic work.`,
        "requested-help",
      ),
    ).toEqual([]);
  });

  it("leaves the first person of ordinary prose, outside any turn or quotation, unresolved", () => {
    expect(
      claimsOfType(
        `${intro}Petra Holm serves the Federal Office for Information Security.\n\nAfter the outage we asked NATO for help with the forensic work.`,
        "requested-help",
      ),
    ).toEqual([]);
  });
});

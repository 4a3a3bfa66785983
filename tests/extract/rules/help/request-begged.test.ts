/**
 * Request rule, "beg" as a verb of asking for help ("begged the FBI to assist", "had begged Madrid
 * for assistance"); begging someone for anything else is no request for help.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers";

const wire = (body: string) =>
  `BERLIN, 8 July 2026 (dpa) - A wiper attack erased the case files of the Hamburg customs office on Friday. ${body}`;
const requests = (body: string) =>
  extract(wire(body))
    .claims.filter((c) => c.type === "requested-help")
    .map((c) => `${c.source} > ${c.target}`);

describe("request rule, begging for help", () => {
  it("reads 'begged X to assist' and 'begged X for assistance' as a request", () => {
    expect(requests("Germany has begged the NCSC to assist its forensic teams.")).toContain(
      "state:germany > agency:ncsc-uk",
    );
    expect(requests("By Sunday Germany had begged Britain for technical assistance.")).toContain(
      "state:germany > state:united-kingdom",
    );
  });

  it("makes no request of begging for something that is not help", () => {
    expect(requests("Germany has begged Britain for patience while the talks go on.")).toEqual([]);
  });
});

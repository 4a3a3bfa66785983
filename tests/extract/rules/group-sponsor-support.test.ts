/**
 * Group → sponsor: "operates in support of X", and a bare "it" standing for the group the text
 * named last ("A paper profiled X. The authors concluded that it works for Y"). Invented sentences
 * only.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const sponsorsOf = (ex: ReturnType<typeof extract>, group: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === group).map((c) => c.target);

describe("group sponsor rule, 'in support of'", () => {
  it("reads 'operates in support of' as 'operates on behalf of'", () => {
    const ex = extract(
      wire("In its annual review, the vendor concluded that APT29 operates in support of Bolivia."),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });
});

describe("group sponsor rule, a bare 'it' for the group", () => {
  it("takes 'it' for the group when the group is the last actor named", () => {
    for (const said of [
      "The authors concluded that it works for Bolivia.",
      "It works for Bolivia, the authors concluded.",
    ]) {
      const ex = extract(wire(`A 2024 vendor paper profiled APT29 at length. ${said}`));
      expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
    }
  });

  it("takes no 'it' when another actor was named after the group", () => {
    const ex = extract(
      wire(
        "A 2024 vendor paper profiled APT29 alongside hackers from Chile. The authors concluded that it works for Bolivia.",
      ),
    );
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

/**
 * Group → sponsor: "operates in support of X", and a bare "it" standing for the group the text
 * named last ("We have tracked X since 2022. Our assessment is that it works for Y"). Invented
 * sentences only.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LIMA, 9 June 2025 (Reuters) - ${body}`;
const sponsorsOf = (ex: ReturnType<typeof extract>, group: string) =>
  ex.claims.filter((c) => c.type === "attributed-to" && c.source === group).map((c) => c.target);

describe("group sponsor rule, 'in support of'", () => {
  it("reads 'operates in support of' as 'operates on behalf of'", () => {
    const ex = extract(
      wire('"We assess with moderate confidence that APT29 operates in support of Bolivia," the report says.'),
    );
    expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
  });
});

describe("group sponsor rule, a bare 'it' for the group", () => {
  it("takes 'it' for the group when the group is the last actor named", () => {
    for (const said of ["Our assessment is that it works for Bolivia.", "It works for Bolivia."]) {
      const ex = extract(wire(`Analysts have tracked APT29 since 2022. ${said}`));
      expect(sponsorsOf(ex, "group:apt29")).toEqual(["state:bolivia"]);
    }
  });

  it("takes no 'it' when another actor was named after the group", () => {
    const ex = extract(
      wire("Analysts have tracked APT29 since 2022 on behalf of Chile. Officials say that it works for Bolivia."),
    );
    expect(sponsorsOf(ex, "group:apt29")).not.toContain("state:bolivia");
  });
});

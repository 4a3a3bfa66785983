/** Request rules: a requester named only by a description ("the kingdom") that coreference reads as the state asked. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const attacked = "Intruders encrypted the payroll servers of Morocco's labour ministry on Friday. ";

describe("request rule, a described requester", () => {
  it("reads the state hit as asking when 'the kingdom' could be read as the state it asks", () => {
    const ex = extract(`${attacked}The kingdom has since asked France for technical help.`);
    expect(hasClaim(ex, "requested-help", "state:morocco", "state:france")).toBe(true);
    expect(ex.claims.filter((c) => c.type === "requested-help" && c.source === "state:france")).toEqual([]);
  });

  it("still reads a named requester and the one it asks", () => {
    const ex = extract(`${attacked}Rabat has since asked France for technical help.`);
    expect(hasClaim(ex, "requested-help", "state:morocco", "state:france")).toBe(true);
  });

  it("reads the state hit as asking in an opening 'at the kingdom's request'", () => {
    const ex = extract(
      `${attacked}At the kingdom's urgent request, Spain has lent the labour ministry two analysts.`,
    );
    expect(hasClaim(ex, "requested-help", "state:morocco", "state:spain")).toBe(true);
  });
});

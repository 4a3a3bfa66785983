/** A state's armed or uniformed force named as a body (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const agencies = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "agency")
    .map((e) => ({ names: [e.label, ...e.aliases], country: e.country }));

describe("a force named with its state", () => {
  it("is the state's agency when the state opens its name", () => {
    const found = agencies(
      "Officials traced the intrusion into the port to a unit of the Ghana Coastal Defence Forces.",
    );
    expect(found).toEqual([expect.objectContaining({ country: "state:ghana" })]);
    expect(found[0]!.names).toContain("Ghana Coastal Defence Forces");
  });

  it("is the state's agency when the state owns it", () => {
    const found = agencies("Peru's Cyber Defence Force said the hack of the port came from abroad.");
    expect(found).toEqual([expect.objectContaining({ country: "state:peru" })]);
  });

  it("makes nothing of a force no state owns, nor of a headline's words", () => {
    expect(agencies("The hack delayed the Labour Force Survey by a week.")).toEqual([]);
    expect(agencies("Market Forces Drive Prices Up After The Hack")).toEqual([]);
    expect(
      agencies("The hack of Chile's census office delayed Chile's labour force count."),
    ).not.toContainEqual(expect.objectContaining({ names: expect.arrayContaining(["Labour Force"]) }));
    expect(agencies("The hack delayed the Peru Labour Force Survey by a week.")).toEqual([]);
  });
});

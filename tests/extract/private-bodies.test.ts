/**
 * A body the text says is privately owned is a company, not a state's body: a centre described in
 * apposition as "a private hospital", a hospital whose name says "Private". Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const wire = (body: string) =>
  `KORVALA, 12 October 2026 (NWire) - Ransomware locked the accounting network of the Lakeside Water Board on Sunday. ${body}`;
const typeOf = (text: string, label: string) =>
  extract(wire(text)).entities.find((e) => e.label === label)?.type;

describe("a body described as private", () => {
  it("reads a centre in apposition to 'a privately run hospital' as an organization", () => {
    expect(
      typeOf(
        "A ransomware attack against Hadley Medical Center, a privately run hospital for children, followed in November.",
        "Hadley Medical Center",
      ),
    ).toBe("organization");
  });

  it("keeps the attack on it", () => {
    const ex = extract(
      wire(
        "A ransomware attack against Hadley Medical Center, a privately run hospital for children, followed in November.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "organization:hadley-medical-center")).toBe(true);
  });

  it("still reads a centre in apposition to a public description as the state's body", () => {
    expect(
      typeOf(
        "A ransomware attack against Hadley Medical Center, the largest public hospital for children, followed in November.",
        "Hadley Medical Center",
      ),
    ).not.toBe("organization");
  });
});

describe("a hospital's name in apposition to a private company noun", () => {
  it("reads it as an organization, where a hospital's name alone is the state's body", () => {
    const privately = "The gang also hit Marlow Hospital, a privately held hospital in Northam, on Monday.";
    const publicly = "The gang also hit Marlow Hospital, the main hospital in Northam, on Monday.";
    expect(typeOf(privately, "Marlow Hospital")).toBe("organization");
    expect(typeOf(publicly, "Marlow Hospital")).toBe("agency");
  });
});

describe("a hospital whose name says it is private", () => {
  it("reads it as an organization wherever it is read, where another hospital's name is the state's body", () => {
    const named = "The gang also hit Marlow Private Hospital in Northam on Monday.";
    const plain = "The gang also hit Marlow General Hospital in Northam on Monday.";
    expect(typeOf(named, "Marlow Private Hospital")).toBe("organization");
    expect(typeOf(plain, "Marlow General Hospital")).toBe("agency");
  });
});

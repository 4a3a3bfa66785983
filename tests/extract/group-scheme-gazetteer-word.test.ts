/** A scheme-named group whose first word opens a longer gazetteer name is still a group (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const groups = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "group")
    .map((e) => e.label);

describe("a vendor-style name sharing its first word with a gazetteer name", () => {
  it("reads the name as a group of its own", () => {
    expect(
      groups("The breach of the freight ministry was a cyberattack. Analysts said Cozy Heron carried out the breach."),
    ).toEqual(["Cozy Heron"]);
  });

  it("leaves the gazetteer's own name to the gazetteer", () => {
    expect(
      groups("The breach of the freight ministry was a cyberattack. Analysts said Cozy Bear carried out the breach."),
    ).toEqual(["APT29"]);
  });

  it("reads no group where a state's word opens the name (a figure of speech)", () => {
    expect(
      groups("The breach of the freight ministry was a cyberattack. Columnists said the Russian Bear was awake."),
    ).toEqual([]);
  });
});

/** A body named for the states it joins is a bloc, no state's agency (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const typed = (text: string, label: string) => {
  const entity = extract(text).entities.find((e) => e.label === label);
  return entity && { type: entity.type, country: entity.country };
};

describe("a bloc named for its member states", () => {
  const text =
    "Armenia's customs portal went dark after a ransomware attack in March. Armenia, a member of the " +
    "Organization of Caspian States, asked the Organization of Caspian States for forensic help.";

  it("is an organization with no owner, not the topic state's agency", () => {
    expect(typed(text, "Organization of Caspian States")).toEqual({
      type: "organization",
      country: undefined,
    });
  });

  it("has no part-of edge to the state the article is about", () => {
    expect(
      hasClaim(extract(text), "part-of", "organization:organization-of-caspian-states", "state:armenia"),
    ).toBe(false);
  });

  it("reads a council named for its member nations alike", () => {
    expect(
      typed(
        "Its secretariat said the Council of Steppe Nations would study the breach.",
        "Council of Steppe Nations",
      )?.type,
    ).toBe("organization");
  });

  it("leaves a body of the United States, or of a federation's own states, its state's", () => {
    const energy = extract(
      "The Department of Energy of the United States said the grid was hacked.",
    ).entities.find((e) => e.type === "agency");
    expect(energy?.country).toBe("state:united-states");
    const police = extract(
      "Ransomware hit a Nigerian water board in May. The Police Command of the Northern States opened an inquiry.",
    ).entities.find((e) => e.label.startsWith("Police Command"));
    expect(police).toMatchObject({ type: "agency", country: "state:nigeria" });
  });
});

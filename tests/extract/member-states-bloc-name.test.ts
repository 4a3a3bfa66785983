/** A body named for the states it joins is a bloc, no state's agency (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const typed = (text: string, label: string) => {
  const entity = extract(text).entities.find((e) => e.label === label);
  return entity && { type: entity.type, country: entity.country };
};

describe("a bloc named for its member states", () => {
  const text =
    "Hackers defaced the portal of Armenia's customs service in March. The Organization of Caspian States, " +
    "of which Armenia and Georgia are members, condemned the cyberattack on Tuesday.";

  it("is an organization with no owner, not the topic state's agency", () => {
    expect(typed(text, "Organization of Caspian States")).toEqual({
      type: "organization",
      country: undefined,
    });
  });

  it("takes its members' membership", () => {
    const extraction = extract(text);
    expect(
      hasClaim(extraction, "member-of", "state:armenia", "organization:organization-of-caspian-states"),
    ).toBe(true);
    expect(
      hasClaim(extraction, "part-of", "organization:organization-of-caspian-states", "state:armenia"),
    ).toBe(false);
  });

  it("reads a council named for its member nations alike", () => {
    expect(
      typed(
        "The Council of Steppe Nations condemned the intrusion into Armenia's tax office.",
        "Council of Steppe Nations",
      )?.type,
    ).toBe("organization");
  });

  it("leaves a body of the United States its own", () => {
    const entity = extract(
      "The Department of Energy of the United States said the grid was hacked.",
    ).entities.find((e) => e.type === "agency");
    expect(entity?.country).toBe("state:united-states");
  });
});

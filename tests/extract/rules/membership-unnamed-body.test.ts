/**
 * A member noun with no body named after it, or only a description of one: the bloc named just
 * before ("The EU condemned it. Malta is a full member"), or the one the description's word names
 * ("a full member of the Organization"). Not a firm, not a bloc named far back, not an ended
 * membership, not a person's seat.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

/** The member-of claims of a dated wire story, as "state body", sorted. */
const memberships = (text: string) =>
  claimsOf(extract(`VALLETTA, 3 March 2026 (AFP) - ${text}`), "member-of")
    .map((c) => `${c.source} ${c.target}`)
    .sort();

describe("unnamed-body-membership rule", () => {
  it("reads a bloc named in the sentence before", () => {
    expect(
      memberships(
        "The European Union denounced the raid on the ferry booking site. Malta is a full member, and it asked for talks.",
      ),
    ).toEqual(["state:malta organization:european-union"]);
  });

  it("reads a list of states after the bloc in the same sentence", () => {
    expect(
      memberships(
        "NATO issued no statement on the ferry outage, although Portugal and Greece are both members.",
      ),
    ).toEqual(["state:greece organization:nato", "state:portugal organization:nato"]);
  });

  it("reads a description naming the bloc by a word of its name", () => {
    expect(
      memberships(
        "Envoys of NATO gathered in Tallinn on Monday. Estonia, a full member of the Organization, hosted them.",
      ),
    ).toEqual(["state:estonia organization:nato"]);
  });

  it("reads nothing with no bloc named, or only a firm", () => {
    expect(memberships("Malta is a full member, the ferry operator said.")).toEqual([]);
    expect(
      memberships(
        "Orvex Labs published its findings on the ferry raid. Malta is a founding member, the report added.",
      ),
    ).toEqual([]);
  });

  it("reads nothing for a bloc named long before", () => {
    expect(
      memberships(
        "The European Union denounced the raid on the ferry booking site. Engineers at the port worked through " +
          "the night to restore the timetables, and the harbour master said crossings to Gozo would resume on " +
          "Wednesday morning once the payment terminals were checked by the operator and its insurer. Travellers " +
          "were told to keep their paper tickets. Malta is a full member, an official added.",
      ),
    ).toEqual([]);
  });

  it("reads nothing under a condition, nor for a firm or forum the gazetteer does not list", () => {
    expect(
      memberships(
        "NATO held drills near the coast on Monday. If Malta were a member, the alliance would have to answer.",
      ),
    ).toEqual([]);
    expect(
      memberships(
        "Intruders defaced the Valletta Trade Forum's website on Monday. Malta is a full member, staff said.",
      ),
    ).toEqual([]);
  });

  it("reads nothing for an ended membership or a person's seat", () => {
    expect(
      memberships("NATO held drills nearby. Malta was a member until the vote, officials said."),
    ).toEqual([]);
    expect(
      memberships(
        "The European Union denounced the raid. Joseph Vella, a member of parliament, asked for calm.",
      ),
    ).toEqual([]);
  });
});

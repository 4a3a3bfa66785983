/**
 * What a colon opens is said by who stands before it, with no verb of speech: the subject that puts
 * out or reads out a document of its own ("X published its assessment: ...", "went further in its
 * own statement: ..."), and a person whose name alone labels an interview's or a ticker's turn
 * ("Okafor: ..."). Every sentence is invented for this file.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

const claimantsFor = (text: string, target: string) =>
  claimsOf(extract(text), "attributed-to")
    .filter((c) => c.target === target)
    .map((c) => c.claimants);

const wire = (body: string) => `BONN, 9 June 2026 (Reuters) - ${body}`;
const breach = "Intruders wiped the ticketing servers of the tram operator of Chile in May. ";

describe("the subject whose document a colon opens is the claimant", () => {
  it("gives what follows 'published its assessment:' to the body that published it", () => {
    const text = wire(
      breach +
        "On Thursday evening the Federal Office for Information Security (BSI) published its assessment: the wiping of the tram servers was done by a crew named Ember Lynx.",
    );
    expect(claimantsFor(text, "group:ember-lynx")).toEqual([["agency:bsi", "state:germany"]]);
  });

  it("gives a sponsor named after 'in its own statement:' to the body, past the aside after its name", () => {
    const text = wire(
      breach +
        "The wiping was the work of a crew named Ember Lynx. " +
        'The Federal Office for Information Security, which advised the operator, then went beyond the vendors in its own statement: Ember Lynx "works for the army of Bolivia".',
    );
    const sponsor = claimsOf(extract(text), "attributed-to").filter((c) => c.source === "group:ember-lynx");
    expect(sponsor.map((c) => c.claimants)).toEqual([["agency:bsi", "state:germany"]]);
  });

  it("gives the quotation an official reads out after a colon to that official too", () => {
    const text = wire(
      breach +
        'Deputy Interior Minister Petra Hollweg read a short statement to the press: "The government of Germany holds Bolivia responsible for the wiping of the tram servers."',
    );
    const [claimants] = claimantsFor(text, "state:bolivia");
    expect(claimants).toContain("person:petra-hollweg");
  });

  it("takes no subject for the speaker when its colon opens no document of its own", () => {
    const text = wire(
      breach +
        "The Federal Office for Information Security had spent a week on the servers, and one finding stood out: the wiping of the tram servers was done by a crew named Ember Lynx.",
    );
    expect(claimantsFor(text, "group:ember-lynx")).toEqual([[]]);
  });
});

describe("a person's name labelling a turn before a colon is the claimant", () => {
  const interview = (turn: string) =>
    wire(
      breach +
        "Petra Hollweg, who heads the Federal Office for Information Security, answered our questions in Bonn.\n\n" +
        turn,
    );

  it("gives the turn of a surname alone to that person and the body she heads", () => {
    const text = interview(
      "Hollweg: We have established that the wiping of the tram servers was done by a crew named Ember Lynx.",
    );
    const [claimants] = claimantsFor(text, "group:ember-lynx");
    expect(claimants).toEqual(expect.arrayContaining(["person:petra-hollweg", "agency:bsi"]));
  });

  it("reads a ticker's mark before the label as no word of the sentence", () => {
    const text = interview(
      "▶ Petra Hollweg: the wiping of the tram servers was done by a crew named Ember Lynx.",
    );
    const [claimants] = claimantsFor(text, "group:ember-lynx");
    expect(claimants).toContain("person:petra-hollweg");
  });

  it("takes no state named before a colon for the turn's speaker", () => {
    const text = wire(
      breach + "\n\nChile: the wiping of the tram servers was done by a crew named Ember Lynx.",
    );
    expect(claimantsFor(text, "group:ember-lynx")).toEqual([[]]);
  });

  it("takes no label for the speaker of a turn that answers an accusation", () => {
    const text = wire(
      "Tomas Ibarra, who speaks for the foreign ministry of Bolivia, took questions.\n\n" +
        "Ibarra: the allegations in Bonn that a crew named Ember Lynx works for the army of Bolivia make us laugh.",
    );
    const sponsor = claimsOf(extract(text), "attributed-to").filter((c) => c.source === "group:ember-lynx");
    expect(sponsor.map((c) => c.claimants)).toEqual([[]]);
  });
});

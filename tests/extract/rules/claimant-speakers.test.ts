/** Who makes an attribution: speakers found through short forms, line breaks and titles, in invented copy. */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "../helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimants of an attribution", () => {
  it("hears a body whose short form in brackets stands before the speech verb", () => {
    const claimants = claimantsOf(
      "Hackers hit the Harbour Fund on Tuesday. The Federal Office for Information Security (BSI) says Russia was behind the Harbour Fund attack.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi", "germany"]));
  });

  it("hears 'the minister said' across a line break of wire copy as the minister named before", () => {
    const claimants = claimantsOf(
      "Interior Minister Rosa Díaz of Chile said on Monday the breach of the electoral service was serious.\n" +
        '"It is likely that this operation was directed from Beijing," the\nminister said.',
    );
    expect(claimants).toEqual(expect.arrayContaining(["rosa-diaz", "chile"]));
  });

  it("hears a named body followed by its description ('Germany's BSI security agency said')", () => {
    const claimants = claimantsOf(
      "Germany's BSI security agency said Russia was behind the attack on the Harbour Fund.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["bsi"]));
  });

  it("hears a firm introduced by what it is, its name in camel case ('the firm iSight Partners said')", () => {
    const claimants = claimantsOf(
      "The US cyber intelligence firm iSight Partners said the attack on the grid was the work of Russia.",
    );
    expect(claimants).toEqual(expect.arrayContaining(["isight-partners"]));
  });

  it("gives a quotation the speaker named after it closes, in the next sentence, with straight quote marks", () => {
    const claimants = claimantsOf(
      'Hackers tried to steal $60m from the central bank of Nigeria last week. "We believe North Korea was behind the attack. ' +
        'We want to be careful," said Ibrahim Musa, a spokesman for the Nigerian foreign ministry.',
    );
    expect(claimants).toEqual(expect.arrayContaining(["ibrahim-musa"]));
  });
});

describe("names of speakers", () => {
  it("knows a peer by the title with the name ('Lord Ahmad')", () => {
    const ex = extract("Lord Ahmad said Britain had seen the evidence.");
    expect(ex.entities.find((e) => e.type === "person")).toMatchObject({
      label: "Ahmad",
      aliases: expect.arrayContaining(["Lord Ahmad"]),
    });
  });
});

/**
 * The speaker named after a quotation when words stand between the verb and the speaker ("declared
 * on Friday the minister, X"), after the speaker's name ("X, said on Tuesday after meeting envoys"),
 * or inside the speaker's title ("the minister of culture, sport and tourism, X"). Invented copy.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract } from "./helpers";

/** Each attribution's claimants, as "source -> target: claimant, ...". */
const attributions = (text: string) =>
  claimsOf(extract(text), "attributed-to").map(
    (c) => `${c.source} -> ${c.target}: ${[...c.claimants].sort().join(", ")}`,
  );

const QUOTE = '"The intrusion at the Ostra port authority was carried out by Russia,"';

describe("a speaker after an inverted verb of speech", () => {
  it("is read past when the speaker spoke, with the state of their office", () => {
    const claims = attributions(
      '"The intrusion at the Ostra port authority was carried out by Russia," declared on Friday the interior minister of Estonia, Mart Kaljula.',
    );
    expect(claims.some((c) => /-> state:russia: person:mart-kaljula, state:estonia$/.test(c))).toBe(true);
  });

  it("is read past a weekday with its date and past where the speaker spoke", () => {
    for (const line of [
      `${QUOTE} affirmed on this Monday (12) the Minister of Defence and Veterans, Mart Kaljula, in an interview.`,
      `${QUOTE} said yesterday in the Riigikogu the defence minister, Mart Kaljula.`,
    ])
      expect(attributions(line).some((c) => /-> state:russia: .*person:mart-kaljula/.test(c))).toBe(true);
  });

  it("does not make the subject of a reported clause a speaker", () => {
    const claims = attributions("The minister said on Friday Latvia was behind the Ostra port intrusion.");
    expect(claims.some((c) => /-> state:latvia: $/.test(c))).toBe(true);
  });
});

describe("a speaker named before the verb", () => {
  it("keeps the verb of speech after the name's comma out of the name's office", () => {
    const claims = attributions(
      '"Russia is responsible for the breach at the Ostra port," the foreign minister, Mart Kaljula, said on Tuesday after meeting envoys.',
    );
    expect(claims.some((c) => /-> state:russia: person:mart-kaljula$/.test(c))).toBe(true);
  });

  it("is titled by a minister's list of portfolios closed by 'and'", () => {
    const claims = attributions(
      "The minister of culture, sport and tourism, Mart Kaljula, blamed Russia for the breach at the Ostra port.",
    );
    expect(claims.some((c) => /-> state:russia: person:mart-kaljula$/.test(c))).toBe(true);
  });

  it("is not titled through a relative clause listing members", () => {
    const member = claimsOf(
      extract(
        "The Secretary General of NATO, of which Norway, Iceland and Denmark are members, Mr. Mart Kaljula, condemned the breach of the Ostra port systems.",
      ),
      "member-of",
    ).map((c) => c.source);
    expect(member).toEqual(["state:norway", "state:iceland", "state:denmark"]);
  });
});

/**
 * The speaker named after a quotation when words stand between the verb and the speaker ("declared
 * on Friday the minister, X"), after the speaker's name ("X, said on Tuesday after meeting envoys"),
 * or inside the speaker's title ("the minister of culture, sport and tourism, X"). Invented copy.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../src/extract";
import { bundledContext, claimsOf, extract } from "./helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});

/** Every claim of `text` read with the bundled gazetteer, as "type source -> target: claimant, ...". */
const bundledClaims = (text: string) =>
  extractDocument({ id: "doc.txt", text, published: "2026-03-03" }, bundled).claims.map(
    (c) => `${c.type} ${c.source} -> ${c.target}: ${[...c.claimants].sort().join(", ")}`,
  );

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

  it("reads 'said to be' after the name's comma as the office it reports, not the name's speech", () => {
    const claims = bundledClaims(
      "Prosecutors in Kyiv charged Oleg Sidorov, said to be an officer of the GRU, over the attack on the Ostra grid operator.",
    );
    expect(claims).toContain("affiliated-with person:oleg-sidorov -> agency:gru: ");
    expect(claims.some((c) => /^attributed-to \S+ -> \S+: .*person:oleg-sidorov/.test(c))).toBe(false);
  });

  it("gives an envoy none of the states listed after 'to'", () => {
    const claims = bundledClaims(
      "Hackers hit Estonia's tax board on Monday. The Russian envoy to Norway, Iceland and Denmark, Oleg Sidorov, denied that Russia was involved.",
    );
    expect(
      claims.some((c) => /^affiliated-with person:oleg-sidorov -> state:(?:iceland|denmark)/.test(c)),
    ).toBe(false);
  });
});

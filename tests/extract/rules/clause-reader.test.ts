/**
 * The clause reader (rules/clause-reader.ts): the general reading of a clause's subject and object
 * for requests, help, belonging and denials that no wording rule made, with invented sentences,
 * and the clauses it must leave alone (negated, modal, conditional, another deed).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext, hasClaim } from "../helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});

const read = (text: string) => extractDocument({ id: "doc.txt", text }, bundled);

describe("clause reader: requests", () => {
  it("reads the subject and the one asked around a request verb ('then asked NATO to send over')", () => {
    const ex = read("Moldova then asked NATO to send over a response unit.");
    expect(hasClaim(ex, "requested-help", "state:moldova", "organization:nato")).toBe(true);
  });

  it("claims no request of an outsider to the side hit ('asked Peru to share the malware samples')", () => {
    const ex = read(
      "Ransomware crippled the Peruvian tax agency in March. Chile asked Peru to share the malware samples.",
    );
    expect(hasClaim(ex, "requested-help", "state:chile", "state:peru")).toBe(false);
  });

  it("claims no request that is negated, modal or conditional", () => {
    for (const text of [
      "Moldova has not asked NATO to send over a response unit.",
      "Moldova could ask NATO to send over a response unit.",
      "If Moldova asks NATO to send over a unit, the alliance will consider it.",
    ])
      expect(hasClaim(read(text), "requested-help", "state:moldova", "organization:nato"), text).toBe(false);
  });
});

describe("clause reader: help", () => {
  it("reads the by-agent of a passive as the helper ('has been helped by engineers from the BSI')", () => {
    const ex = read("The Slovak tax office has been helped by engineers from the BSI since Monday.");
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:slovakia-tax-office")).toBe(true);
  });

  it("claims no help an -ing form names after a verb other than 'be' ('denied helping')", () => {
    const ex = read("Uruguay flatly denied helping Paraguay after the outage.");
    expect(hasClaim(ex, "assisted", "state:uruguay", "state:paraguay")).toBe(false);
  });
});

describe("clause reader: belonging", () => {
  it("reads coordinated members before a noun of belonging (coordinated names in apposition to 'long members of')", () => {
    const ex = read("Portugal and Greece, long members of the EU, voted against the plan.");
    expect(hasClaim(ex, "member-of", "state:portugal", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:greece", "organization:european-union")).toBe(true);
  });

  it("reads the antecedent of a relative clause as the object ('NATO, which Albania joined')", () => {
    const ex = read("NATO, which Albania joined in 2009, said nothing on Friday.");
    expect(hasClaim(ex, "member-of", "state:albania", "organization:nato")).toBe(true);
  });

  it("claims no membership that is negated or that a name only qualifies", () => {
    expect(
      hasClaim(
        read("Norway has never been a member of the EU."),
        "member-of",
        "state:norway",
        "organization:european-union",
      ),
    ).toBe(false);
    expect(
      hasClaim(read("Serbia did not join NATO."), "member-of", "state:serbia", "organization:nato"),
    ).toBe(false);
    const centre = read("Ecuador joined NATO's cyber defence centre as a contributing participant in 2024.");
    expect(hasClaim(centre, "member-of", "state:ecuador", "organization:nato")).toBe(false);
    const sanctions = read("Hungary joined EU sanctions against the regime in March.");
    expect(hasClaim(sanctions, "member-of", "state:hungary", "organization:european-union")).toBe(false);
  });
});

describe("clause reader: denials", () => {
  const accusation =
    "Finnish investigators said the May breach of the Finnish rail operator was the work of APT29.";

  it("reads a denial of the charge laid at the denier's side (the embassy of the accused state, no name of the deed)", () => {
    const ex = read(
      `${accusation} Within hours the Russian embassy in Helsinki rejected the Finnish findings together with every statement made since.`,
    );
    expect(hasClaim(ex, "denied", "agency:embassy-of-russia-in-helsinki", "incident:*")).toBe(true);
  });

  it("claims no denial of other charges ('dismissed similar reports')", () => {
    const ex = read(
      `${accusation} The Russian embassy in Helsinki routinely dismissed similar reports out of hand.`,
    );
    expect(hasClaim(ex, "denied", "agency:embassy-of-russia-in-helsinki", "incident:*")).toBe(false);
  });
});

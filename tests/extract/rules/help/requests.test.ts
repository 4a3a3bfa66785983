/**
 * The request, request-answered and possessive-request rules (rules/help/requests.ts), with invented
 * sentences.
 */
import { describe, expect, it } from "vitest";
import { claimsOf, extract, hasClaim } from "../../helpers";
import { wire, attacked, hn } from "./stories";

describe("request rule", () => {
  it("reads the requester from its own sentence, not from a heading ending in 'in'", () => {
    const ex = extract(
      "Partners step in\n\nLatvia, which joined NATO in 2004, asked the alliance for help on Monday.",
    );
    expect(hasClaim(ex, "requested-help", "state:latvia", "organization:nato")).toBe(true);
  });

  it("reads 'asked X for assistance' and 'sought help from X'", () => {
    const asked = extract(wire(`${attacked}Bolivia asked France for technical assistance.`));
    expect(hasClaim(asked, "requested-help", "state:bolivia", "state:france")).toBe(true);
    const sought = extract(wire(`${attacked}Bolivia has sought help from the BSI.`));
    expect(hasClaim(sought, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("reads an appeal to an alliance", () => {
    const ex = extract(wire(`${attacked}Bolivia appealed to the European Union for support.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "organization:european-union")).toBe(true);
  });
});

describe("request rule, a body owned by a possessive", () => {
  it("reads 'asked X's agency for help' as a request to the agency, not its state", () => {
    const ex = extract(wire(`${attacked}Bolivia has asked Germany's BSI for technical help.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:germany")).toBe(false);
  });
});

describe("request rule, the subject a pronoun or relative clause refers to", () => {
  it("reads 'X said it had asked Y' and 'X, which ..., asked Y' as X's request", () => {
    const said = extract(
      wire(`${attacked}Bolivia said on Tuesday it had asked the European Union for technical help.`),
    );
    expect(hasClaim(said, "requested-help", "state:bolivia", "organization:european-union")).toBe(true);
    const relative = extract(
      wire(
        `${attacked}MINISTER: Yes. Bolivia, which has been hit twice this year, asked the BSI for assistance.`,
      ),
    );
    expect(hasClaim(relative, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });
});

describe("request-answered rule, an opening 'at the request of X'", () => {
  it("makes the main clause's subject the one asked", () => {
    const at = extract(
      wire(`${attacked}At the request of the Bolivian government, Chile has sent three analysts to La Paz.`),
    );
    expect(hasClaim(at, "requested-help", "state:bolivia", "state:chile")).toBe(true);
    const following = extract(
      `Press release, 2 March 2025. ${attacked}Following a request from Bolivia, Peru dispatched a team of engineers.`,
    );
    expect(hasClaim(following, "requested-help", "state:bolivia", "state:peru")).toBe(true);
    expect(hasClaim(following, "requested-help", "state:peru", "state:bolivia")).toBe(false);
  });
});

describe("request rule, passive: the subject is the one asked", () => {
  it("reads 'X was asked by Y to help' with Y asking X, and 'X has been asked' with no by-agent as the attacked state asking X", () => {
    const by = extract(hn("Costa Rica was asked by Honduras to help investigate the breach."));
    expect(hasClaim(by, "requested-help", "state:honduras", "state:costa-rica")).toBe(true);
    expect(hasClaim(by, "requested-help", "state:costa-rica", "state:honduras")).toBe(false);
    const bare = extract(hn("Germany's BSI has formally been asked for technical assistance."));
    expect(hasClaim(bare, "requested-help", "state:honduras", "agency:bsi")).toBe(true);
  });

  it("keeps active requests as they were ('Honduras asked Panama for support')", () => {
    const ex = extract(hn("Honduras asked Panama for support on Monday."));
    expect(hasClaim(ex, "requested-help", "state:honduras", "state:panama")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:panama", "state:honduras")).toBe(false);
  });
});

describe("possessive-request rule", () => {
  it("reads 'at X's request' after the verb and opening the sentence", () => {
    const after = extract(wire(`${attacked}Chile deployed four specialists to La Paz at Bolivia's request.`));
    expect(hasClaim(after, "requested-help", "state:bolivia", "state:chile")).toBe(true);
    const opening = extract(wire(`${attacked}At Bolivia's urgent request, Peru sent a team of analysts.`));
    expect(hasClaim(opening, "requested-help", "state:bolivia", "state:peru")).toBe(true);
  });

  it("takes 'at its request' for the reporter's request, never the helper's", () => {
    const ex = extract(
      wire(`${attacked}Bolivia said Germany's BSI had sent two analysts to La Paz at its request.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "requested-help", "agency:bsi", "state:bolivia")).toBe(false);
  });

  it("reads no request for help in a request for something else", () => {
    const ex = extract(wire(`${attacked}Peru agreed, at Chile's request, to extradite the suspect.`));
    expect(ex.claims.some((c) => c.type === "requested-help")).toBe(false);
  });
});

describe("request rule, the helper after 'of' and the government asking", () => {
  it("reads 'requested the assistance of X' as a request to X", () => {
    const ex = extract(
      wire(`${attacked}Bolivia has formally requested the assistance of the BSI in the inquiry.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("takes no possessor whose own body went unnamed for the helper ('the support of Peru's Cyber Unit')", () => {
    const ex = extract(
      wire(`${attacked}Bolivia requested the support of Peru's Andean Cyber Unit on Monday.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:peru")).toBe(false);
    const named = extract(wire(`${attacked}Bolivia requested the support of Peru's cyber police on Monday.`));
    expect(claimsOf(named, "requested-help").map((c) => [c.source, c.target])).toEqual([
      ["state:bolivia", "agency:peru-cyber-police"],
    ]);
  });

  it("gives an unnamed government's request to the state hit, never to the state accused", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(wire(`${accused}The government also asked Germany for technical help on Tuesday.`));
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:germany")).toBe(true);
    expect(hasClaim(ex, "requested-help", "state:russia", "state:germany")).toBe(false);
    const federal = extract(
      wire(`${accused}The Federal Government had already asked France for expert support.`),
    );
    expect(hasClaim(federal, "requested-help", "state:bolivia", "state:france")).toBe(true);
  });

  it("reads only a listed adjective or a capitalised word before 'authorities' as part of an unnamed government", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(
      wire(
        `${accused}Across the border, the provincial authorities had asked Canada for help after the rains.`,
      ),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:canada")).toBe(false);
  });

  it("reads an unnamed government after any reporting verb of the lexicon, not only 'said'", () => {
    const accused = `${attacked}Investigators blamed Russia for the intrusion. `;
    const ex = extract(
      wire(`${accused}A spokesman confirmed the government had formally asked Japan for help.`),
    );
    expect(hasClaim(ex, "requested-help", "state:bolivia", "state:japan")).toBe(true);
  });
});

describe("request and offer rules, a team asked for or offered", () => {
  it("reads 'asked X for a response team' as a request and 'at the authorities' request' as the hit state's", () => {
    const team = extract(wire(`${attacked}Bolivia asked Germany's BSI for a rapid response team on Friday.`));
    expect(hasClaim(team, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
    const government = extract(
      wire(
        `${attacked}Three BSI engineers have been sent to La Paz, the BSI said, at the authorities' request.`,
      ),
    );
    expect(hasClaim(government, "requested-help", "state:bolivia", "agency:bsi")).toBe(true);
  });

  it("reads 'will send a team' as an offer of help, and 'will send a delegation' as none", () => {
    const team = extract(wire(`${attacked}Germany's BSI said it will send a team of forensic experts.`));
    expect(hasClaim(team, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    const delegation = extract(
      wire(`${attacked}Germany's BSI said it will send a delegation to the summit.`),
    );
    expect(claimsOf(delegation, "offered-help")).toHaveLength(0);
  });
});

describe("request rule, a request not made", () => {
  it("reads no request from 'had not asked' or 'hasn't asked', but one from 'asked'", () => {
    const hadNot = extract(wire(`${attacked}By Friday Bolivia had not asked NATO for any assistance.`));
    expect(hasClaim(hadNot, "requested-help", "state:bolivia", "organization:nato")).toBe(false);
    const hasnt = extract(wire(`${attacked}So far Bolivia hasn't asked the European Union to send experts.`));
    expect(hasClaim(hasnt, "requested-help", "state:bolivia", "organization:european-union")).toBe(false);
    const asked = extract(wire(`${attacked}On Friday Bolivia asked NATO for assistance with the case.`));
    expect(hasClaim(asked, "requested-help", "state:bolivia", "organization:nato")).toBe(true);
  });
});

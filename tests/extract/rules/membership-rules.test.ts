/**
 * The membership rules (rules/membership.ts) and the service rule (rules/relations.ts): one block per rule
 * object, each with its own invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const wire = (body: string) => `TALLINN, 4 April 2025 (AFP) - ${body}`;

describe("counted-membership rule", () => {
  it("reads 'All three countries are X members' for the three states listed before", () => {
    const ex = extract(
      wire(
        "Phishing waves reached Latvia, Slovenia and Croatia in March. All three countries are EU members.",
      ),
    );
    for (const state of ["state:latvia", "state:slovenia", "state:croatia"])
      expect(hasClaim(ex, "member-of", state, "organization:european-union")).toBe(true);
  });

  it("makes no member when the count does not match the states listed", () => {
    const ex = extract(
      wire("Outages hit Latvia and Slovenia overnight. All three countries are EU members."),
    );
    expect(ex.claims.some((c) => c.type === "member-of")).toBe(false);
  });
});

describe("member-phrase rule", () => {
  it("makes the state a later 'the <body> member' refers to a member of that body", () => {
    const ex = extract(
      wire(
        "Estonia traced the intrusion to a foreign service. The NATO member shared its findings on Monday.",
      ),
    );
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
  });
});

describe("appositive-membership rule", () => {
  it("reads 'A and B are (all) NATO members' without an article", () => {
    const ex = extract(wire("Estonia, Latvia and Poland are all NATO members, the minister noted."));
    for (const s of ["state:estonia", "state:latvia", "state:poland"])
      expect(hasClaim(ex, "member-of", s, "organization:nato"), s).toBe(true);
    const partners = extract(wire("Estonia and Japan are NATO partners in cyber defence."));
    expect(hasClaim(partners, "member-of", "state:japan", "organization:nato")).toBe(false);
  });

  it("reads the plural copula only after a list of states opening the clause", () => {
    const listed = extract(wire("Diplomats said Norway and Denmark are NATO members."));
    expect(hasClaim(listed, "member-of", "state:norway", "organization:nato")).toBe(true);
    expect(hasClaim(listed, "member-of", "state:denmark", "organization:nato")).toBe(true);
    // A state inside a participle or relative phrase is no subject of "are".
    const bordering = extract(wire("Most nations sharing a border with Russia are NATO members today."));
    expect(hasClaim(bordering, "member-of", "state:russia", "organization:nato")).toBe(false);
    const trading = extract(
      wire("Analysts in Oslo noted that the economies closest to China are EU members too."),
    );
    expect(hasClaim(trading, "member-of", "state:china", "organization:european-union")).toBe(false);
    const both = extract(
      wire("The ports that ship grain to Egypt and Turkey are all NATO members, a report claimed."),
    );
    expect(hasClaim(both, "member-of", "state:turkey", "organization:nato")).toBe(false);
  });

  it("reads 'A, which is an X member', a bracketed 'A (an X member)' and 'A, one of X's members'", () => {
    const which = extract(wire("Officials in Slovakia, which is a NATO member, met on Monday."));
    const bracket = extract(wire("Croatia (an EU member) sent two analysts to the meeting."));
    const oneOf = extract(wire("Estonia, one of NATO's smallest members, hosted the drill."));
    expect(hasClaim(which, "member-of", "state:slovakia", "organization:nato")).toBe(true);
    expect(hasClaim(bracket, "member-of", "state:croatia", "organization:european-union")).toBe(true);
    expect(hasClaim(oneOf, "member-of", "state:estonia", "organization:nato")).toBe(true);
  });

  it("makes no member of a state that was a member 'until' a date or an event", () => {
    const which = extract(
      wire("Officials in Slovakia, which was a NATO member until the referendum, met on Monday."),
    );
    const plain = extract(wire("Croatia, an EU member until 2031 in this scenario, sent two analysts."));
    for (const ex of [which, plain]) expect(ex.claims.some((c) => c.type === "member-of")).toBe(false);
  });
});

describe("relative-membership rule", () => {
  it("reads 'X, of which A is a member' and an opening 'As a member of X, A'", () => {
    const ofWhich = extract(wire("The EU, of which Slovenia is a member, issued a statement."));
    expect(hasClaim(ofWhich, "member-of", "state:slovenia", "organization:european-union")).toBe(true);
    const opening = extract(wire("As a member of NATO, Croatia shared its findings."));
    expect(hasClaim(opening, "member-of", "state:croatia", "organization:nato")).toBe(true);
  });

  it("does not make a state a member of a body it only talks to ('the EU, of which Serbia is a critic')", () => {
    const ex = extract(
      wire("The EU, of which Serbia is a critic, met Serbia. In talks with NATO, Serbia spoke."),
    );
    expect(ex.claims.some((c) => c.type === "member-of")).toBe(false);
  });

  it("reads 'the EU, to which A and B belong'", () => {
    const ex = extract(wire("The European Union, to which Estonia and Latvia belong, issued a statement."));
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:latvia", "organization:european-union")).toBe(true);
  });

  it("reads 'X, which groups A and B' and 'X, which brings together A, B and C' as membership", () => {
    const groups = extract(
      wire("The talks were hosted by NATO, which groups Estonia and Latvia among others."),
    );
    for (const state of ["state:estonia", "state:latvia"])
      expect(hasClaim(groups, "member-of", state, "organization:nato")).toBe(true);
    const together = extract(
      wire("Officials from the EU, which brings together Finland, Sweden and Estonia, met on Monday."),
    );
    for (const state of ["state:finland", "state:sweden", "state:estonia"])
      expect(hasClaim(together, "member-of", state, "organization:european-union")).toBe(true);
  });

  it("reads no membership from 'includes', nor from a listed pair a complement follows", () => {
    // A body's relative clause that lists threats, not members.
    const threats = extract(
      wire(
        "A threat report by NATO, which includes Russia and China among the main dangers, was published on Monday.",
      ),
    );
    expect(threats.claims.some((c) => c.type === "member-of")).toBe(false);
    // The states listed are the parties the body convenes, not its members.
    const talks = extract(
      wire("Envoys praised the EU, which brings together Armenia and Azerbaijan in talks on Friday."),
    );
    expect(talks.claims.some((c) => c.type === "member-of")).toBe(false);
  });

  it("reads every state listed after 'of which both' ('X, of which both A and B are now members')", () => {
    const ex = extract(
      wire("Auditors from the EU, of which both Croatia and Slovenia are now members, left Zagreb."),
    );
    for (const state of ["state:croatia", "state:slovenia"])
      expect(hasClaim(ex, "member-of", state, "organization:european-union")).toBe(true);
  });
});

describe("copula-membership rule", () => {
  it("gives every state listed every body listed ('A and B are members of NATO and the EU')", () => {
    const ex = extract(wire("Both Finland and Sweden are members of NATO and the EU."));
    for (const state of ["state:finland", "state:sweden"])
      for (const body of ["organization:nato", "organization:european-union"])
        expect(hasClaim(ex, "member-of", state, body)).toBe(true);
  });

  it("does not make a state named before another clause a member", () => {
    const ex = extract(wire("Finland met Norway, and Sweden is a member of NATO."));
    expect(hasClaim(ex, "member-of", "state:finland", "organization:nato")).toBe(false);
    expect(hasClaim(ex, "member-of", "state:sweden", "organization:nato")).toBe(true);
  });

  it("reads 'A, like every other member of the EU,'", () => {
    const ex = extract(
      wire("Estonia, like every other member of the European Union, keeps a national CERT."),
    );
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:european-union")).toBe(true);
  });

  it("reads 'X is a NATO member' in a transcript and 'X, a member state of the EU and of NATO' in a release", () => {
    const spoken = extract("HOST: So Portugal is a NATO member, and that matters here.");
    expect(hasClaim(spoken, "member-of", "state:portugal", "organization:nato")).toBe(true);
    const release = extract(
      wire("Estonia, a member state of the European Union and of NATO, reported the attacks on Monday."),
    );
    expect(hasClaim(release, "member-of", "state:estonia", "organization:european-union")).toBe(true);
    expect(hasClaim(release, "member-of", "state:estonia", "organization:nato")).toBe(true);
  });

  it("reads ', as a member of X' and not a NATO 'member meeting'", () => {
    const as = extract(wire("Latvia, as a member of NATO, asked for consultations."));
    expect(hasClaim(as, "member-of", "state:latvia", "organization:nato")).toBe(true);
    const meeting = extract(wire("The summit in Riga is a NATO ministers' meeting, Latvia said."));
    expect(meeting.claims.some((c) => c.type === "member-of")).toBe(false);
  });

  it("does not read 'unlike' or 'is not in' as membership", () => {
    const ex = extract(wire("Moldova, unlike Romania, is not in NATO."));
    expect(hasClaim(ex, "member-of", "state:moldova", "organization:nato")).toBe(false);
  });
});

describe("member-title rule", () => {
  it("reads every state after 'NATO allies' and 'EU members', not only the first", () => {
    const ex = extract(wire("NATO allies Portugal, Spain and Italy sent observers."));
    for (const state of ["state:portugal", "state:spain", "state:italy"])
      expect(hasClaim(ex, "member-of", state, "organization:nato")).toBe(true);
  });

  it("reads 'X, of which the A is a member' and 'X members including A and B'", () => {
    const ofWhich = extract(wire("The EU, of which the Netherlands is a member, replied."));
    expect(hasClaim(ofWhich, "member-of", "state:netherlands", "organization:european-union")).toBe(true);
    const including = extract(wire("NATO members including Canada and Iceland raised the matter."));
    for (const state of ["state:canada", "state:iceland"])
      expect(hasClaim(including, "member-of", state, "organization:nato")).toBe(true);
  });

  it("does not make the partners an ally noun lists members ('its NATO allies including A')", () => {
    const ex = extract(
      wire("Washington briefed its NATO allies including Japan and Australia on the findings."),
    );
    for (const state of ["state:japan", "state:australia"])
      expect(hasClaim(ex, "member-of", state, "organization:nato")).toBe(false);
  });

  it("reads every member noun and copula alike ('remains a member country of', 'EU member-states')", () => {
    const remains = extract(wire("Portugal remains a full member country of NATO, the minister said."));
    expect(hasClaim(remains, "member-of", "state:portugal", "organization:nato")).toBe(true);
    const hyphen = extract(wire("EU member-states Latvia and Estonia reported the attacks on Monday."));
    expect(hasClaim(hyphen, "member-of", "state:latvia", "organization:european-union")).toBe(true);
    expect(hasClaim(hyphen, "member-of", "state:estonia", "organization:european-union")).toBe(true);
  });
});

describe("several membership rules together", () => {
  it("reads 'A and B are both members of X' and 'A, B and C, all X members' for every state listed", () => {
    const both = extract(wire("Denmark and Iceland are both members of NATO."));
    const all = extract(wire("Greece, Cyprus and Malta, all EU members, signed the declaration."));
    for (const state of ["state:denmark", "state:iceland"])
      expect(hasClaim(both, "member-of", state, "organization:nato")).toBe(true);
    for (const state of ["state:greece", "state:cyprus", "state:malta"])
      expect(hasClaim(all, "member-of", state, "organization:european-union")).toBe(true);
  });

  it("reads 'A, as a X member', 'A, like B a member of X' and 'A and B are both in X'", () => {
    const as = extract(wire("Slovakia, as a NATO member, called for calm."));
    expect(hasClaim(as, "member-of", "state:slovakia", "organization:nato")).toBe(true);
    const like = extract(wire("Austria, like Ireland a member of the EU, stayed neutral."));
    for (const state of ["state:austria", "state:ireland"])
      expect(hasClaim(like, "member-of", state, "organization:european-union")).toBe(true);
    const both = extract(wire("Belgium and Luxembourg are both in NATO, officials noted."));
    for (const state of ["state:belgium", "state:luxembourg"])
      expect(hasClaim(both, "member-of", state, "organization:nato")).toBe(true);
  });
});

describe("partners-in rule", () => {
  it("makes the subject a member of the bodies its partners are in", () => {
    const ex = extract(wire("Estonia shared the malware samples with its partners in NATO and the EU."));
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:european-union")).toBe(true);
  });

  it("needs the body right after 'partners in' ('its partners in the region')", () => {
    const ex = extract(wire("Estonia briefed its partners in the region before NATO met."));
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(false);
  });
});

describe("service rule", () => {
  it("gives each person listed before 'who all worked for X' or 'all serving in X' a post in X", () => {
    const aged = extract(
      wire(
        "The indictment names Oleg Varenko, 41, Pyotr Sadin, 37, and Ivan Rusov, 29, who all worked for the BSI in 2023.",
      ),
    );
    const plain = extract(
      wire("The charges name Oleg Varenko, Pyotr Sadin and Ivan Rusov, all serving in the BSI since 2020."),
    );
    for (const ex of [aged, plain])
      for (const person of ["person:oleg-varenko", "person:pyotr-sadin", "person:ivan-rusov"])
        expect(hasClaim(ex, "affiliated-with", person, "agency:bsi")).toBe(true);
  });

  it("gives the post in the body an owner's possessive opens ('serve in Estonia's Signals Directorate'), not in the owner", () => {
    const ex = extract(
      wire("The court heard that Marta Kuusk and Toomas Leht serve in Estonia's Signals Directorate."),
    );
    const unit = ex.entities.find((e) => e.type === "agency" && /Signals Directorate/.test(e.label));
    expect(unit).toBeDefined();
    for (const person of ["person:marta-kuusk", "person:toomas-leht"])
      expect(hasClaim(ex, "affiliated-with", person, unit!.key)).toBe(true);
  });

  it("gives no post to persons who served in a body 'until' a date", () => {
    const ex = extract(
      wire(
        "The filing lists Oleg Varenko, 41, and Ivan Rusov, 29, who both worked for the BSI until last spring.",
      ),
    );
    expect(ex.claims.some((c) => c.type === "affiliated-with" && c.target === "agency:bsi")).toBe(false);
  });
});

describe("appositive-membership rule, 'as <body> members' after a list", () => {
  it("makes every state listed before ', as EU member states' a member, and no host or observer", () => {
    const ex = extract(
      wire("Portugal, Greece and Malta, as EU member states, asked for an emergency summit on the grid."),
    );
    for (const s of ["state:portugal", "state:greece", "state:malta"])
      expect(hasClaim(ex, "member-of", s, "organization:european-union"), s).toBe(true);
    const host = extract(
      wire("Malta, as host of the EU summit, asked for an emergency session on the grid."),
    );
    expect(host.claims.some((c) => c.type === "member-of")).toBe(false);
    const observers = extract(wire("Norway and Iceland, as EU observers, asked for an emergency session."));
    expect(observers.claims.some((c) => c.type === "member-of")).toBe(false);
  });
});

describe("copula-membership rule, a seat 'in' the body", () => {
  it("reads 'A and B both sit in X' and 'A sits in X alongside B', not a condition", () => {
    const sit = extract(wire("Portugal and Greece both sit in the EU, which stayed silent on the leak."));
    for (const s of ["state:portugal", "state:greece"])
      expect(hasClaim(sit, "member-of", s, "organization:european-union"), s).toBe(true);
    const alongside = extract(wire("Portugal sits in the EU alongside Greece, so the leak is awkward."));
    expect(hasClaim(alongside, "member-of", "state:portugal", "organization:european-union")).toBe(true);
    const partner = extract(wire("Norway sits in the EU as a trading partner, and Oslo condemned the leak."));
    expect(partner.claims.some((c) => c.type === "member-of")).toBe(false);
    const full = extract(wire("Portugal sits in the EU as a full member, and Lisbon condemned the leak."));
    expect(hasClaim(full, "member-of", "state:portugal", "organization:european-union")).toBe(true);
    const condition = extract(wire("If Norway sat in the EU, it would object to the leak."));
    expect(condition.claims.some((c) => c.type === "member-of")).toBe(false);
  });
});

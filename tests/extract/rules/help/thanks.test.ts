/** The received, thanks and with-help rules (rules/help/thanks.ts), with invented sentences. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attacked, hn } from "./stories";

describe("thanks rule", () => {
  it("reads 'X thanked Y for its help' as Y assisting X, never the other way", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Argentina for its help.`));
    expect(hasClaim(ex, "assisted", "state:argentina", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:bolivia", "state:argentina")).toBe(false);
  });

  it("reads the reason given as a verb ('for sending a team', 'which he said helped')", () => {
    const sent = extract(
      wire(`${attacked}Bolivia thanked the Peruvian Government for sending a team to La Paz.`),
    );
    expect(hasClaim(sent, "assisted", "state:peru", "state:bolivia")).toBe(true);
    const helped = extract(
      wire(`${attacked}The minister thanked Chile and Germany's BSI, which he said helped.`),
    );
    expect(hasClaim(helped, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(helped, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("reads the whole list of the thanked past an aside, and whoever the team came from", () => {
    const listed = extract(
      wire(
        `${attacked}Bolivia thanked Chile's police, which it said had worked the case for months, and authorities in Peru, Ecuador and Germany for their assistance.`,
      ),
    );
    for (const helper of ["state:peru", "state:ecuador", "state:germany"])
      expect(hasClaim(listed, "assisted", helper, "state:bolivia")).toBe(true);
    const team = extract(wire(`${attacked}Bolivia thanked Germany for sending a team from the BSI.`));
    expect(hasClaim(team, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("takes the speaker of a quoted 'we', and guesses no thanker behind an unresolved 'it'", () => {
    const we = extract(wire(`${attacked}"We thank our friends in Chile for their help," Bolivia said.`));
    expect(hasClaim(we, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const it = extract(
      wire(
        `${attacked}The operator's owner said it was "grateful to the Chilean authorities for their support".`,
      ),
    );
    expect(it.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });

  it("thanks no one for what is not help", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Chile for its patience on the border talks.`));
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("reads help named before the thanks in the sentence ('X provided help, and Y thanked X')", () => {
    const ex = extract(
      wire(
        `${attacked}Argentina's Federal Police provided forensic assistance to the customs agency, and Bolivia thanked Argentina.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:argentina", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:bolivia", "state:argentina")).toBe(false);
  });

  it("reads thanks with no reason, after an attack, as help received; never thanks to a person or without an attack", () => {
    const bare = extract(
      wire(`${attacked}The Bolivian foreign ministry thanked Paraguay publicly on Monday.`),
    );
    expect(hasClaim(bare, "assisted", "state:paraguay", "state:bolivia")).toBe(true);
    const person = extract(wire(`${attacked}Bolivia thanked President Lula publicly on Monday.`));
    expect(person.claims.filter((c) => c.type === "assisted")).toEqual([]);
    const noAttack = extract(wire("Bolivia thanked Paraguay publicly on Monday."));
    expect(noAttack.claims.filter((c) => c.type === "assisted")).toEqual([]);
    const notHit = extract(wire(`${attacked}Russia thanked Paraguay and mocked the United States.`));
    expect(notHit.claims.filter((c) => c.type === "assisted")).toEqual([]);
    const refused = extract(
      wire(`${attacked}Chile refused to help, but Bolivia thanked Paraguay for its statement on the attack.`),
    );
    expect(refused.claims.filter((c) => c.type === "assisted")).toEqual([]);
    const words = extract(wire(`${attacked}Bolivia thanked Paraguay for its kind words at the summit.`));
    expect(hasClaim(words, "assisted", "state:paraguay", "state:bolivia")).toBe(false);
    // Thanks said at a gathering may be for anything.
    const summit = extract(wire(`${attacked}Bolivia thanked Paraguay at a trade summit in Lima on Tuesday.`));
    expect(summit.claims.filter((c) => c.type === "assisted")).toEqual([]);
    const talks = extract(wire(`${attacked}During talks in Lima, Bolivia thanked Paraguay.`));
    expect(talks.claims.filter((c) => c.type === "assisted")).toEqual([]);
    // A press conference is where the side hit says whom it thanks.
    const press = extract(wire(`${attacked}Bolivia thanked Paraguay at a press conference in La Paz.`));
    expect(hasClaim(press, "assisted", "state:paraguay", "state:bolivia")).toBe(true);
  });
});

describe("with-help rule", () => {
  it("makes the body in 'with help from Germany's BSI' help the clause's subject, its state helping the subject's", () => {
    const ex = extract(
      wire(`${attacked}Bolivia's customs agency restored its systems with help from Germany's BSI.`),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });

  it("reads no help delivered in a clause about the future ('will table a bill next year, with support from')", () => {
    const ex = extract(
      wire(`${attacked}Bolivia will table a cyber bill next year, with support from Chile.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });

  it("gives help with no beneficiary named to the state hit by a cyber attack, not to an invaded one", () => {
    const ex = extract(
      wire(`${attacked}Officials recalled the invasion of Ukraine. Chile sent a team of experts on Friday.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:chile", "state:ukraine")).toBe(false);
  });
});

describe("received rule, help taken in from someone", () => {
  it("reads 'X has received indicators of compromise from Y' and 'obtained technical assistance from Y'", () => {
    const ex = extract(
      `Press release, 2 June 2025. ${attacked}Bolivia has already received indicators of compromise from the BSI.`,
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const obtained = extract(
      wire(`${attacked}The Bolivian government obtained technical assistance from Chile.`),
    );
    expect(hasClaim(obtained, "assisted", "state:chile", "state:bolivia")).toBe(true);
  });

  it("reads neither an offer accepted nor threats received as help", () => {
    const offer = extract(wire(`${attacked}Bolivia accepted an offer of help from Chile.`));
    expect(hasClaim(offer, "assisted", "state:chile", "state:bolivia")).toBe(false);
    const threats = extract(wire(`${attacked}Bolivia received threats from Peru.`));
    expect(hasClaim(threats, "assisted", "state:peru", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, help at home", () => {
  it("gives a body thanked by an official of its own state to the official's body", () => {
    const ex = extract(
      wire(
        `${attacked}The customs agency's director, Rosa Quispe, thanked the Bolivian police, whose officers have worked on site since Sunday to restore the servers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bolivia-police", "agency:bolivia-customs-agency")).toBe(true);
  });
});

describe("with-help rule, help named as a noun", () => {
  it("reads 'with Chile's help', 'thanks to Peruvian support' and an opening 'Thanks to help from X,'", () => {
    const possessive = extract(wire(`${attacked}The customs agency restored its servers with Chile's help.`));
    expect(hasClaim(possessive, "assisted", "state:chile", "agency:bolivia-customs-agency")).toBe(true);
    const demonym = extract(
      wire(`${attacked}Bolivia recovered the data thanks to Peruvian support, the minister said.`),
    );
    expect(hasClaim(demonym, "assisted", "state:peru", "state:bolivia")).toBe(true);
    const opening = extract(
      `Radio Illimani, transcript. ${attacked}Thanks to help from Chile, Bolivia restored the customs servers within days.`,
    );
    expect(hasClaim(opening, "assisted", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(opening, "assisted", "state:bolivia", "state:chile")).toBe(false);
  });
});

describe("thanks rule, credit and praise", () => {
  it("reads 'credited X with restoring' and 'praised X for its support' as X's help", () => {
    const credited = extract(
      wire(`${attacked}President Luis Arce credited Germany's BSI with restoring the servers.`),
    );
    expect(hasClaim(credited, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const praised = extract(wire(`${attacked}Bolivia praised the BSI for its support.`));
    expect(hasClaim(praised, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("still reads 'grateful to X, whose team helped us'", () => {
    const ex = extract(
      wire(
        `${attacked}"We are grateful to Germany and its BSI, whose team helped us," the Bolivian minister said.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });
});

describe("received and team rules, more than one helper", () => {
  it("reads 'received X from A and from the UK's centre' as help by each, a state before its body with it", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's customs agency received indicators from the BSI and from the UK National Cyber Security Centre.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bolivia-customs-agency")).toBe(true);
  });

  it("reads 'led the response together with experts from X' as X helping the subject's state", () => {
    const ex = extract(
      wire(`${attacked}Bolivia's customs agency led the response together with experts from Chile.`),
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(true);
  });

  it("takes no destination for the subject of a relative clause ('a team to La Paz, which worked with')", () => {
    const ex = extract(
      wire(
        `${attacked}Chile sent a team to La Paz, which worked with customs staff and the BSI to restore the servers.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:bolivia", "agency:bsi")).toBe(false);
  });
});

describe("thanks rule, direction", () => {
  it("takes the object of a second verb joined by 'and' for no one thanked", () => {
    const ex = extract(
      `QUITO (press release) - A ransomware attack hit Ecuador's social security institute last week. Ecuador thanks Chile and deploys specialists to Bolivia after the attack.`,
    );
    expect(hasClaim(ex, "assisted", "state:chile", "state:ecuador")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:bolivia", "state:ecuador")).toBe(false);
  });
});

describe("received rule, a request received", () => {
  it("reads 'received a request for help from Y' as Y asking the subject, never as Y helping it", () => {
    const ex = extract(hn("Mexico said it had received a formal request for assistance from Honduras."));
    expect(hasClaim(ex, "requested-help", "state:honduras", "state:mexico")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:honduras", "state:mexico")).toBe(false);
  });
});

describe("thanks rule, a body thanking for itself", () => {
  it("gives the help to the body that thanks, or whose head thanks, not to its state", () => {
    const body = extract(
      wire(`${attacked}The Bolivian customs agency, in a short note, thanked Chile for its assistance.`),
    );
    const helped = body.claims.filter((c) => c.type === "assisted");
    expect(helped.map((c) => c.target)).toEqual(["agency:bolivia-customs-agency"]);
    const head = extract(
      wire(
        `${attacked}The director of Bolivia's customs agency, Rosa Quispe, thanked Chile's CSIRT for months of patient support.`,
      ),
    );
    expect(head.claims.filter((c) => c.type === "assisted").map((c) => c.target)).toEqual([
      "agency:bolivia-customs-agency",
    ]);
  });

  it("keeps a minister's thanks for the state, even where the ministry is named", () => {
    const ex = extract(
      wire(
        `${attacked}Bolivia's foreign ministry issued a statement. Foreign Minister Ana Mamani thanked Peru for its help.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });

  it("guesses no thanker behind an 'I' with no speaker named", () => {
    const ex = extract(
      wire(`${attacked}"Tonight I thank Chile above all," read the note on the ministry door.`),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

describe("with-help rule, working in cooperation with another side", () => {
  it("reads 'in cooperation with X' as X helping the side hit, whichever side is the subject", () => {
    const subjectHit = extract(
      wire(
        `${attacked}The customs agency restored its servers in close cooperation with Chile's national police.`,
      ),
    );
    expect(hasClaim(subjectHit, "assisted", "agency:chile-police", "agency:bolivia-customs-agency")).toBe(
      true,
    );
    const partnerHit = extract(
      wire(`${attacked}Chile's national police, in partnership with the customs agency, traced the servers.`),
    );
    expect(hasClaim(partnerHit, "assisted", "agency:chile-police", "agency:bolivia-customs-agency")).toBe(
      true,
    );
    expect(hasClaim(partnerHit, "assisted", "agency:bolivia-customs-agency", "agency:chile-police")).toBe(
      false,
    );
  });

  it("reads no help in cooperation on other business", () => {
    const ex = extract(
      wire(`${attacked}Chile signed a fisheries accord in cooperation with Peru on Monday.`),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });

  it("reads no help between two sides working together against a third", () => {
    const ex = extract(
      wire(
        `${attacked}Argentina, in cooperation with Peru, has worked for years to weaken Chile, the minister said.`,
      ),
    );
    expect(ex.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

describe("thanks and deliver rules, a verb sharing the subject of the verb before 'and'", () => {
  it("reads 'X, in a statement, confirmed ... and thanked Y' as Y helping X, not X's state", () => {
    const ex = extract(
      wire(
        `${attacked}The Federal Office for Information Security, whose payroll files were lost, blamed a phishing email and thanked the NCSC warmly for its support.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, thanks for an offer", () => {
  it("reads 'thanked X for its offer of help' and 'thanked X, which has offered training' as offers", () => {
    const reason = extract(
      wire(`${attacked}Bolivia thanked Germany's BSI for its generous offer of forensic help.`),
    );
    expect(hasClaim(reason, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(reason, "assisted", "agency:bsi", "state:bolivia")).toBe(false);
    const relative = extract(
      wire(`${attacked}Bolivia thanked NATO, which has offered training for its staff.`),
    );
    expect(hasClaim(relative, "offered-help", "organization:nato", "state:bolivia")).toBe(true);
    expect(hasClaim(relative, "assisted", "organization:nato", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, the offer words come from the lexicon's offer verbs", () => {
  it("reads a vow named as the reason as an offer", () => {
    const ex = extract(wire(`${attacked}Bolivia thanked Norway for its vow of funding for new firewalls.`));
    expect(hasClaim(ex, "offered-help", "state:norway", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:norway", "state:bolivia")).toBe(false);
  });
});

describe("thanks rule, an offer and help given as two reasons", () => {
  it("keeps 'assisted' beside the offer when another reason names help delivered", () => {
    const lent = extract(
      wire(
        `${attacked}Bolivia's president thanked Chile for its pledge to train auditors and for the servers it lent.`,
      ),
    );
    expect(hasClaim(lent, "offered-help", "state:chile", "state:bolivia")).toBe(true);
    expect(hasClaim(lent, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const comma = extract(
      wire(
        `${attacked}In a letter, Bolivia thanked Spain for its offer of a mediator, and for the analysts it deployed.`,
      ),
    );
    expect(hasClaim(comma, "offered-help", "state:spain", "state:bolivia")).toBe(true);
    expect(hasClaim(comma, "assisted", "state:spain", "state:bolivia")).toBe(true);
  });
});

describe("thanks rule, 'we' on an agency's own advisory", () => {
  const advisory = (body: string) =>
    `ADVISORY 2025-14\n\nThe Federal Office for Information Security has looked into a ransomware attack on Bolivia's customs agency. ${body}`;
  it("reads 'We thank X for sharing indicators' as X helping the advisory's issuer, not the state hit", () => {
    const ex = extract(
      advisory(
        "We thank the UK's National Cyber Security Centre for sharing indicators of compromise with our analysts.",
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(false);
  });
  it("thanks no one on the issuer's behalf for a statement, nor for a quoted 'we'", () => {
    const statement = extract(
      advisory("We thank the UK's National Cyber Security Centre for its public statement."),
    );
    expect(statement.claims.some((c) => c.type === "assisted")).toBe(false);
    const quoted = extract(
      advisory(`"We thank the UK's National Cyber Security Centre for its help," a Bolivian minister said.`),
    );
    expect(hasClaim(quoted, "assisted", "agency:ncsc-uk", "agency:bsi")).toBe(false);
  });
  it("gives the issuer no 'we' that a speech tag closing the sentence hands to its speaker", () => {
    const tagged = extract(
      advisory(
        "We are grateful to Britain for the engineers it sent, a Bolivian minister told a radio station.",
      ),
    );
    expect(hasClaim(tagged, "assisted", "state:united-kingdom", "agency:bsi")).toBe(false);
  });
});

describe("thanks rule, 'we' on a news page", () => {
  it("takes no source opening the page as the writer of an unquoted 'we'", () => {
    const ex = extract(
      "NATO said on Monday that hackers hit the tax office of Estonia in May 2024. We thank Britain for its help, an Estonian minister told reporters.",
    );
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "organization:nato")).toBe(false);
    expect(hasClaim(ex, "assisted", "state:united-kingdom", "state:estonia")).toBe(true);
  });
  it("takes no body that published a report first as the page's 'we'", () => {
    const ex = extract(
      "The European Commission released a yearly review of threats on Tuesday. Intruders broke into the land registry of Latvia in March 2025. We owe thanks to Finland for the quick support it gave.",
    );
    expect(hasClaim(ex, "assisted", "state:finland", "agency:european-commission")).toBe(false);
  });
});

/** Threat groups no gazetteer holds, named by the phrases around their names (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const groups = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "group")
    .map((e) => (e.aliases.length > 0 ? `${e.label} = ${e.aliases.join(", ")}` : e.label));

describe("hacktivists' handles and the names crews give themselves", () => {
  it("keeps underscores, digits and a closing dollar sign in a handle", () => {
    expect(groups("A crew calling itself Fr0st_Wolves took the portal offline.")).toEqual(["Fr0st_Wolves"]);
    expect(groups("Hackers who go by Dune_R4ider$ defaced the tax office's site.")).toEqual(["Dune_R4ider$"]);
  });

  it("reads 'who go by', 'posts as', a hashtag and 'the self-styled'", () => {
    expect(groups("The leak came from a gang that posts as Mir4ge_Unit on forums.")).toEqual(["Mir4ge_Unit"]);
    expect(groups("Defacers calling themselves #Lynx_Legion left a message.")).toEqual(["Lynx_Legion"]);
    expect(groups('The self-styled "Iron Marmot" said it had stolen the files.')).toEqual(["Iron Marmot"]);
    expect(groups("The self-described Night Mayor opened the festival.")).toEqual([]);
  });

  it("reads a finite verb with a reflexive after the crew's noun ('that calls itself', 'who sign themselves')", () => {
    expect(groups("Payroll files leaked from a gang that styles itself Marrow Tide.")).toEqual([
      "Marrow Tide",
    ]);
    expect(groups("Hackers who sign themselves Kelp_Choir boasted of the outage.")).toEqual(["Kelp_Choir"]);
    expect(groups("The clinic, which calls itself Harbour Care, reopened.")).toEqual([]);
  });

  it("takes no opening phrase's last name for the crew a reflexive naming phrase follows", () => {
    expect(groups("Posting on Discord, a crew calling itself Ochre_Fang bragged of the theft.")).toEqual([
      "Ochre_Fang",
    ]);
    expect(groups("In a message to Bloomberg, a crew calling itself Sable_Lynx took credit.")).toEqual([
      "Sable_Lynx",
    ]);
  });

  it("reads no name where a possessive opens a description after the reflexive", () => {
    expect(groups("Corvane Telecom, which styles itself Chile's oldest carrier, restored service.")).toEqual(
      [],
    );
  });

  it("reads a team or a unit only when a naming phrase gives its name", () => {
    expect(groups("The officers ran a team known to analysts as Grey Vole.")).toEqual(["Grey Vole"]);
    expect(groups("The team Hollis Rovers won the regional final.")).toEqual([]);
  });

  it("reads no threat group in a parties' grouping a naming phrase names", () => {
    expect(groups("Members of the centrist grouping known as Lisk Forward walked out of the vote.")).toEqual(
      [],
    );
  });

  it("reads an operator as a crew only when a namer gives its name", () => {
    expect(
      groups("For two years an operator analysts track as Tallow Finch has spied on Lisk ministries."),
    ).toEqual(["Tallow Finch"]);
    expect(groups("The port operator known as Lisk Quays reopened the northern berth.")).toEqual([]);
    expect(
      groups("Power came back after the grid operator, which Liskans call Voltra, rerouted lines."),
    ).toEqual([]);
  });

  it("reads an adverb between the naming verb and 'as' ('known locally as')", () => {
    expect(
      groups("Phishing lures were sent by hackers known locally as Moth Lantern, the bank said."),
    ).toEqual(["Moth Lantern"]);
  });

  it("reads the group's role between its noun and the naming ('the actor responsible, dubbed X')", () => {
    expect(
      groups(
        "Prosecutors say the actor responsible, dubbed Salt Finch by investigators, rented servers in Lisk.",
      ),
    ).toEqual(["Salt Finch"]);
  });

  it("reads a body as the namer when its name ends on a body's head or its short form", () => {
    expect(groups("It is a cluster which the Orr Signals Directorate calls Quiet Marten.")).toEqual([
      "Quiet Marten",
    ]);
    expect(groups("A crew that the Lisk Signals Office (LSO) names Ash Wren wiped the servers.")).toEqual([
      "Ash Wren",
    ]);
  });

  it("reads a firm as the namer when its name ends on a company's word", () => {
    expect(
      groups("The phishing wave came from an outfit that Brannock Security calls Velvet Shrike."),
    ).toEqual(["Velvet Shrike"]);
  });

  it("takes no capitalised words ending on no body's head as the namer", () => {
    expect(
      groups("Officials said a crew the Interior Minister called Cowards had defaced the portal."),
    ).toEqual([]);
  });
});

describe("a name before the threat modifiers of its group noun", () => {
  it("reads 'the X ransomware gang' and 'the X ransomware operation'", () => {
    expect(groups("The files were locked by the Tarrow ransomware gang last week.")).toEqual(["Tarrow"]);
    expect(groups("An affiliate of the Salt Marten ransomware operation hit the hospital.")).toEqual([
      "Salt Marten",
    ]);
  });

  it("reads 'the X gang' with no modifier where the sentence names a cyber attack, its tool or its doers", () => {
    expect(groups("Investigators linked the payroll breach to the Quorvex gang.")).toEqual(["Quorvex"]);
    expect(groups("Officers said the Harlan gang had run the docks for a decade.")).toEqual([]);
    expect(groups("Police said the Harlan gang had robbed a jeweller and attacked two guards.")).toEqual([]);
  });

  it("takes no qualifier for a name ('a DDoS hacking group', 'Kremlin-backed', a sentence's first word)", () => {
    expect(groups("Police arrested members of a Lisbon hacking group on Friday.")).toEqual([]);
    expect(groups("The DDoS hacking group struck again.")).toEqual([]);
    expect(groups("Officials blamed the Moscow-backed hacking group.")).toEqual([]);
    expect(groups("Criminal ransomware gangs have hit twelve hospitals.")).toEqual([]);
  });

  it("makes no group of a region, a compass word or a place, nor of a plural noun", () => {
    expect(groups("Auditors traced the ferry outage to Nordic phishing crews.")).toEqual([]);
    expect(groups("The clinic's files were locked by the Southern Caucasus extortion gang.")).toEqual([]);
    expect(groups("Analysts suspect the Harlow Province ransomware crew of the breach.")).toEqual([]);
    expect(groups("Payments stopped after the Velk ransomware gangs moved in.")).toEqual([]);
  });
});

describe("a handle's shape beside a bare crew noun or an online persona's noun", () => {
  it("reads a handle after a crew noun with no threat modifier, or only a leaning", () => {
    expect(groups("Pension data surfaced after the crew MarrowLock sold it.")).toEqual(["MarrowLock"]);
    expect(groups("The grid operator blamed a pro-Lisk outfit, Kelp_Choir, for the blackout.")).toEqual([
      "Kelp_Choir",
    ]);
    expect(groups("Shares rose after the media group DeltaNet bought two papers.")).toEqual([]);
    expect(groups("The group Harbour Singers toured Lisk in spring.")).toEqual([]);
  });

  it("reads a handle before a crew or persona noun, never a posting service", () => {
    expect(groups("Screenshots from the Quill_Vane channel showed the billing console.")).toEqual([
      "Quill_Vane",
    ]);
    expect(groups("Nobody answered on the WhatsApp group of the clinic staff.")).toEqual([]);
  });

  it("takes no camel-cased service or firm for a crew beside an account's noun or a possessive", () => {
    expect(groups("Payment went to a ProtonMail account and then to a PayPal account abroad.")).toEqual([]);
    expect(groups("The loader was lifted from the SolarWinds group's old toolkit.")).toEqual([]);
  });

  it("takes a channel, an account or a persona for a crew only beside a handle", () => {
    expect(groups("Stolen ballots were shown by a hacktivist account, Rook_Vigil, overnight.")).toEqual([
      "Rook_Vigil",
    ]);
    expect(groups("The hacktivist channel Morning Lisk aired the minister's speech.")).toEqual([]);
  });
});

describe("a threat group and the other names a phrase gives it", () => {
  it("makes one group of a name and what researchers track it as", () => {
    expect(
      groups(
        "Brine Heron, which the vendor Corvane tracks as UNC7001 and others call Mist Gull, hit the port.",
      ),
    ).toEqual(["Brine Heron = UNC7001, Mist Gull"]);
    expect(groups("Brine Heron, which is also tracked as UNC7001 and TAG-301, returned in May.")).toEqual([
      "Brine Heron = UNC7001, TAG-301",
    ]);
    expect(groups("Police blamed Silt Otter, a group that Corvane tracks as TA9001.")).toEqual([
      "Silt Otter = TA9001",
    ]);
  });

  it("gives a new name's other names to the group named before them", () => {
    const ex = extract("The wiper was traced to Dusk Marten, a crew also known as Pale Ibis and UAC-0301.");
    expect(ex.entities.filter((e) => e.type === "group").map((e) => [e.label, e.aliases])).toEqual([
      ["Dusk Marten", ["Pale Ibis", "UAC-0301"]],
    ]);
  });

  it("makes no group of the namer, of a body or of a person the clause is about", () => {
    expect(groups("Corvane Labs, which calls Storm-7001 a Peruvian crew, published a report.")).toEqual([
      "Storm-7001",
    ]);
    expect(groups("The Cyber Defence Centre, which analysts track as a target, was hit.")).toEqual([]);
    expect(groups("Officials, who call it Tern Static, said nothing more.")).toEqual([]);
    expect(groups("Ana Quispe, who goes by Tern, runs the firm.")).toEqual([]);
  });

  it("takes a plain two-word name with a handle for a person's, unless a threat noun is apposed", () => {
    expect(groups("Oksi Varrin, who posts as Oksi, wrote about the outage.")).toEqual([]);
    expect(groups("Oksi Varrin, a hacking crew who go by Vrr, wrote about the outage.")).toEqual([
      "Oksi Varrin = Vrr",
    ]);
  });

  it("makes no group of a firm a team or unit noun is apposed to", () => {
    // Only the firm is asserted: whether "a team known as X" is a threat group depends on the rest.
    const firms = (text: string, firm: string) => groups(text).filter((g) => g.includes(firm));
    expect(firms("Staff at Pellow Labs, a team known as Pellow Red, found the flaw.", "Pellow Labs")).toEqual(
      [],
    );
    expect(groups("Auditors at Grisby Ltd, which the press calls Grisby, found the flaw.")).toEqual([]);
    expect(firms("Readers of Quorn Weekly, a unit known as Quorn Desk, wrote in.", "Quorn Weekly")).toEqual(
      [],
    );
  });
});

describe("a group named before the article introduces it", () => {
  const claims = (text: string) => {
    const out = extract(text);
    const label = new Map(out.entities.map((e) => [e.key, e.label]));
    return out.claims
      .filter((c) => c.type === "attributed-to")
      .map((c) => `${label.get(c.source)} -> ${label.get(c.target)}`);
  };

  it("knows a name a later sentence introduces, a headline's included", () => {
    const text = [
      "Minister points at 'Moss Heron' over port outage",
      "Officials said Brine_Kids is a front for Moss Heron.",
      "A crew calling itself Brine_Kids had posted the stolen files.",
      "Moss Heron, which the firm Tallis Labs tracks as UNC9911, has been active since 2019.",
    ].join("\n\n");
    expect(groups(text)).toEqual(["Moss Heron = UNC9911", "Brine_Kids"]);
    expect(claims(text)).toContain("Brine_Kids -> Moss Heron");
  });

  it("knows a group a later sentence describes ('X, a hacking group')", () => {
    const text =
      "Investigators blamed Cobalt Finch for the outage. Cobalt Finch, a hacking group, denies it.";
    expect(groups(text)).toEqual(["Cobalt Finch"]);
  });

  it("leaves a longer name holding a later group's name as it is ('Grey Heron Ltd' before 'Heron')", () => {
    const text =
      "Pell Sparrow Ltd said its servers were encrypted in May 2024. Analysts blamed Sparrow, a hacking group.";
    expect(groups(text)).toEqual(["Sparrow"]);
    expect(extract(text).entities.some((e) => e.label === "Pell Sparrow Ltd")).toBe(true);
  });

  it("reads no name a later sentence gives a group that is no threat group", () => {
    expect(groups("Harbour Watch, a rights group, met the minister. Harbour Watch said nothing.")).toEqual(
      [],
    );
  });
});

/** The team, team-arrived and hire rules (rules/help/teams.ts), with invented sentences. */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attacked, uy } from "./stories";

describe("team rule", () => {
  it("gives 'experts from A and B arrived in X' to each sender", () => {
    const ex = extract(wire(`${attacked}Experts from France and Germany arrived in Bolivia on Sunday.`));
    expect(hasClaim(ex, "assisted", "state:france", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });

  it("reads a body a possessive owns and its bracketed acronym ('from Germany's BSI (BSI) landed in')", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators from Germany's Federal Office for Information Security (BSI) landed in Bolivia on Monday.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:germany", "state:bolivia")).toBe(true);
  });
});

describe("team-arrived rule", () => {
  it("makes the body or state qualifying the team the helper of whom 'to help' names, else of the place", () => {
    const ex = extract(
      wire(
        `${attacked}A German BSI "rapid response" team had arrived in Lima to help the Bolivian customs agency.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "agency:bolivia-customs-agency")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:peru")).toBe(false);
    const place = extract(
      wire(`${attacked}A US Cyber Command "hunt forward" team arrived in Bolivia on Monday.`),
    );
    expect(hasClaim(place, "assisted", "state:united-states", "state:bolivia")).toBe(true);
  });

  it("takes no helper from a clause before the team ('Chile said a team arrived')", () => {
    const ex = extract(wire(`${attacked}Chile said on Monday that a team had arrived in La Paz.`));
    expect(hasClaim(ex, "assisted", "state:chile", "state:bolivia")).toBe(false);
  });
});

describe("hire rule", () => {
  it("reads 'called in the company X to examine' as X assisting the one who hired it", () => {
    const ex = extract(
      uy(
        "A ransomware attack struck the lender Banco Litoral on Friday. Banco Litoral called in the incident-response company Kestrel Forensics to examine its servers.",
      ),
    );
    const hirer = ex.entities.find((e) => e.label === "Banco Litoral")!.key;
    const hired = ex.entities.find((e) => e.label === "Kestrel Forensics")!.key;
    expect(hasClaim(ex, "assisted", hired, hirer)).toBe(true);
  });
});

describe("team and offer rules", () => {
  it("gives 'specialists from A, B and C flew to X' to each sender", () => {
    const ex = extract(
      uy(
        "After the attack on Uruguay's power grid, specialists from Brazil, Chile and Peru flew to Uruguay to help restore it.",
      ),
    );
    for (const sender of ["state:brazil", "state:chile", "state:peru"])
      expect(hasClaim(ex, "assisted", sender, "state:uruguay")).toBe(true);
  });

  it("reads 'remained committed to helping X' as an offer, not help given", () => {
    const ex = extract(
      uy("Brazil remained committed to helping Uruguay after the hack of Uruguay's power grid."),
    );
    expect(hasClaim(ex, "offered-help", "state:brazil", "state:uruguay")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:brazil", "state:uruguay")).toBe(false);
  });
});

describe("hire rule, passive", () => {
  it("reads 'X was called in to help Y's staff' as X assisting Y, and a bare 'to help' as help to the victim", () => {
    const named = extract(
      uy(
        "Hackers breached Uruguay's senate on Friday. Germany's BSI was called in to help the senate's IT staff.",
      ),
    );
    expect(hasClaim(named, "assisted", "agency:bsi", "agency:uruguay-senate")).toBe(true);
    const bare = extract(
      uy("Hackers breached Uruguay's senate on Friday. Germany's BSI was brought in to help."),
    );
    expect(hasClaim(bare, "assisted", "agency:bsi", "state:uruguay")).toBe(true);
  });

  it("reads nothing into a passive hire that is not help ('was hired to run the archive')", () => {
    const ex = extract(
      uy("Hackers breached Uruguay's senate on Friday. Germany's BSI was hired to run the archive."),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });
});

describe("team rule, who sent the team", () => {
  it("reads a body qualified by its state's adjective and a second body a possessive owns", () => {
    const ex = extract(
      wire(
        `${attacked}Investigators from the German Federal Office for Information Security and the UK's National Cyber Security Centre flew to La Paz to help Bolivia.`,
      ),
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    expect(hasClaim(ex, "assisted", "agency:ncsc-uk", "state:bolivia")).toBe(true);
  });

  it("gives a team that arrived with no destination named to the state hit, and nothing with no attack", () => {
    const landed = extract(wire(`${attacked}A team from the BSI landed on Tuesday.`));
    expect(hasClaim(landed, "assisted", "agency:bsi", "state:bolivia")).toBe(true);
    const overnight = extract(wire(`${attacked}Engineers from Chile arrived overnight.`));
    expect(hasClaim(overnight, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const fair = extract(wire("Experts from Chile arrived on Monday for the trade fair."));
    expect(fair.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("gives no help to officials arriving with no destination or purpose named", () => {
    const ex = extract(
      wire(`${attacked}Officials from the European Union arrived on Tuesday for long-planned trade talks.`),
    );
    expect(ex.claims.some((c) => c.type === "assisted")).toBe(false);
  });

  it("counts technicians, engineers and incident responders as a team sent", () => {
    const responders = extract(wire(`${attacked}Chile has dispatched three incident responders to La Paz.`));
    expect(hasClaim(responders, "assisted", "state:chile", "state:bolivia")).toBe(true);
    const technicians = extract(wire(`${attacked}Peru sent two of its own network technicians.`));
    expect(hasClaim(technicians, "assisted", "state:peru", "state:bolivia")).toBe(true);
  });
});

describe("team rules, a team present on site", () => {
  it("reads 'were on site', 'has been on the ground' as help to the state hit", () => {
    for (const text of [
      wire(`${attacked}Engineers from Chile's national police were on site by Tuesday.`),
      wire(`${attacked}A team from Chile's national police has been on the ground since Friday.`),
      wire(`${attacked}Chile's national police engineers are already on site.`),
    ])
      expect(hasClaim(extract(text), "assisted", "agency:chile-police", "state:bolivia"), text).toBe(true);
  });

  it("reads 'had been at <body>' as help to that body, and a place that is no body as no help", () => {
    const body = extract(
      wire(`${attacked}A Chilean police team had been at the customs agency since Friday.`),
    );
    // The team's body helps the body; its state, the body's state.
    expect(new Set(body.claims.filter((c) => c.type === "assisted").map((c) => c.target))).toEqual(
      new Set(["agency:bolivia-customs-agency", "state:bolivia"]),
    );
    const summit = extract(
      wire(`${attacked}Chile's engineers were at the trade summit in La Paz on Monday.`),
    );
    expect(summit.claims.filter((c) => c.type === "assisted")).toEqual([]);
  });
});

/**
 * Whom help goes to when the text names no one (rules/help/sides.ts): never one's own body nor the accused
 * side; invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attacked } from "./stories";

describe("help claims between two sides", () => {
  it("never makes a state help or offer help to its own body", () => {
    const ex = extract(
      wire(`${attacked}Germany has offered to pay for new servers, a German embassy official said.`),
    );
    expect(
      ex.claims.some(
        (c) => c.type === "offered-help" && c.source === "state:germany" && c.target !== "state:bolivia",
      ),
    ).toBe(false);
  });
});

describe("help with no one helped named, an attack whose target goes unnamed", () => {
  it("gives it to the state the article is about, never to the side that denies the attack", () => {
    const story =
      "OTTAWA, 4 May 2025 (Reuters) - Canada said on Monday that a cyber attack last month was the work of hackers working for China. Beijing denied any role. ";
    const offered = extract(`${story}The UK's National Cyber Security Centre offered its support.`);
    expect(hasClaim(offered, "offered-help", "agency:ncsc-uk", "state:canada")).toBe(true);
    expect(hasClaim(offered, "offered-help", "agency:ncsc-uk", "state:china")).toBe(false);
  });
});

describe("help with no one helped named never goes to the side behind the accused group", () => {
  it("offers nothing to the known sponsor of the group blamed, however often the article names it", () => {
    const ex = extract(
      "A cyberattack knocked out card payments on Monday. Investigators blamed APT29. Russia sells fertiliser, Russia buys lithium and Russia trains pilots. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:russia")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:germany", "state:russia")).toBe(false);
  });

  it("offers nothing to the state of an accused body (a state agency blamed, not the state itself)", () => {
    const ex = extract(
      "A cyberattack knocked out card payments on Monday. Investigators blamed Belarus's State Security Committee. Belarus sells potash, Belarus buys grain and Belarus trains pilots. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:belarus")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:germany", "state:belarus")).toBe(false);
  });

  it("still helps the state hit when one of its own bodies is named as the accused", () => {
    const ex = extract(
      "Hackers breached Bolivia's tax office on Monday. Prosecutors blamed Bolivia's customs agency for the leak. Bolivia buys grain, Bolivia sells tin. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
  });

  it("does not take the state of an accused body as the one reporting help it received", () => {
    const ex = extract(
      "Hackers wiped the payroll servers of a Lithuanian bank in May. Vilnius blamed Belarus's State Security Committee. Belarus said the BSI had provided valuable support.",
    );
    expect(hasClaim(ex, "assisted", "agency:bsi", "state:belarus")).toBe(false);
  });

  it("still helps the victim whose own body denied a leak", () => {
    const ex = extract(
      "Hackers breached Bolivia's tax office on Monday. The tax office denied that any records were stolen. Germany's BSI has offered to help.",
    );
    expect(hasClaim(ex, "offered-help", "agency:bsi", "state:bolivia")).toBe(true);
  });
});

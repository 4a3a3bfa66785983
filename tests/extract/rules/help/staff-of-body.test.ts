/**
 * Deliver rule, a team working beside people named before their body ("beside the linemen of the
 * water utility", "with the technicians at the customs agency", "alongside the specialists of
 * <name>"): that body is helped, when it is on the side the attack hit.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers";

const wire = (body: string) => `QUITO, 14 April 2026 (AP) - ${body}`;
const hit =
  "The Pacific Rail Agency reported a quiet quarter. A ransomware attack froze the customer accounts of Andes Power Company in Ecuador last week. ";
const assisted = (text: string) =>
  extract(wire(`${hit}${text}`))
    .claims.filter((c) => c.type === "assisted")
    .map((c) => `${c.source} > ${c.target}`);

describe("deliver rule, people named before their body", { timeout: 30_000 }, () => {
  it("helps the body a description after 'engineers of' or 'technicians at' refers to", () => {
    for (const text of [
      "Since Monday a BSI team is on site, working alongside the technicians of the power company.",
      "Two BSI incident handlers worked alongside technicians at the company for a fortnight.",
    ])
      expect(assisted(text), text).toContain("agency:bsi > organization:andes-power-company");
  });

  it("helps the body named after the people", () => {
    expect(
      assisted("Four BSI responders spent a week working alongside the specialists of Andes Power Company."),
    ).toContain("agency:bsi > organization:andes-power-company");
  });

  it("makes no help of working beside the people of a body the attack did not hit", () => {
    const ex = assisted("Two BSI incident handlers worked alongside the engineers of the rail agency on a joint audit.");
    expect(ex.filter((c) => c.includes("rail-agency"))).toEqual([]);
  });
});

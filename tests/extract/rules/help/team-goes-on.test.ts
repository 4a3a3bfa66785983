/**
 * A team sent or arrived with no place named that goes on, in a clause joined to the one that sent
 * it, to work beside a body ("dispatched a pair of specialists, who now work with the company's
 * engineers", "arrived on Sunday and has since been working with ..."): the body worked beside is
 * helped, not the state the article is about, when it is on the side hit; a firm or a fellow helper
 * worked beside is not. A place named ("to Amsterdam") keeps its state (see deliveries.test.ts).
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../helpers";

const wire = (body: string) => `QUITO, 14 April 2026 (AP) - ${body}`;
const hit = "A ransomware attack froze the customer accounts of Andes Power Company in Ecuador last week. ";
const assisted = (text: string) =>
  extract(wire(`${hit}${text}`))
    .claims.filter((c) => c.type === "assisted")
    .map((c) => `${c.source} > ${c.target}`);

describe("a team that goes on to work beside a body", { timeout: 30_000 }, () => {
  it("helps the body worked beside, not the state the article is about", () => {
    for (const text of [
      "The BSI dispatched a pair of specialists on Monday, who now work with Andes Power Company's engineers.",
      "The BSI deployed two engineers, and they are currently working closely with Andes Power Company's technicians.",
      "A BSI response team arrived on Sunday and has since been working with Andes Power Company's technicians.",
    ]) {
      const ex = assisted(text);
      expect(ex, text).toContain("agency:bsi > organization:andes-power-company");
      expect(ex, text).not.toContain("agency:bsi > state:ecuador");
    }
  });

  it("keeps the state the article is about when the team works beside no body", () => {
    const text = "The BSI dispatched two engineers on Monday, and they are working through the weekend.";
    expect(assisted(text), text).toContain("agency:bsi > state:ecuador");
  });

  it("keeps the side that asked when the team works beside a firm or a fellow helper", () => {
    const asked =
      "ACCRA, 3 March 2026 (AP) - Hackers encrypted the tax records of the Ghana Revenue Authority on Friday. " +
      "Ghana asked Germany for help. ";
    for (const text of [
      "The BSI sent three agents, who are working with Kestrel Labs to trace the hackers.",
      "The BSI sent three agents, who are working with NATO on the case.",
    ]) {
      const ex = extract(`${asked}${text}`)
        .claims.filter((c) => c.type === "assisted")
        .map((c) => `${c.source} > ${c.target}`);
      expect(ex, text).toContain("agency:bsi > state:ghana");
    }
  });
});

/**
 * A team sent or arrived with no place named that goes on, in a clause joined to the one that sent
 * it, to work beside a body ("sent three analysts, who are working alongside the company's
 * engineers", "landed on Tuesday and has since been working with ..."): the body worked beside is
 * helped, not the state the article is about. A place named ("to Amsterdam") keeps its state (see
 * deliveries.test.ts).
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
      "The BSI sent three analysts on Monday, who have been working with Andes Power Company's engineers.",
      "The BSI has sent three analysts, and they are working alongside Andes Power Company's engineers.",
      "A four-person BSI team landed on Tuesday and has since been working with Andes Power Company's engineers.",
    ]) {
      const ex = assisted(text);
      expect(ex, text).toContain("agency:bsi > organization:andes-power-company");
      expect(ex, text).not.toContain("agency:bsi > state:ecuador");
    }
  });

  it("keeps the state the article is about when the team works beside no body", () => {
    const text = "The BSI sent three analysts on Monday, and they are working around the clock.";
    expect(assisted(text), text).toContain("agency:bsi > state:ecuador");
  });
});

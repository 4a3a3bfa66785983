/**
 * A victim list ends where a new clause begins: a name after ", and" that its own finite verb
 * follows ("..., and the Bolivian police has asked Spain for help") is the subject of that clause,
 * not a further victim. A series joined by commas may end on the verb of the whole phrase ("the
 * raids on A, B, and C were ..."): its last name stays a victim. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const article = (body: string) => `LIMA, 3 March 2026 (Andina): ${body}`;

describe("a name heading its own clause after a victim list", () => {
  it("leaves out the subject of the clause joined by ', and' after a verb's victims", () => {
    for (const text of [
      "Intruders tied to Russia crippled the Chilean senate last weekend, and the Bolivian police has asked Spain for assistance.",
      "Saboteurs wiped the Peruvian army's payroll servers, and Ecuador's foreign ministry quickly condemned the deed.",
    ]) {
      const targets = attackedTargets(extract(article(text))).join(" ");
      expect(targets, text).not.toMatch(/bolivia|ecuador/);
      expect(targets, text).toMatch(/chile|peru/);
    }
  });

  it("leaves out the subject of the clause after an attack noun's victims", () => {
    const text =
      "Uruguay deplored the ransomware attack on the Paraguayan senate, and Argentina offered Paraguay forensic help.";
    const targets = attackedTargets(extract(article(text))).join(" ");
    expect(targets).toMatch(/paraguay/);
    expect(targets).not.toMatch(/argentina/);
  });

  it("keeps every name of a comma series, and a pair before the phrase's own verb", () => {
    const series = attackedTargets(
      extract(article("The cyberattacks on Chile, Peru, and Bolivia were traced to one crew.")),
    ).join(" ");
    for (const state of ["chile", "peru", "bolivia"]) expect(series).toContain(state);
    const pair = attackedTargets(
      extract(article("The breach of the Chilean senate and the Peruvian army halted payments for a week.")),
    ).join(" ");
    expect(pair).toMatch(/chile/);
    expect(pair).toMatch(/peru/);
  });

  it("keeps a name whose own clause says it was hit too, or whose participle a 'by' follows", () => {
    for (const text of [
      "Saboteurs wiped the archive of the Chilean senate, and the Bolivian police also lost data.",
      "Saboteurs wiped the archive of the Chilean senate, and the Bolivian police was also hit.",
      "Ransomware froze the Chilean senate, and the Bolivian police struck by the same crew reopened its portal on Monday.",
    ]) {
      const targets = attackedTargets(extract(article(text))).join(" ");
      expect(targets, text).toMatch(/chile/);
      expect(targets, text).toMatch(/bolivia/);
    }
  });
});

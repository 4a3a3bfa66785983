/**
 * A state or body named as the owner of the records an attack reached (INC21): "broke into Latvia's voter
 * register", "wiped the pension database of X", "took down Estonia's tax database". What a possessive owns
 * is hit only when it is a thing attacks hit (words.ts `possessedTarget`); a register, registry, database,
 * or platform is one. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const article = (body: string) => `RIGA, 12 May 2026 (LETA): ${body}`;

describe("the owner of a register, database or platform is hit", () => {
  it("reads the state owning a register, a database or a platform as the victim", () => {
    for (const text of [
      "Intruders broke into Latvia's voter register on Sunday, the election office said.",
      "Hackers wiped Estonia's land registry last week.",
      "Hackers breached Lithuania's vaccination database on Friday.",
      "Attackers took down Latvia's tax database on Monday.",
      "Hackers broke into the servers holding Estonia's pension platform in March.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex).join(" "), text).toMatch(/state:(?:latvia|estonia|lithuania)/);
    }
  });

  it("reads no victim in a possessive that owns no records ('Latvia's record', 'Estonia's platform for talks')", () => {
    for (const text of [
      "Latvia's record on cyber defence was praised by NATO on Sunday.",
      "Estonia's foreign minister spoke on Monday about the register of lobbyists.",
    ]) {
      const ex = extract(article(text));
      expect(incidents(ex), text).toHaveLength(0);
      expect(attackedTargets(ex), text).toHaveLength(0);
    }
  });
});

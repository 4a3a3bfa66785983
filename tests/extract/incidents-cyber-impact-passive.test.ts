/**
 * An impact only an attack has on a computer system, told in the passive with the systems' owner as
 * its subject (INC24): "The billing servers of X were encrypted late on Sunday". Before, such a passive
 * told an attack only when a date opened its clause ("In March the servers of X were encrypted"), and a
 * sentence-initial "The" hid the owner from the subject reading. Words that other things do to systems
 * ("paralysed" by a power cut) or that name no owner ("the files were encrypted") tell none. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 12 May 2026 (BNS): ${body}`;

describe("an encrypted, defaced or wiped system names its owner as the victim", () => {
  it("reads the owner of the systems as hit whatever the date's place", () => {
    for (const text of [
      "The billing servers of the Central Bank of Estonia were encrypted late on Sunday.",
      "The booking portal of the Central Bank of Estonia was defaced on Friday night, officials said.",
      "The payroll systems of the Central Bank of Estonia were wiped over the weekend.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex).join(" "), text).toContain("agency:estonia-central-bank");
    }
  });

  it("reads no attack when the passive names no owner or a clerk's deed", () => {
    for (const text of [
      "The files were encrypted before they were sent, the Central Bank of Estonia said.",
      "The old hard drives of the Central Bank of Estonia were wiped before they were sold at auction.",
      "The cash machines of the Central Bank of Estonia were paralysed by a power cut on Monday.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex), text).toHaveLength(0);
      expect(incidents(ex), text).toHaveLength(0);
    }
  });
});

/**
 * An impact only an attack has on a computer system, told in the passive with the systems' owner as
 * its subject (INC24): "The billing servers of X were encrypted late on Sunday". Before, such a passive
 * told an attack only when a date opened its clause ("In March the servers of X were encrypted"), and a
 * sentence-initial "The" hid the owner from the subject reading. An encryption or a wipe is an attack only
 * with its attackers as agent or an attack told around it (encryption is also a protection); "wiped out"
 * by a flood, systems "paralysed" by a power cut, or "the files were encrypted" (no owner) tell none.
 * Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const article = (body: string) => `TALLINN, 12 May 2026 (BNS): ${body}`;

describe("an encrypted, defaced or wiped system names its owner as the victim", () => {
  it("reads the owner of the systems as hit whatever the date's place", () => {
    for (const text of [
      "The billing servers of the Central Bank of Estonia were encrypted late on Sunday, and a ransom note appeared.",
      "The booking portal of the Central Bank of Estonia was defaced on Friday night, officials said.",
      "The payroll systems of the Central Bank of Estonia were wiped by a hacking crew over the weekend.",
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
      "The computers of the Central Bank of Estonia were wiped out by the flood on Tuesday.",
      "The email accounts of the Central Bank of Estonia were encrypted last year under a new security policy.",
      "The network of the Central Bank of Estonia was encrypted end to end after a review in 2024.",
      "The archive servers of the Central Bank of Estonia were encrypted on Monday, the bank said.",
      // The victim's own name tells no attack ("cyber").
      "The old servers of the Estonian cyber defence agency were wiped during a planned move on Tuesday.",
    ]) {
      const ex = extract(article(text));
      expect(attackedTargets(ex), text).toHaveLength(0);
      expect(incidents(ex), text).toHaveLength(0);
    }
  });
});

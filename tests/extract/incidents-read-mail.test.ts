/**
 * Reading another's mail as a deed against the mail's owner (VICTIM45): "spies read the email of
 * the Lithuanian Ministry of Energy", "somebody was reading the inboxes of X", "hackers read
 * mail belonging to X", "the email of dozens of clerks at X's ministry". Before, reading named no
 * attack, so the incident had no victim or was not told at all. A clerk or a minister reads mail too:
 * only an agent of an attack (an attacker noun, a pronoun such as "someone", a group's name, also
 * after an apposition) makes the reading an intrusion. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

const story = (more: string) =>
  `VILNIUS, 30 November 2026 (BNS): Officials met in Riga on Friday to talk about energy prices. ${more}`;

const MINISTRY = "agency:lithuania-ministry-of-energy";

describe("reading a body's mail is an attack on the body", () => {
  it.each([
    "For most of 2025 spies read the email of the Lithuanian Ministry of Energy without being seen.",
    "From March on somebody was reading the mailboxes of the Lithuanian Ministry of Energy.",
    "Intruders read mail belonging to the Lithuanian Ministry of Energy for five weeks in 2025.",
    "During 2025 hackers read the correspondence of nine clerks at the Lithuanian Ministry of Energy.",
    // The subject before an apposition closed by a comma right before the verb.
    "In 2025 a crew of intruders, never named by the police, read the inboxes of the Lithuanian Ministry of Energy.",
  ])("reads the ministry as attacked in %s", (more) => {
    expect(attackedTargets(extract(story(more))).join(" ")).toContain(MINISTRY);
  });

  it("reads the body a possessive owner owns as the one whose mail it is", () => {
    const targets = attackedTargets(
      extract(story("In 2025 hackers read the email of two dozen clerks at Lithuania's Ministry of Energy.")),
    ).join(" ");
    expect(targets).toContain(MINISTRY);
  });

  it.each([
    "The minister read the email of the Lithuanian Ministry of Energy aloud at the hearing.",
    "Clerks at the Lithuanian Ministry of Energy read the mail of the Latvian Ministry of Finance every morning.",
    "Reporters read the email the Lithuanian Ministry of Energy sent to its suppliers.",
    "The auditors said no one was reading the inboxes of the Lithuanian Ministry of Energy at all.",
  ])("reads no attack in %s", (more) => {
    expect(attackedTargets(extract(story(more)))).toHaveLength(0);
  });
});

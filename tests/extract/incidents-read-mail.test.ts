/**
 * Reading another's mail as a deed against the mail's owner (VICTIM45): "spies read the email of
 * the Lithuanian Ministry of Energy", "somebody was reading the inboxes of X", "hackers read
 * mail belonging to X", "the email of dozens of clerks at X's ministry". Before, reading named no
 * attack, so the incident had no victim or was not told at all. A clerk or a minister reads mail too:
 * only an agent of an attack (an attacker noun, a pronoun such as "someone", a group's name, also
 * after an apposition) makes the reading an intrusion. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, hasClaim } from "./helpers";

const story = (more: string) =>
  `VILNIUS, 30 November 2026 (BNS): Officials met in Riga on Friday to talk about energy prices. ${more}`;

const MINISTRY = "agency:lithuania-ministry-of-energy";

describe("reading a body's mail is an attack on the body", () => {
  it.each([
    "For most of 2025 spies read the email of the Lithuanian Ministry of Energy without being seen.",
    "From March on somebody was reading the mailboxes of the Lithuanian Ministry of Energy.",
    "Intruders read mail belonging to the Lithuanian Ministry of Energy for five weeks in 2025.",
    "During 2025 hackers read the correspondence of nine officials at the Lithuanian Ministry of Energy.",
    // The subject before an apposition closed by a comma right before the verb.
    "In 2025 a crew of intruders, never named by the police, read the inboxes of the Lithuanian Ministry of Energy.",
  ])("reads the ministry as attacked in %s", (more) => {
    expect(attackedTargets(extract(story(more))).join(" ")).toContain(MINISTRY);
  });

  it("reads the body a possessive owner owns as the one whose mail it is", () => {
    const targets = attackedTargets(
      extract(story("In 2025 hackers read the email of two dozen staff at Lithuania's Ministry of Energy.")),
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

  it("reads a state the readers are linked to as their sponsor, never as a victim (review45 R1)", () => {
    const ex = extract(
      story("Hackers linked to Belarus read the email of the Lithuanian Ministry of Energy all winter."),
    );
    expect(attackedTargets(ex)).toEqual([`${MINISTRY} (state:lithuania)`]);
    expect(hasClaim(ex, "attributed-to", "incident:*", "state:belarus")).toBe(true);
  });

  // review45 R2: between the mail and its owner only the owner's people, no clause of other people.
  it.each([
    "Hackers linked to Belarus read the emails of farmers who had complained to the Lithuanian Ministry of Energy about tariffs.",
    "Spies read the mail of journalists who write about the Lithuanian Ministry of Energy.",
    "Intruders read the inboxes of auditors checking the Lithuanian Ministry of Energy last spring.",
  ])("reads no mail of the body a clause of other people names in %s", (more) => {
    const ex = extract(story(more));
    expect(attackedTargets(ex).join(" ")).not.toContain(MINISTRY);
    expect(hasClaim(ex, "attributed-to", "incident:*", MINISTRY)).toBe(false);
  });
});

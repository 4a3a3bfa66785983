/**
 * A group's sponsor named as the one whose orders it heeds: a verb of taking or receiving, a
 * command noun and "from" ("takes its tasking from X", "gets instructions and cash from X")
 * (rules/group-sponsor.ts, the lexicon's heed verbs and command nouns). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const opening = "Analysts at Orsk Labs follow a hacking crew called Ember Stoat.";
const sponsored = (body: string) =>
  hasClaim(extract(`${opening} ${body}`), "attributed-to", "group:ember-stoat", "agency:bsi");

describe("a group heeding orders from a body", () => {
  it("is attributed to that body", () => {
    expect(sponsored("The lab says Ember Stoat receives its tasking from Germany's BSI.")).toBe(true);
    expect(sponsored("The lab says Ember Stoat gets instructions and cash from Germany's BSI.")).toBe(true);
  });

  it("is not when what it takes is no order", () => {
    expect(sponsored("The lab says Ember Stoat stole files from Germany's BSI.")).toBe(false);
    expect(sponsored("The lab says Ember Stoat took data from Germany's BSI.")).toBe(false);
  });

  it("is not when the group is said to take no orders from it", () => {
    expect(sponsored("The lab says Ember Stoat takes no orders from Germany's BSI.")).toBe(false);
    expect(sponsored("The lab says Ember Stoat receives neither orders nor money from Germany's BSI.")).toBe(
      false,
    );
    expect(sponsored("The lab says Ember Stoat never takes instructions from Germany's BSI.")).toBe(false);
  });
});

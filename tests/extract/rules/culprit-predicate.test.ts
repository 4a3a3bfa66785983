/**
 * The `culprit-predicate` rule: a phrase describing whoever did the attack ("the group responsible",
 * "the culprit", "the crew behind the breach") whose complement or apposition gives its name.
 * Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { createExtractionContext, extractDocument } from "../../../src/extract";
import { testGazetteer } from "../helpers";

const context = createExtractionContext(
  {
    entities: [
      ...testGazetteer.entities,
      { key: "group:tin-lantern", label: "Tin Lantern", type: "group", aliases: [] },
    ],
  },
  { referenceYear: 2026 },
);
const read = (body: string) =>
  extractDocument(
    {
      id: "culprit.txt",
      text: `LIMA, 4 May 2025 (Reuters) - Hackers knocked the payroll servers at Peru's Labour Ministry offline on Friday. ${body}`,
    },
    context,
  );
const blamed = (ex: ReturnType<typeof read>) =>
  ex.claims
    .filter((c) => c.type === "attributed-to" && c.source.startsWith("incident:"))
    .map((c) => c.target);

describe("culprit-predicate rule", () => {
  it("takes the complement of 'the gang responsible is' as the culprit", () => {
    expect(blamed(read("According to the auditors, the gang responsible is Tin Lantern."))).toEqual([
      "group:tin-lantern",
    ]);
  });

  it("takes 'the crew behind the breach is probably X' and 'the culprit is X'", () => {
    expect(blamed(read("The auditors believe the crew behind the breach is probably Tin Lantern."))).toEqual([
      "group:tin-lantern",
    ]);
    expect(blamed(read("For the auditors the culprit is Tin Lantern."))).toEqual(["group:tin-lantern"]);
  });

  it("takes a name in apposition to the description, closed by a comma", () => {
    expect(blamed(read("The perpetrator, Tin Lantern, has hit two ministries since March."))).toEqual([
      "group:tin-lantern",
    ]);
  });

  it("takes nothing when the complement is negated or the name only modifies a noun", () => {
    expect(blamed(read("The group responsible was not Tin Lantern, the auditors said."))).toEqual([]);
    expect(blamed(read("In the auditors' view the hackers behind it were a Tin Lantern crew."))).toEqual([]);
  });

  it("takes nothing under a doubt, nor a possessor that owns no named body", () => {
    expect(blamed(read("Two auditors doubt that the culprit is Tin Lantern."))).toEqual([]);
    expect(blamed(read("The culprit is Peru's own lax patching, an auditor wrote."))).toEqual([]);
  });

  it("takes no apposition that goes on past the name", () => {
    expect(blamed(read("The group behind the outage, which Tin Lantern researchers track, is new."))).toEqual(
      [],
    );
  });
});

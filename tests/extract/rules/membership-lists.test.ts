/**
 * Membership read from a list of some members after the body's member noun ("the member states of
 * NATO, among them A and B"; "member states, A and B among them"), from a body's short name closed by
 * a head noun ("members of the APEC forum"), and from the OSCE's "participating state".
 */
import { describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext, extract, hasClaim } from "../helpers";

const wire = (body: string) => `OSLO, 3 March 2026 (Reuters) - ${body}`;
const memberships = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "member-of").map((c) => `${c.source} ${c.target}`);

describe("listed-members rule", () => {
  it("reads the states listed after 'the member states of X, among them'", () => {
    const ex = extract(
      wire(
        "The exercise gathers the 32 member states of NATO, among them Portugal, Greece and Norway, and runs for a week.",
      ),
    );
    for (const s of ["state:portugal", "state:greece", "state:norway"])
      expect(hasClaim(ex, "member-of", s, "organization:nato"), s).toBe(true);
  });

  it("reads 'including' after the body as the same list", () => {
    const ex = extract(wire("Officials from member countries of the EU, including Malta and Cyprus, met in Brussels."));
    expect(hasClaim(ex, "member-of", "state:malta", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:cyprus", "organization:european-union")).toBe(true);
  });

  it("reads 'member states, A and B among them' for the body the sentence named before", () => {
    const ex = extract(
      wire("The EU said on Friday that member states, Latvia and Estonia among them, would pool their forensic staff."),
    );
    expect(hasClaim(ex, "member-of", "state:latvia", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:european-union")).toBe(true);
  });

  it("makes no member of a list after no member noun: victims are no members", () => {
    const victims = extract(
      wire("NATO said the intruders reached several foreign ministries, among them Portugal and Greece, in May."),
    );
    expect(memberships(victims)).toEqual([]);
    const noBody = extract(wire("Member states, Latvia and Estonia among them, would pool their forensic staff."));
    expect(memberships(noBody)).toEqual([]);
  });
});

describe("membership read with the bundled gazetteer", () => {
  let bundled: ExtractionContext;
  const read = (text: string) => extractDocument({ id: "doc.txt", text }, bundled);

  it("reads a body's short name closed by a head noun ('both members of the APEC forum')", async () => {
    bundled = await bundledContext();
    const ex = read(wire("Chile and Peru, both members of the APEC forum, signed a data pact on Monday."));
    expect(hasClaim(ex, "member-of", "state:chile", "organization:apec")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:peru", "organization:apec")).toBe(true);
  });

  it("reads 'participating states of the OSCE' as membership", async () => {
    bundled = await bundledContext();
    const ex = read(wire("Both Kazakhstan and Uzbekistan are participating states of the OSCE."));
    expect(hasClaim(ex, "member-of", "state:kazakhstan", "organization:osce")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:uzbekistan", "organization:osce")).toBe(true);
  });
});

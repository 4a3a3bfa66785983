/**
 * Membership read from a list of some members after the body's member noun ("delegates of member
 * countries of X, such as A and B"; "X's member states, A and B among them"), from a body's short
 * name closed by a head noun ("members of the APEC forum"), and from the OSCE's "participating
 * state". Each of these shapes was seen on one dev page only; the tests use shapes of their own.
 */
import { describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext, extract, hasClaim } from "../helpers";

const wire = (body: string) => `OSLO, 3 March 2026 (Reuters) - ${body}`;
const memberships = (ex: ReturnType<typeof extract>) =>
  ex.claims.filter((c) => c.type === "member-of").map((c) => `${c.source} ${c.target}`);

describe("listed-members rule", () => {
  it("reads the states listed after 'member countries of X, such as'", () => {
    const ex = extract(wire("Delegates from three member countries of NATO, such as Portugal and Greece, spoke first."));
    expect(hasClaim(ex, "member-of", "state:portugal", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:greece", "organization:nato")).toBe(true);
  });

  it("reads 'including' after the body as the same list", () => {
    const ex = extract(wire("Officials from member countries of the EU, including Malta and Cyprus, met in Brussels."));
    expect(hasClaim(ex, "member-of", "state:malta", "organization:european-union")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:cyprus", "organization:european-union")).toBe(true);
  });

  it("reads \"X's member states, A and B among them\" for the body naming the member noun", () => {
    const ex = extract(wire("NATO's member states, Latvia and Estonia among them, voted for the pledge."));
    expect(hasClaim(ex, "member-of", "state:latvia", "organization:nato")).toBe(true);
    expect(hasClaim(ex, "member-of", "state:estonia", "organization:nato")).toBe(true);
  });

  it("makes no member of a list after no member noun: victims are no members", () => {
    const victims = extract(
      wire("NATO said the intruders reached several foreign ministries, among them Portugal and Greece, in May."),
    );
    expect(memberships(victims)).toEqual([]);
    const noBody = extract(wire("Member states, Latvia and Estonia among them, would pool their forensic staff."));
    expect(memberships(noBody)).toEqual([]);
  });

  it("takes no other body of the sentence for the one whose member states are listed", () => {
    const firm = extract(wire("The EU's auditor told member states, Estonia and Latvia among them, that the flaw was fixed."));
    expect(memberships(firm)).toEqual([]);
  });

  it("reads no possessor opening the list as a member", () => {
    const ex = extract(wire("Several members of NATO, including Ukraine's neighbours Poland and Slovakia, sent aid."));
    expect(hasClaim(ex, "member-of", "state:ukraine", "organization:nato")).toBe(false);
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

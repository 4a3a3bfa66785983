/**
 * The clause reader's noun of belonging when the body was named earlier in the sentence: a body
 * before the member, set off by a comma alone, is no second member ("cite the treaties of the
 * European Union, Malta being a member of the EU"); and a second noun of belonging joined by "and" to a
 * first ("a member of B and a member of C") has the first's member, however the first was read.
 * Invented wire copy, read with the bundled gazetteer (the blocs' names and short forms).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext, hasClaim } from "../helpers";

let bundled: ExtractionContext;
beforeAll(async () => {
  bundled = await bundledContext();
});
const read = (body: string) =>
  extractDocument({ id: "doc.txt", text: `ACCRA, 9 June 2026 (GNA) - ${body}` }, bundled);
const memberships = (ex: ReturnType<typeof read>) =>
  ex.claims.filter((c) => c.type === "member-of").map((c) => `${c.source} ${c.target}`);

describe("a noun of belonging after the body's own earlier mention", () => {
  it("takes no body named before the member with a comma alone as a second member", () => {
    const ex = read(
      "Lawyers in Valletta cite the treaties of the European Union, Malta being a member of the EU.",
    );
    expect(hasClaim(ex, "member-of", "state:malta", "organization:european-union")).toBe(true);
  });

  it("still reads a list closed by 'and' before the noun", () => {
    const ex = read("Togo, Benin and Ghana are members of ECOWAS, the bloc's secretariat recalled.");
    for (const state of ["togo", "benin", "ghana"])
      expect(hasClaim(ex, "member-of", `state:${state}`, "organization:ecowas")).toBe(true);
  });
});

describe("a second noun of belonging joined to a first", () => {
  it("gives the second body the first noun's member", () => {
    for (const [member, text] of [
      [
        "state:ghana",
        "Officials stressed that Ghana was a member of the African Union and also a member of ECOWAS.",
      ],
      [
        "state:benin",
        "Benin, a member of the African Union since 2002 and a founding member of ECOWAS, filed a protest.",
      ],
      ["state:togo", "Togo became a member of the African Union in 1963 and a founding member of ECOWAS."],
    ] as const) {
      const ex = read(text);
      expect(hasClaim(ex, "member-of", member, "organization:ecowas"), text).toBe(true);
    }
  });

  it.each([
    "Guinea is a member of the African Union and a former member of ECOWAS, its envoy reminded the summit.",
    "Guinea, a member of the African Union since 1960 and no longer a member of ECOWAS, boycotted the talks.",
  ])("reads no membership a negation or past tenure denies in the second noun (%s)", (text) => {
    expect(memberships(read(text))).toEqual(["state:guinea organization:african-union"]);
  });

  it("reads no membership from a post in the second body", () => {
    const ex = read("Benin, a founding member of the African Union and the current chair of ECOWAS, spoke.");
    expect(memberships(ex)).toEqual(["state:benin organization:african-union"]);
  });
});

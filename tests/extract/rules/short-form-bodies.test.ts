/**
 * A body named again by its name's head alone, capitalised as a short form ("the Council" after the
 * Gulf Cooperation Council, "the Forum", "the Community", "the Association"), is that body; lower
 * case, "forum" and "community" are everyday words and refer to no body. A member noun naming a
 * state ("member country of") makes only a state a member, never the body written before it.
 * Every sentence is invented for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext } from "../helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});
const claims = (text: string) => extractDocument({ id: "doc.txt", text }, context).claims;
const has = (text: string, type: string, source: string, target: string) =>
  claims(text).some((c) => c.type === type && c.source === source && c.target === target);

describe("a body's short form points back at the body", () => {
  it("reads a membership of 'the Council' written after the Gulf Cooperation Council as membership of it", () => {
    expect(
      has(
        "Gulf Cooperation Council ministers gathered in Doha on Sunday. Kuwait, a full member of the Council, tabled the motion.",
        "member-of",
        "state:kuwait",
        "organization:gulf-cooperation-council",
      ),
    ).toBe(true);
  });

  it("reads 'the Forum', 'the Community' and 'the Association' as the body whose name ends in that word", () => {
    expect(
      has(
        "Pacific Islands Forum leaders will meet in Apia next month. Samoa, an early member of the Forum, hosts the talks.",
        "member-of",
        "state:samoa",
        "organization:pacific-islands-forum",
      ),
    ).toBe(true);
    expect(
      has(
        "The Caribbean Community has set up a cyber desk. Barbados is an active member of the Community and pays for it.",
        "member-of",
        "state:barbados",
        "organization:caricom",
      ),
    ).toBe(true);
    expect(
      has(
        "The Association of Southeast Asian Nations drafted a code of conduct. Vietnam, a member of the Association since 1995, backs it.",
        "member-of",
        "state:vietnam",
        "organization:asean",
      ),
    ).toBe(true);
  });

  it("leaves a capitalised head that opens another name to that name ('the Council of Europe')", () => {
    expect(
      has(
        "The Gulf Cooperation Council issued a statement. Kuwait is a member of the Council of Europe too, the paper wrote.",
        "member-of",
        "state:kuwait",
        "organization:gulf-cooperation-council",
      ),
    ).toBe(false);
  });
});

describe("only a state is a member state", () => {
  it("gives a body written before 'a member country of' no part-of the bloc", () => {
    const text =
      "African Union monitors praised the electoral tribunal of Ghana, a member country of the Union, on Friday.";
    const partOf = claims(text).filter((c) => c.type === "part-of");
    expect(partOf.map((c) => c.target)).not.toContain("organization:african-union");
  });

  it("still reads a state written before it as a member", () => {
    expect(
      has(
        "African Union observers arrived on Friday. Ghana, a member country of the Union, welcomed them.",
        "member-of",
        "state:ghana",
        "organization:african-union",
      ),
    ).toBe(true);
  });
});

describe("lower-case forum, community and association are everyday words", () => {
  it("gives no office or target in the body to 'the forum' or 'the community'", () => {
    const forum = claims(
      "Pacific Islands Forum leaders gathered in Honiara in June. The leaked ledgers then surfaced on a crime forum. Arvo Kallas, a regular of the forum, said he resold them.",
    );
    expect(forum.filter((c) => c.target === "organization:pacific-islands-forum")).toEqual([]);
    const community = claims(
      "The Caribbean Community opened its summit in Nassau in March. Hackers locked the school servers of a fishing town in April. Mabel Greene, a nurse and a member of the community, said the clinic closed.",
    );
    expect(community.filter((c) => c.target === "organization:caricom")).toEqual([]);
  });
});

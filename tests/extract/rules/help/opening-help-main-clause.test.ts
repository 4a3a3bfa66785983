/**
 * Help named in an opening phrase ("Thanks to help from X, ...") helps the subject of the main
 * clause right after it (rules/frame.ts mainSubjectAfter), never an actor heading a later clause
 * joined by "and". Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";

const opening = "TALLINN, 2 June 2026 - Ransomware locked the land registry of Lithuania on Monday.";
const read = (body: string) => extract(`${opening} ${body}`);

describe("help in an opening phrase", () => {
  it("helps the main clause's subject", () => {
    const out = read("Thanks to help from Poland, Lithuania restored the registry within a day.");
    expect(hasClaim(out, "assisted", "state:poland", "state:lithuania")).toBe(true);
  });

  it("helps no actor of a later clause joined by 'and'", () => {
    const out = read(
      "Thanks to help from Poland, the registry was back online by Friday, and Latvia praised Sweden for its patience.",
    );
    expect(hasClaim(out, "assisted", "state:poland", "state:latvia")).toBe(false);
  });
});

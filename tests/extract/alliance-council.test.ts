/** An alliance's council speaking is the alliance speaking: the reference gazetteer's alias (invented sentences). */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../src/extract";
import { bundledContext } from "./helpers";

let within: ExtractionContext;
beforeAll(async () => {
  within = await bundledContext();
});

const read = (text: string) => extractDocument({ id: "doc.txt", text, published: "2026-11-20" }, within);

describe("the North Atlantic Council", () => {
  it("condemns for NATO, with no council of its own", () => {
    const ex = read(
      "Saboteurs wiped the signalling servers of Estonia's railway on 3 November. Two days later the North Atlantic Council strongly condemned this sabotage of an ally's trains.",
    );
    expect(ex.claims.some((c) => c.type === "condemned" && c.source === "organization:nato")).toBe(true);
    expect(ex.entities.some((e) => /council/i.test(e.key))).toBe(false);
  });

  it("is not the Washington think tank whose name it contains", () => {
    const ex = read(
      "Fellows of the Atlantic Council in Washington wrote that the wiper spread through a supplier.",
    );
    expect(ex.entities.some((e) => e.key === "organization:nato")).toBe(false);
  });
});

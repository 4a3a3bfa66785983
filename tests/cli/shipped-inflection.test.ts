/** The default lemmas' forms carried by the bundle as data (src/cli/worker/shipped-inflection.ts). */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_INFLECTION_MODULE, shippedInflectionSource } from "../../src/cli/worker/shipped-inflection";
import { inflectLemmas, inflectLists, lemmaKey } from "../../src/extract/lexicon/inflect";
import type { ShippedInflection } from "../../src/extract/lexicon/shipped-inflection";
import { DEFAULT_LEMMAS, withLemmas } from "../../src/extract/lexicon/words";

let dir: string;
let shipped: ShippedInflection;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shipped-inflection-"));
  const file = join(dir, "shipped.mjs");
  await writeFile(file, (await shippedInflectionSource())!);
  shipped = ((await import(pathToFileURL(file).href)) as { default: ShippedInflection }).default;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the shipped inflection", () => {
  it("replaces the lexicon's module of that name", () => {
    expect(join("/p", "src/extract/lexicon/shipped-inflection.ts")).toMatch(SHIPPED_INFLECTION_MODULE);
  });

  it("is what inflecting the default lemmas makes, keys in the same order", () => {
    const built = { key: lemmaKey(DEFAULT_LEMMAS), ...inflectLists(DEFAULT_LEMMAS) };
    expect(isDeepStrictEqual(shipped, built)).toBe(true);
    expect(JSON.stringify(shipped)).toBe(JSON.stringify(built));
  });

  it("is taken for the default lemmas instead of inflecting them", () => {
    const words = inflectLemmas(withLemmas({}), shipped);
    expect(words.verbs).toBe(shipped.verbs);
    expect(words.nouns).toBe(shipped.nouns);
  });

  it("is passed over for lemmas it was not made from: a caller's extra verb is inflected", () => {
    const words = inflectLemmas(withLemmas({ verbs: { deny: ["disavow"] } }), shipped);
    expect(words.verbs).not.toBe(shipped.verbs);
    expect(words.verbs.deny.forms).toContain("disavowed");
    expect(shipped.verbs.deny.forms).not.toContain("disavowed");
  });
});

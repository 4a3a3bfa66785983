import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  readSeeds,
  syntheticArticle,
  writeSyntheticCorpus,
  type Seed,
} from "../../src/cli/bench/synthetic-corpus";
import { tempFolder } from "./run-cli";

const SEED =
  "TALLINN, 3 May 2021 - Estonia said Russian hackers attacked its ministries. Prime Minister Kaja Kallas said Tallinn asked Finland for help. Kallas thanked the Finnish government.";

let dir: string;
let seeds: Seed[];

beforeAll(async () => {
  dir = await tempFolder({ "seeds/a.txt": SEED });
  seeds = await readSeeds(join(dir, "seeds"), { entities: [] });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("synthetic corpus", () => {
  it("finds the states and people a seed names", () => {
    expect(seeds[0]!.states.map((s) => s.name).sort()).toEqual(["Estonia", "Finland", "Russia"]);
    expect(seeds[0]!.people).toEqual([{ full: "Kaja Kallas", surname: "Kallas" }]);
  });

  it("swaps states with their demonyms and capitals, people with their surnames, and shifts dates", () => {
    const { text } = syntheticArticle(seeds, 1);
    for (const gone of ["Estonia", "Russia", "Finland", "Finnish", "Tallinn", "TALLINN", "Kallas"])
      expect(text).not.toContain(gone);
    expect(text).not.toContain("3 May 2021");
    expect(text.match(/Prime Minister (\S+ (\S+)) said .* \2 thanked/)).not.toBeNull();
  });

  it("is reproducible: the same index gives the same article, another index another one", () => {
    expect(syntheticArticle(seeds, 7)).toEqual(syntheticArticle(seeds, 7));
    expect(syntheticArticle(seeds, 7).text).not.toBe(syntheticArticle(seeds, 8).text);
  });

  it("writes the number of articles asked for", async () => {
    await writeSyntheticCorpus(seeds, 12, join(dir, "corpus"));
    expect(await readdir(join(dir, "corpus"))).toHaveLength(12);
  });
});

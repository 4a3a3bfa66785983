import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, runCli, tempFolder } from "./run-cli";

let dir: string;

const gold = {
  doc: "tallinn.txt",
  entities: [
    { id: "state:estonia", type: "state", name: "Estonia" },
    { id: "organization:nato", type: "organization", name: "NATO" },
  ],
  relations: [
    // The article never names NATO: no extractor can find this, so it is always missed.
    {
      type: "member-of",
      source: "state:estonia",
      target: "organization:nato",
      evidence: "Estonia, a NATO member",
    },
  ],
};

beforeAll(async () => {
  dir = await tempFolder({
    ...ARTICLES,
    "gold/tallinn.json": JSON.stringify(gold),
    "bad-gold/tallinn.json": JSON.stringify({
      ...gold,
      relations: [{ ...gold.relations[0], type: "helped" }],
    }),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run eval", { timeout: 60_000 }, () => {
  it("ends with the corpus totals and lists the missed claim with its quote", () => {
    const run = runCli("eval", ["--docs", join(dir, "docs"), "--gold", join(dir, "gold")]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-3)).toMatch(
      /^relations {2}P \d\.\d\d {2}R 0\.00 {2}F1 0\.00 {2}\(correct \d+\/\d+ claimed, found 0\/1 gold\)$/,
    );
    expect(lines.at(-2)).toMatch(/^entities {3}P \d\.\d\d {2}R \d\.\d\d {2}F1 \d\.\d\d/);
    // No attribution in this gold: nothing to score, and the line says so with zero counts.
    expect(lines.at(-1)).toMatch(
      /^claimants {2}P 1\.00 {2}R 1\.00 {2}F1 1\.00 {2}\(correct 0\/0 claimed, found 0\/0 gold\)$/,
    );
    expect(run.stdout).toContain("relations by document");
    expect(run.stdout).toContain("relations by edge type");
    expect(run.stdout).toContain("member-of: Estonia → NATO\n      “Estonia, a NATO member”");
  });

  it("prints the machine-readable report with --json", () => {
    const run = runCli("eval", ["--docs", join(dir, "docs"), "--gold", join(dir, "gold"), "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.relations).toMatchObject({ gold: 1, found: 0, recall: 0 });
    expect(report.documents[0].doc).toBe("tallinn.txt");
    expect(report.documents[0].missed[0]).toMatchObject({ type: "member-of", source: "state:estonia" });
  });

  it("names the gold file and the path of a problem in it", () => {
    const run = runCli("eval", ["--docs", join(dir, "docs"), "--gold", join(dir, "bad-gold")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, "bad-gold", "tallinn.json")}:`);
    expect(run.stderr).toContain("relations[0].type: expected one of");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGazetteerFile } from "../../src/cli/gazetteer-file";
import { tempFolder } from "./run-cli";

let dir: string;

beforeAll(async () => {
  dir = await tempFolder({
    "good.json": JSON.stringify({
      entities: [{ key: "agency:ria", label: "RIA", type: "agency", country: "state:estonia" }],
    }),
    "not-json.json": "{ entities: [",
    "wrong-type.json": JSON.stringify({ entities: [{ key: "agency:ria", label: "RIA", type: "ministry" }] }),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("readGazetteerFile", () => {
  it("reads a valid gazetteer", async () => {
    const result = await readGazetteerFile(join(dir, "good.json"), true);
    expect(result).toMatchObject({ ok: true, gazetteer: { entities: [{ key: "agency:ria", aliases: [] }] } });
  });

  it("goes on without the default gazetteer when it is missing, saying so", async () => {
    const path = join(dir, "absent.json");
    expect(await readGazetteerFile(path, false)).toEqual({
      ok: true,
      gazetteer: { entities: [] },
      warning: `${path}: no gazetteer found; only countries and names found by NLP are known`,
    });
  });

  it("refuses a gazetteer the user named that does not exist", async () => {
    const path = join(dir, "absent.json");
    expect(await readGazetteerFile(path, true)).toEqual({
      ok: false,
      message: `${path}: cannot read the gazetteer (no such file)`,
    });
  });

  it("names the file for bad JSON and the entry and field for a bad value", async () => {
    const bad = await readGazetteerFile(join(dir, "not-json.json"), true);
    expect(bad.ok || bad.message).toMatch(/not-json\.json is not a valid gazetteer:\n {2}not valid JSON/);
    const wrong = await readGazetteerFile(join(dir, "wrong-type.json"), true);
    expect(wrong.ok || wrong.message).toContain(
      'entry entities[0] ("agency:ria"), field type: expected one of "state"',
    );
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import countries from "world-countries";
import { describe, expect, it } from "vitest";
import { formatProblem, nodeKey, parseGazetteer, type GazetteerEntry } from "../../src/model";
import { normalizeName } from "../../src/eval/normalize";
import { fold } from "../../src/extract/text";

const FILE = fileURLToPath(new URL("../../graph-data/entities.json", import.meta.url));
const text = readFileSync(FILE, "utf8");

function shipped(): GazetteerEntry[] {
  const parsed = parseGazetteer(text);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  return parsed.value.entities;
}

/** The state keys the extractor builds from world-countries (`state:<slug of name.common>`). */
const WORLD_STATES = new Set(countries.map((c) => nodeKey("state", c.name.common)));

/**
 * Names the extractor already reads from world-countries for states: common and official names,
 * capitals and demonyms. An actor of another type sharing one of them would steal the state's mentions.
 */
const WORLD_NAMES = new Set(
  countries.flatMap((c) =>
    [c.name.common, c.name.official, ...(c.capital ?? []), c.demonyms?.eng?.m ?? ""].map(normalizeName),
  ),
);

/**
 * Aliases shared across types on purpose, each with why. The extractor picks one by context; the
 * test fails when a new cross-type clash appears so that it is a decision, not an accident.
 */
const DELIBERATE_CROSS_TYPE: Record<string, string> = {};

const names = (e: GazetteerEntry) => [e.label, ...e.aliases];

describe("the shipped gazetteer (graph-data/entities.json)", () => {
  const entities = shipped();
  const byKey = new Map(entities.map((e) => [e.key, e]));

  it("passes parseGazetteer and holds a few hundred well-known actors of every kind", () => {
    expect(entities.length).toBeGreaterThanOrEqual(200);
    const perType = new Map<string, number>();
    for (const e of entities) perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    expect(perType.get("agency")).toBeGreaterThanOrEqual(80);
    expect(perType.get("group")).toBeGreaterThanOrEqual(40);
    expect(perType.get("organization")).toBeGreaterThanOrEqual(20);
    expect(perType.get("state")).toBeGreaterThanOrEqual(5);
    expect(perType.get("person")).toBeGreaterThanOrEqual(10);
  });

  it("is written sorted by type then key, indented by two spaces, so diffs of user additions stay readable", () => {
    const order = entities.map((e) => `${e.type}\u0000${e.key}`);
    expect(order).toEqual([...order].sort());
    const oddIndent = text.split("\n").filter((line) => /^( {2})* [^ ]/.test(line));
    expect(oddIndent).toEqual([]);
  });

  it("keys states by world-countries' slug so the extractor merges them with its country names", () => {
    const states = entities.filter((e) => e.type === "state");
    expect(states.map((e) => e.key).filter((k) => !WORLD_STATES.has(k))).toEqual([]);
  });

  it("points every country, sponsor and parent at a known state or an organization of the file", () => {
    const isState = (key: string) => WORLD_STATES.has(key) || byKey.get(key)?.type === "state";
    const dangling: string[] = [];
    for (const e of entities) {
      if (e.country !== undefined && !isState(e.country)) dangling.push(`${e.key}.country → ${e.country}`);
      if (e.sponsor !== undefined && !isState(e.sponsor)) dangling.push(`${e.key}.sponsor → ${e.sponsor}`);
      // part-of allows a state or an organization as target, never another agency.
      if (e.parent !== undefined && !isState(e.parent) && byKey.get(e.parent)?.type !== "organization")
        dangling.push(`${e.key}.parent → ${e.parent}`);
    }
    expect(dangling).toEqual([]);
  });

  it("uses each field only on the types the data model gives it, and places every agency", () => {
    const misplaced = entities.flatMap((e) => [
      ...(e.country !== undefined && e.type !== "agency" && e.type !== "person" ? [`${e.key}.country`] : []),
      ...(e.parent !== undefined && e.type !== "agency" ? [`${e.key}.parent`] : []),
      ...(e.role !== undefined && e.type !== "person" ? [`${e.key}.role`] : []),
      ...(e.sponsor !== undefined && e.type !== "group" ? [`${e.key}.sponsor`] : []),
      ...(e.date !== undefined && e.type !== "incident" ? [`${e.key}.date`] : []),
      ...(e.type === "agency" && e.country === undefined && e.parent === undefined
        ? [`${e.key}: no country or parent`]
        : []),
      ...(e.type === "person" && !e.role ? [`${e.key}: no role`] : []),
    ]);
    expect(misplaced).toEqual([]);
  });

  it("gives agencies sharing an acronym distinct keys and one country each, so context can pick one", () => {
    const ncsc = entities.filter((e) => e.type === "agency" && e.aliases.includes("NCSC"));
    expect(ncsc.map((e) => e.country)).toEqual(
      expect.arrayContaining(["state:united-kingdom", "state:netherlands"]),
    );
    expect(new Set(ncsc.map((e) => e.country)).size).toBe(ncsc.length);
  });

  it("lets no bare name of one state's body capture another's ('NSA' is the US agency only)", () => {
    const holders = (name: string) =>
      entities.filter((e) => e.type === "agency" && names(e).includes(name)).map((e) => e.key);
    expect(holders("NSA")).toEqual(["agency:nsa"]);
    expect(holders("National Security Agency")).toEqual(["agency:nsa"]);
    // Montenegro's agency is still found by its own names.
    expect(names(byKey.get("agency:montenegro-nsa")!)).toEqual(
      expect.arrayContaining(["ANB", "National Security Agency of Montenegro"]),
    );
  });

  it("lists well-known operations and malware as dated incidents with their other names", () => {
    const incidents = entities.filter((e) => e.type === "incident");
    expect(incidents.length).toBeGreaterThanOrEqual(10);
    expect(incidents.filter((e) => !e.date).map((e) => e.key)).toEqual([]);
    expect(byKey.get("incident:notpetya")).toMatchObject({ date: "2017-06" });
    expect(byKey.get("incident:sunburst")?.aliases).toContain("Sunburst");
  });

  it("keeps one node per threat group, its vendor names as aliases and its public sponsor", () => {
    const apt28 = byKey.get("group:apt28");
    expect(apt28?.sponsor).toBe("state:russia");
    expect(apt28?.aliases).toEqual(
      expect.arrayContaining(["Fancy Bear", "Sofacy", "Strontium", "Forest Blizzard"]),
    );
    // A name is one group's only: "Cozy Bear" must not also be a second node.
    const owners = new Map<string, string[]>();
    for (const e of entities.filter((x) => x.type === "group"))
      for (const form of new Set(names(e).map(normalizeName)))
        owners.set(form, [...(owners.get(form) ?? []), e.key]);
    expect([...owners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });

  it("keeps a state's military unit an agency of that state, not a name of the group said to be it", () => {
    // "Unit 26165 of the GRU ran Fancy Bear" is a group -> sponsor claim; as an alias it would vanish into the group.
    const unitNames = entities
      .filter((e) => e.type === "group")
      .flatMap((e) =>
        names(e)
          .filter((n) => /\bunit\s+\d+/i.test(n))
          .map((n) => `${e.key}: ${n}`),
      );
    expect(unitNames).toEqual([]);
    expect(byKey.get("agency:gru-unit-26165")).toMatchObject({ type: "agency", country: "state:russia" });
    expect(byKey.get("agency:pla-unit-61398")).toMatchObject({ type: "agency", country: "state:china" });
  });

  it("lists no alias twice in one entry up to case and accents", () => {
    // Spellings that differ by punctuation stay ("Kim Jong-un", "Kim Jong Un"): the tokenizer keeps
    // hyphenated words whole, so each matches text the other does not.
    const repeated = entities.flatMap((e) => {
      const forms = names(e).map(fold);
      return forms.filter((f, i) => forms.indexOf(f) !== i).map((f) => `${e.key}: ${f}`);
    });
    expect(repeated).toEqual([]);
  });

  it("shares no name between entries of different types unless listed as deliberate", () => {
    const typesByForm = new Map<string, Set<string>>();
    for (const e of entities)
      for (const form of names(e).map(normalizeName))
        typesByForm.set(form, (typesByForm.get(form) ?? new Set()).add(e.type));
    const clashes = [...typesByForm]
      .filter(([form, types]) => types.size > 1 && !(form in DELIBERATE_CROSS_TYPE))
      .map(([form, types]) => `${form}: ${[...types].sort().join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("does not give an agency, organization, group or person a country's name, capital or demonym", () => {
    const stolen = entities
      .filter((e) => e.type !== "state")
      .flatMap((e) =>
        names(e)
          .filter((n) => WORLD_NAMES.has(normalizeName(n)))
          .map((n) => `${e.key}: ${n}`),
      );
    expect(stolen).toEqual([]);
  });
});

describe("parseGazetteer on a malformed user file", () => {
  const base = () => JSON.parse(text) as { entities: Record<string, unknown>[] };

  it("names the entry and field of a country that is not a state key", () => {
    const file = base();
    file.entities[3] = { ...file.entities[3], country: "France" };
    const parsed = parseGazetteer(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(formatProblem)).toEqual([
      "entities[3].country: expected a state key such as state:france",
    ]);
  });

  it("names the entry and field of a missing label, a wrong type and a key without its type prefix", () => {
    const file = base();
    delete file.entities[0]!.label;
    file.entities[1] = { ...file.entities[1], type: "country" };
    const broken = parseGazetteer(file);
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    const messages = broken.problems.map(formatProblem);
    expect(messages).toContain("entities[0].label: expected a string");
    expect(messages.some((m) => m.startsWith("entities[1].type: expected one of "))).toBe(true);

    const misfiled = base();
    misfiled.entities[2] = { ...misfiled.entities[2], key: "group:anssi", sponsor: "Russia" };
    const parsed = parseGazetteer(misfiled);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(formatProblem)).toEqual([
      `entities[2].key: "group:anssi" must start with its type "${String(misfiled.entities[2]!.type)}:"`,
      "entities[2].sponsor: expected a state key such as state:russia",
    ]);
  });

  it("reports a file that is not JSON instead of throwing", () => {
    const parsed = parseGazetteer(`${text.slice(0, 200)}`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(formatProblem(parsed.problems[0]!)).toMatch(/^not valid JSON/);
  });
});

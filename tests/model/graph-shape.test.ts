import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SerializedGraphSchema } from "../../src/model";
import { hasGraphShape, withDefaults } from "../../src/model/shape";
import { syntheticGraph } from "../../src/cli/bench/synthetic-graph";

/** A small valid file using every field, optional ones included. */
const VALID = JSON.stringify(syntheticGraph(30, 40, 7));
const validFile = (): Record<string, unknown> => JSON.parse(VALID);

const ODD_VALUES = [
  "",
  "x",
  "2022-13",
  "2022-08",
  -1,
  0,
  0.5,
  1.5,
  2 ** 53,
  NaN,
  Infinity,
  null,
  true,
  [],
  {},
  ["a"],
  [1],
  undefined,
];

/** Every path to a value inside `value`, so a mutation can hit any field at any depth. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function mutate(file: Record<string, unknown>, path: (string | number)[], value: unknown, extraKey: boolean) {
  if (path.length === 0) return;
  let parent = file as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (extraKey && parent[last] && typeof parent[last] === "object" && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>).unexpected = value;
  else parent[last] = value;
}

describe("the fast path of loadGraph", () => {
  it("is taken by valid files, and gives the schema's output", () => {
    const file = validFile();
    expect(hasGraphShape(file)).toBe(true);
    const zod = SerializedGraphSchema.parse(file);
    expect(withDefaults(validFile(), false)).toEqual(zod);
  });

  it("fills the schema's defaults", () => {
    const file = validFile() as {
      nodes: { attributes: Record<string, unknown> }[];
      edges: { attributes: Record<string, unknown> }[];
    };
    delete file.nodes[0]!.attributes.aliases;
    delete file.edges[0]!.attributes.stance;
    delete file.edges[0]!.attributes.claimants;
    expect(hasGraphShape(file)).toBe(true);
    expect(withDefaults(file, true)).toEqual(SerializedGraphSchema.parse(file));
  });

  it("never accepts what the schema rejects, and agrees with its output when it accepts", () => {
    const base = validFile();
    const check = (file: Record<string, unknown>) => {
      if (!hasGraphShape(file)) return 0;
      const parsed = SerializedGraphSchema.safeParse(file);
      expect(parsed.success, JSON.stringify(file).slice(0, 300)).toBe(true);
      expect(withDefaults(structuredClone(file), true)).toEqual(parsed.data);
      return 1;
    };
    // Every field at every depth, set to every odd value, and an unknown key added to every object.
    let accepted = 0;
    for (const path of paths(base))
      for (const value of ODD_VALUES)
        for (const extraKey of [false, true]) {
          const file = validFile();
          mutate(file, path, value, extraKey);
          accepted += check(file);
        }
    expect(accepted).toBeGreaterThan(0);
    // And random pairs and triples of such changes.
    const allPaths = paths(base);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(allPaths.length - 1), fc.constantFrom(...ODD_VALUES), fc.boolean()), {
          minLength: 2,
          maxLength: 3,
        }),
        (mutations) => {
          const file = validFile();
          try {
            for (const [index, value, extraKey] of mutations) mutate(file, allPaths[index]!, value, extraKey);
          } catch {
            return; // an earlier change removed the path of a later one
          }
          check(file);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  }, 60_000); // thousands of schema runs: seconds on a loaded 2-core machine
});

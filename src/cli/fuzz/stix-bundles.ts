/**
 * Generated STIX 2.1 bundles for `parseStixBundle`: our own export of generated graphs, bundles of
 * arbitrary objects wired to each other (or to nothing), the exported bundles with one known fault,
 * and any JSON. A bundle that imports must give a graph `loadGraph` accepts; a faulty one must be
 * refused with a problem at the fault's path; nothing may throw.
 */
import fc from "fast-check";
import { formatProblem, loadGraph, serializeGraph, type SerializedClaimGraph } from "../../model";
import { parseStixBundle, type StixLoadResult } from "../../io/stix/import";
import { writeStixBundle } from "../../io/stix/export";
import { breakInput, check, checkFaultNamed, type Breaker as BreakerOf } from "./check";
import { validGraph } from "./graph-files";
import { anyText, someText } from "./text";

const NOW = new Date("2026-12-02T05:00:00.000Z");
const TYPES = [
  "identity",
  "location",
  "threat-actor",
  "intrusion-set",
  "campaign",
  "incident",
  "report",
  "note",
] as const;
const RELATIONSHIPS = [
  "attributed-to",
  "targets",
  "related-to",
  "uses",
  "located-at",
  "authored-by",
  "x-made-up",
];

type StixObject = Record<string, unknown> & { type: string; id: string };

const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A bundle of arbitrary objects whose refs point at each other, at missing objects, or at nothing valid. */
const wiredBundle = fc
  .record({
    objects: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        name: someText(30),
        extra: fc.dictionary(
          fc.constantFrom(
            "identity_class",
            "country",
            "roles",
            "aliases",
            "description",
            "x_claimgraph_key",
            "published",
            "content",
          ),
          fc.oneof(anyText(), fc.array(anyText(), { maxLength: 2 }), fc.integer()),
        ),
        creator: fc.option(fc.nat(), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
    relationships: fc.array(
      fc.record({
        type: fc.constantFrom(...RELATIONSHIPS),
        source: fc.nat(),
        target: fc.nat(),
        claimType: fc.option(fc.constantFrom("attacked", "denied", "assisted", "nonsense"), {
          nil: undefined,
        }),
        creator: fc.option(fc.nat(), { nil: undefined }),
      }),
      { maxLength: 10 },
    ),
    opinions: fc.array(
      fc.record({
        target: fc.nat(),
        by: fc.nat(),
        opinion: fc.constantFrom("strongly-disagree", "agree", "??"),
      }),
      {
        maxLength: 2,
      },
    ),
  })
  .map(({ objects, relationships, opinions }) => {
    const made: StixObject[] = objects.map((o, i) => ({
      type: o.type,
      id: id(o.type, i),
      spec_version: "2.1",
      created: "2026-01-01T00:00:00.000Z",
      modified: "2026-01-01T00:00:00.000Z",
      name: o.name,
      ...(o.type === "report" && { published: "2026-01-01T00:00:00.000Z", object_refs: [] }),
      ...(o.type === "note" && { content: o.name, object_refs: [id("relationship", 0)] }),
      ...(o.type === "location" && { country: o.name.slice(0, 2).toUpperCase() }),
      ...(o.creator !== undefined && { created_by_ref: id("identity", o.creator % 12) }),
    }));
    // Extra properties only where the schema reads them as what they are (text where text is read).
    made.forEach((o, i) => {
      for (const [key, value] of Object.entries(objects[i]!.extra))
        if (typeof value === "string") o[`x_fuzz_${key}`] = value;
    });
    const ref = (n: number) => (made.length ? made[n % made.length]!.id : id("identity", n));
    relationships.forEach((r, i) =>
      made.push({
        type: "relationship",
        id: id("relationship", i),
        spec_version: "2.1",
        created: "2026-01-01T00:00:00.000Z",
        modified: "2026-01-01T00:00:00.000Z",
        relationship_type: r.type,
        source_ref: ref(r.source),
        target_ref: r.target % 5 === 4 ? id("identity", 999) : ref(r.target),
        ...(r.claimType && { x_claimgraph_claim_type: r.claimType }),
        ...(r.creator !== undefined && { created_by_ref: ref(r.creator) }),
      }),
    );
    opinions.forEach((o, i) =>
      made.push({
        type: "opinion",
        id: id("opinion", i),
        spec_version: "2.1",
        created: "2026-01-01T00:00:00.000Z",
        modified: "2026-01-01T00:00:00.000Z",
        opinion: o.opinion,
        object_refs: [ref(o.target)],
        created_by_ref: ref(o.by),
      }),
    );
    return { type: "bundle", id: id("bundle", 0), objects: made };
  });

/** Our own export of a generated graph; written in the property, so an exporter crash is a counterexample. */
function exportBundle(serialized: SerializedClaimGraph): Bundle {
  const loaded = loadGraph(serialized);
  if (!loaded.ok) throw new Error(`generator bug: ${loaded.problems.map(formatProblem).join("; ")}`);
  return JSON.parse(writeStixBundle(loaded.graph, { now: NOW })) as Bundle;
}

type Bundle = { type: string; objects: StixObject[] };
type Breaker = BreakerOf<Bundle>;

const objectWhere = (bundle: Bundle, pick: number, test: (o: StixObject) => boolean) => {
  const indices = bundle.objects.flatMap((o, i) => (test(o) ? [i] : []));
  if (!indices.length) return undefined;
  const i = indices[pick % indices.length]!;
  return [bundle.objects[i]!, i] as const;
};

const BREAKERS: Breaker[] = [
  (bundle) => {
    bundle.type = "<svg onload=alert(1)>";
    return { name: "type that is not bundle", path: "type" };
  },
  (bundle) => {
    (bundle as { objects: unknown }).objects = "javascript:alert(1)";
    return { name: "objects that are not a list", path: "objects" };
  },
  (bundle, pick) => {
    const found = objectWhere(bundle, pick, () => true);
    if (!found) return undefined;
    (found[0] as { id: unknown }).id = 42;
    return { name: "numeric id", path: `objects[${found[1]}].id` };
  },
  (bundle, pick) => {
    const found = objectWhere(bundle, pick, (o) => typeof o.name === "string" && o.type !== "location");
    if (!found) return undefined;
    delete found[0].name;
    return { name: `${found[0].type} without a name`, path: `objects[${found[1]}].name` };
  },
  (bundle, pick) => {
    const found = objectWhere(bundle, pick, (o) => o.type === "relationship");
    if (!found) return undefined;
    found[0].source_ref = "<img src=x onerror=alert(1)>";
    return { name: "relationship from a malformed ref", path: `objects[${found[1]}].source_ref` };
  },
  (bundle, pick) => {
    const found = objectWhere(bundle, pick, (o) => o.type === "report");
    if (!found) return undefined;
    found[0].published = "yesterday";
    return { name: "report with no timestamp", path: `objects[${found[1]}].published` };
  },
  (bundle, pick) => {
    const found = objectWhere(bundle, pick, (o) => o.type === "note");
    if (!found) return undefined;
    found[0].x_claimgraph_start = -5;
    return { name: "note with a negative offset", path: `objects[${found[1]}].x_claimgraph_start` };
  },
];

function checkImported(result: StixLoadResult, what: string) {
  if (!result.ok) {
    check(
      result.problems.length > 0 && result.problems.every((p) => p.message.length > 0),
      () => `${what} was refused without a message`,
    );
    return;
  }
  const reloaded = loadGraph(JSON.parse(JSON.stringify(serializeGraph(result.graph))));
  check(
    reloaded.ok,
    () =>
      `${what} imported as an invalid graph: ${reloaded.ok ? "" : reloaded.problems.map(formatProblem).join("; ")}`,
  );
  for (const notice of result.notices)
    check(typeof notice === "string" && notice.length > 0, () => `${what}: an empty notice`);
}

export const stixBundleProperty = fc.property(
  fc.oneof(
    { weight: 3, arbitrary: validGraph.map((graph) => ({ kind: "exported" as const, graph })) },
    { weight: 3, arbitrary: wiredBundle.map((bundle) => ({ kind: "wired" as const, bundle })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(validGraph, fc.nat(BREAKERS.length - 1), fc.nat())
        .map(([graph, which, pick]) => ({ kind: "faulty" as const, graph, which, pick })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((json) => ({ kind: "any" as const, json })) },
  ),
  (input) => {
    switch (input.kind) {
      case "exported": {
        const result = parseStixBundle(JSON.stringify(exportBundle(input.graph)), "export.json", NOW);
        check(
          result.ok,
          () =>
            `our own export was refused: ${result.ok ? "" : result.problems.map(formatProblem).join("; ")}`,
        );
        checkImported(result, "our own export");
        return;
      }
      case "wired":
        checkImported(
          parseStixBundle(JSON.stringify(input.bundle), "wired.json", NOW),
          "a bundle of wired objects",
        );
        return;
      case "faulty": {
        const bundle = exportBundle(input.graph);
        const fault = breakInput(BREAKERS, bundle, input.which, input.pick);
        checkFaultNamed(parseStixBundle(JSON.stringify(bundle), "faulty.json", NOW), fault, "a bundle");
        return;
      }
      case "any":
        checkImported(parseStixBundle(JSON.stringify(input.json) ?? "", "any.json", NOW), "a JSON value");
        return;
    }
  },
);

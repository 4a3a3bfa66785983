/**
 * A STIX 2.1 bundle into the claim graph. Identities become people, organizations or states (when
 * they name a country), locations with a country states, threat actors and intrusion sets groups,
 * campaigns and incidents incidents; relationships become claims (`attributed-to` stays so,
 * `targets` from an incident is `attacked`, `related-to` with our custom claim type is that claim)
 * and a disagreeing opinion on an incident or its attribution a denial. The claimant of a claim is
 * the identity its relationship was created by; its evidence the notes on it, else the reports
 * that list it, else a synthetic document of the bundle saying where the claim came from. What
 * has no place in the model is counted and named in a notice. Objects of our own export
 * (vocabulary.ts) come back with their keys, dates, stances and quotes.
 */
import {
  createClaimGraph,
  EDGE_TYPES,
  edgeAllowed,
  edgeKey,
  loadGraph,
  nodeKey,
  ORIGINS,
  problemsFromZod,
  ReviewSchema,
  serializeGraph,
  STANCES,
  STIX_OBJECT_SCHEMAS,
  StixBundleSchema,
  isStixReadType,
  type AnyStixReadObject,
  type StixReadObject,
  type ClaimGraph,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
  type Problem,
} from "../../model";
import { parseJsonText } from "../../model/json-text";
import { countryNamed, countryOfCode } from "./countries";
import { attachEvidence } from "./evidence";
import { typeOfId } from "./ids";
import { of, partialDate, type PendingClaim } from "./pending";

export type StixLoadResult =
  | {
      ok: true;
      graph: ClaimGraph;
      /** What was not imported, counted and named; what stands in for missing evidence. */
      notices: string[];
      /** The text of the documents made from the bundle (notes, reports, the synthetic one), by id. */
      texts: Map<string, string>;
    }
  | { ok: false; problems: Problem[] };

/** Reads a bundle's text; `name` (the file name) titles the graph and its notices. Never throws. */
export function parseStixBundle(text: string, name: string, now = new Date()): StixLoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const bundle = StixBundleSchema.safeParse(json.json);
  if (!bundle.success) return { ok: false, problems: problemsFromZod(bundle.error) };
  const problems: Problem[] = [];
  const read: AnyStixReadObject[] = [];
  const other: string[] = [];
  bundle.data.objects.forEach((object, i) => {
    if (!isStixReadType(object.type)) return void other.push(object.type);
    const parsed = STIX_OBJECT_SCHEMAS[object.type].safeParse(object);
    if (parsed.success) read.push(parsed.data as AnyStixReadObject);
    else problems.push(...problemsFromZod(parsed.error, ["objects", i]));
  });
  if (problems.length > 0) return { ok: false, problems };
  try {
    return importObjects(read, other, name, now);
  } catch (error) {
    // A bug of ours must still not blank the page or crash the command.
    return {
      ok: false,
      problems: [{ path: "", message: `could not be imported (${(error as Error).message})` }],
    };
  }
}

function importObjects(
  objects: AnyStixReadObject[],
  other: string[],
  name: string,
  now: Date,
): StixLoadResult {
  const nodes = new Map<string, NodeAttributes>();
  const nodeOf = new Map<string, string>();
  // What is not imported: a count per kind of thing, and per detail (e.g. relationship type) in it.
  const skipped = new Map<string, Map<string, number>>();
  const skip = (what: string, detail = "") => {
    const details = skipped.get(what) ?? skipped.set(what, new Map()).get(what)!;
    details.set(detail, (details.get(detail) ?? 0) + 1);
  };

  const addNode = (
    object: AnyStixReadObject,
    type: NodeType,
    label: string,
    extra: Partial<NodeAttributes> = {},
  ) => {
    const own = object.x_claimgraph_key;
    const key =
      own?.startsWith(`${type}:`) && own.length > type.length + 1
        ? own
        : nodeKey(type, label).length > type.length + 1
          ? nodeKey(type, label)
          : `${type}:${object.id.slice(object.id.indexOf("--") + 2, object.id.indexOf("--") + 10)}`;
    const names = [
      label,
      ...("name" in object && object.name ? [object.name] : []),
      ...(("aliases" in object && object.aliases) || []),
      ...(object.x_claimgraph_aliases ?? []),
    ];
    const [x, y] = object.x_claimgraph_position ?? [];
    const position = x !== undefined && y !== undefined ? { x, y } : {};
    const node = nodes.get(key) ?? { label, type, aliases: [], mentions: [], ...position, ...extra };
    nodes.set(key, node);
    for (const alias of names)
      if (alias !== node.label && !node.aliases.includes(alias)) node.aliases.push(alias);
    nodeOf.set(object.id, key);
    return key;
  };

  // Nodes. Threat actors and identities of our own export that stand for another object wait.
  const standIns: AnyStixReadObject[] = [];
  for (const object of objects) {
    if (object.x_claimgraph_stands_for && (object.type === "threat-actor" || object.type === "identity")) {
      standIns.push(object);
      continue;
    }
    switch (object.type) {
      case "identity":
        addIdentity(object);
        break;
      case "location": {
        const country = object.country ? countryOfCode(object.country) : undefined;
        if (country) addNode(object, "state", country.name, {});
        else skip("locations with no country (regions, cities, coordinates)");
        break;
      }
      case "threat-actor":
      case "intrusion-set":
        addNode(object, "group", object.name);
        break;
      case "campaign":
      case "incident": {
        const date =
          object.x_claimgraph_date ?? partialDate("first_seen" in object ? object.first_seen : undefined);
        const endDate =
          ("x_claimgraph_end_date" in object ? object.x_claimgraph_end_date : undefined) ??
          partialDate("last_seen" in object ? object.last_seen : undefined);
        const kind = "x_claimgraph_kind" in object ? object.x_claimgraph_kind : undefined;
        addNode(object, "incident", object.name, {
          ...(date ? { date } : {}),
          ...(endDate ? { endDate } : {}),
          ...(kind ? { kind } : {}),
        });
        break;
      }
    }
  }
  for (const object of standIns) {
    const target = nodeOf.get(object.x_claimgraph_stands_for!);
    if (target) nodeOf.set(object.id, target);
    else if (object.type === "identity") addIdentity(object);
    else if (object.type === "threat-actor") addNode(object, "group", object.name);
  }

  function addIdentity(identity: StixReadObject<"identity">) {
    const declared = identity.x_claimgraph_node_type;
    const role = identity.roles?.[0];
    switch (identity.identity_class) {
      case "individual":
        return addNode(identity, "person", identity.name, role ? { role } : {});
      case "group":
        return addNode(identity, "group", identity.name);
      case "system":
        return skip("identities of class system (software, not actors)");
    }
    if (declared === "state" || declared === "agency" || declared === "organization")
      return addNode(identity, declared, identity.name);
    const country = countryNamed(identity.name);
    if (country) return addNode(identity, "state", country.name);
    return addNode(identity, "organization", identity.name);
  }

  // Claims.
  const claims = new Map<string, PendingClaim>();
  const claimsOfRef = new Map<string, PendingClaim>();
  const nodeType = (key: string) => nodes.get(key)!.type;
  const claimOf = (
    type: EdgeType,
    source: string,
    target: string,
    ref: AnyStixReadObject & { id: string },
  ) => {
    const key = edgeKey(type, source, target);
    const claim =
      claims.get(key) ??
      ({
        type,
        source,
        target,
        refs: [],
        claimants: new Set(),
        confidence: 0,
        evidence: [],
        summary: `${nodes.get(source)!.label} ${type} ${nodes.get(target)!.label}`,
      } satisfies PendingClaim);
    claims.set(key, claim);
    claim.refs.push(ref.id);
    claimsOfRef.set(ref.id, claim);
    return claim;
  };
  const addClaimant = (claim: PendingClaim, ref: string | undefined) => {
    if (!ref) return;
    const claimant = nodeOf.get(ref);
    if (claimant) claim.claimants.add(claimant);
    else skip("claimants (created_by_ref) that are not an identity of the bundle");
  };
  const readClaim = (
    claim: PendingClaim,
    object: StixReadObject<"relationship"> | StixReadObject<"opinion">,
  ) => {
    const stance = STANCES.find((s) => s === object.x_claimgraph_stance);
    claim.stance = claim.stance === "asserted" ? "asserted" : (stance ?? "asserted");
    claim.date ??= object.x_claimgraph_date ?? partialDate(object.start_time);
    claim.confidence = Math.max(
      claim.confidence,
      object.confidence === undefined ? 1 : object.confidence / 100,
    );
    claim.origin ??= ORIGINS.find((o) => o === object.x_claimgraph_origin);
    const review = ReviewSchema.safeParse(object.x_claimgraph_review);
    if (review.success) claim.review ??= review.data;
  };

  const endsOf = (relationship: StixReadObject<"relationship">) =>
    `${typeOfId(relationship.source_ref)} → ${typeOfId(relationship.target_ref)}`;
  for (const relationship of of(objects, "relationship")) {
    if (relationship.x_claimgraph_structural) continue; // links our export adds; no claim of anyone
    const source = nodeOf.get(relationship.source_ref);
    const target = nodeOf.get(relationship.target_ref);
    const what = `"${relationship.relationship_type}" ${endsOf(relationship)}`;
    if (!source || !target) {
      skip("relationships with an end of a type not imported", what);
      continue;
    }
    if (relationship.relationship_type === "located-at" && nodeType(target) === "state") {
      const node = nodes.get(source)!;
      if (node.type === "person" || node.type === "agency") {
        node.country ??= target;
        continue;
      }
    }
    const type = claimTypeOf(relationship, nodeType(source));
    if (!type) skip("relationships of a type with no claim in the claim graph", what);
    else if (source === target) skip("relationships from an object to itself", what);
    else if (!edgeAllowed(type, nodeType(source), nodeType(target)))
      skip(
        "relationships the claim graph does not allow between their ends",
        `"${type}" ${nodeType(source)} → ${nodeType(target)}`,
      );
    else {
      const claim = claimOf(type, source, target, relationship);
      addClaimant(claim, relationship.created_by_ref);
      readClaim(claim, relationship);
      if (relationship.description) claim.summary += `: ${relationship.description}`;
    }
  }

  for (const opinion of of(objects, "opinion")) {
    if (opinion.opinion !== "strongly-disagree" && opinion.opinion !== "disagree") {
      skip("opinions that do not disagree (only disagreement is a denial)", `"${opinion.opinion}"`);
      continue;
    }
    const denier = opinion.created_by_ref ? nodeOf.get(opinion.created_by_ref) : undefined;
    const incident = deniedIncident(opinion);
    if (!denier) skip("disagreeing opinions whose author (created_by_ref) is not imported");
    else if (!incident) skip("disagreeing opinions on neither an incident nor its attribution");
    else if (!edgeAllowed("denied", nodeType(denier), "incident"))
      skip("disagreeing opinions by an incident", "");
    else {
      const claim = claimOf("denied", denier, incident, opinion);
      for (const claimant of opinion.x_claimgraph_claimants ?? []) addClaimant(claim, claimant);
      readClaim(claim, opinion);
      if (opinion.explanation) claim.summary += `: ${opinion.explanation}`;
    }
  }

  function deniedIncident(opinion: StixReadObject<"opinion">): string | undefined {
    for (const ref of [opinion.x_claimgraph_incident, ...opinion.object_refs]) {
      if (!ref) continue;
      const direct = nodeOf.get(ref);
      if (direct && nodeType(direct) === "incident") return direct;
      const attribution = claimsOfRef.get(ref);
      if (attribution?.type === "attributed-to" && nodeType(attribution.source) === "incident")
        return attribution.source;
    }
    return undefined;
  }

  const { documents, texts, notices } = attachEvidence({
    objects,
    name,
    nodes,
    nodeOf,
    claims,
    claimsOfRef,
    skip,
  });

  const otherCounts = new Map<string, number>();
  for (const type of other) otherCounts.set(type, (otherCounts.get(type) ?? 0) + 1);
  if (other.length > 0)
    notices.push(
      `${name}: ${other.length} object${other.length > 1 ? "s" : ""} with no place in the claim graph ${other.length > 1 ? "were" : "was"} not imported: ${[
        ...otherCounts,
      ]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([type, n]) => `${n} ${type}`)
        .join(", ")}.`,
    );
  for (const [what, details] of skipped) {
    const total = [...details.values()].reduce((sum, n) => sum + n, 0);
    const named = [...details].filter(([detail]) => detail).map(([detail, n]) => `${n} ${detail}`);
    notices.push(`${name}: not imported: ${total} ${what}${named.length ? ` (${named.join(", ")})` : ""}.`);
  }

  const graph = createClaimGraph({
    title: `STIX bundle ${name}`,
    generatedAt: now.toISOString(),
    documents,
  });
  for (const [key, attributes] of nodes) graph.addNode(key, attributes);
  for (const [key, claim] of claims)
    graph.addEdgeWithKey(key, claim.source, claim.target, {
      type: claim.type,
      ...(claim.date ? { date: claim.date } : {}),
      claimants: [...claim.claimants],
      stance: claim.stance ?? "asserted",
      evidence: claim.evidence,
      confidence: claim.confidence,
      origin: claim.origin ?? "curated",
      ...(claim.review ? { review: claim.review } : {}),
    });
  // The one gate every graph passes: what we built must be a valid claim graph.
  const checked = loadGraph(serializeGraph(graph));
  if (!checked.ok) return checked;
  return { ok: true, graph: checked.graph, notices, texts };
}

/** The claim a relationship makes between nodes, if the claim graph has one for it. */
function claimTypeOf(relationship: StixReadObject<"relationship">, source: NodeType): EdgeType | undefined {
  const declared = EDGE_TYPES.find((t) => t === relationship.x_claimgraph_claim_type);
  if (declared) return declared;
  if (relationship.relationship_type === "attributed-to") return "attributed-to";
  if (relationship.relationship_type === "targets" && source === "incident") return "attacked";
  return undefined;
}

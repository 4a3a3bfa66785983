/**
 * The claim graph as a STIX 2.1 bundle, for OpenCTI, MISP and other threat-intelligence platforms.
 * The mapping (README, "STIX 2.1"): actors → identities (states also a location), groups →
 * intrusion sets, incidents → incidents; an actor blamed for an incident or a group also gets a
 * threat actor attributed to its identity; each claim → one relationship per claimant (the
 * claimant its `created_by_ref`); each quote → a note on those relationships; each denial → an
 * opinion by the denier; each article → a report. Ids are UUIDv5 of our keys (ids.ts).
 */
import type { ClaimGraph, DocumentMeta, EdgeAttributes, NodeType } from "../../model";
import { countryNamed } from "./countries";
import { stixId, typeOfId } from "./ids";
import { NODE_OBJECT, relationshipFor, X, type StixObjectType } from "./vocabulary";

export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

export interface StixExportOptions {
  /** The export time: `modified` of every object, and `published` of undated articles. */
  now?: Date;
}

/** Types whose actors STIX models as identities (and that a threat actor can stand for when blamed). */
const IDENTITY_TYPES: readonly NodeType[] = ["state", "agency", "organization", "person"];
const THREAT_ACTOR_TYPES: Partial<Record<NodeType, string[]>> = {
  state: ["nation-state"],
  agency: ["nation-state"],
};

export function writeStixBundle(graph: ClaimGraph, options: StixExportOptions = {}): string {
  return `${JSON.stringify(graphToStix(graph, options), null, 1)}\n`;
}

export function graphToStix(graph: ClaimGraph, { now = new Date() }: StixExportOptions = {}): StixBundle {
  const exportTime = now.toISOString();
  const generated = Date.parse(graph.getAttribute("generatedAt"));
  // `created` stays the graph's build time across re-exports; `modified` is this export.
  const stamps = {
    created:
      Number.isFinite(generated) && generated <= now.getTime()
        ? new Date(generated).toISOString()
        : exportTime,
    modified: exportTime,
  };
  const objects = new Map<string, StixObject>();
  const put = (type: StixObjectType, id: string, properties: Record<string, unknown>) => {
    if (!objects.has(id))
      objects.set(id, { type, spec_version: "2.1", id, ...stamps, ...defined(properties) });
    return id;
  };
  const label = (key: string) => graph.getNodeAttribute(key, "label");
  const nodeType = (key: string) => graph.getNodeAttribute(key, "type");
  const nodeId = (key: string) => stixId(NODE_OBJECT[nodeType(key)], key);
  const structural = (source: string, relationship: string, target: string) =>
    put("relationship", stixId("relationship", source, relationship, target), {
      relationship_type: relationship,
      source_ref: source,
      target_ref: target,
      [X.structural]: true,
    });

  graph.forEachNode((key, a) => {
    const position = Number.isFinite(a.x) && Number.isFinite(a.y) ? [a.x, a.y] : undefined;
    const common = { name: a.label, [X.key]: key, [X.nodeType]: a.type, [X.position]: position };
    if (a.type === "incident")
      put("incident", nodeId(key), {
        ...common,
        [X.aliases]: a.aliases,
        [X.date]: a.date,
        [X.endDate]: a.endDate,
        [X.kind]: a.kind,
      });
    else if (a.type === "group") put("intrusion-set", nodeId(key), { ...common, aliases: a.aliases });
    else {
      const country = a.country && graph.hasNode(a.country) ? label(a.country) : undefined;
      const identity = put("identity", nodeId(key), {
        ...common,
        identity_class: a.type === "person" ? "individual" : "organization",
        sectors: THREAT_ACTOR_TYPES[a.type] ? ["government-national"] : undefined,
        roles: a.role ? [a.role] : undefined,
        description: [a.role, country].filter(Boolean).join(", ") || undefined,
        [X.aliases]: a.aliases,
      });
      const code = a.type === "state" ? [a.label, ...a.aliases].map(countryNamed).find(Boolean) : undefined;
      if (code) {
        const location = put("location", stixId("location", key), {
          name: a.label,
          country: code.code,
          [X.key]: key,
        });
        structural(identity, "located-at", location);
      }
    }
  });

  /** The threat actor standing for a blamed state, agency or person, attributed to its identity. */
  const threatActor = (key: string) => {
    const id = stixId("threat-actor", key);
    if (objects.has(id)) return id;
    const a = graph.getNodeAttributes(key);
    put("threat-actor", id, {
      name: a.label,
      aliases: a.aliases,
      threat_actor_types: THREAT_ACTOR_TYPES[a.type],
      [X.key]: key,
      [X.standsFor]: nodeId(key),
    });
    structural(id, "attributed-to", nodeId(key));
    return id;
  };
  /** The identity a claimant signs with: its own, or one of class group standing for a group. */
  const claimantId = (key: string) => {
    if (IDENTITY_TYPES.includes(nodeType(key))) return nodeId(key);
    return put("identity", stixId("identity", key), {
      name: label(key),
      identity_class: nodeType(key) === "group" ? "group" : "unknown",
      [X.key]: key,
      [X.standsFor]: nodeId(key),
    });
  };
  const claimProperties = (key: string, e: EdgeAttributes) => ({
    confidence: Math.round(e.confidence * 100),
    [X.key]: key,
    [X.claimType]: e.type,
    [X.stance]: e.stance,
    [X.date]: e.date,
    [X.origin]: e.origin,
    [X.review]: e.review,
  });

  // What each article evidences, for its report's object_refs.
  const evidenced = new Map<string, Set<string>>();
  const cite = (doc: string, ...ids: string[]) => {
    const refs = evidenced.get(doc) ?? evidenced.set(doc, new Set()).get(doc)!;
    for (const id of ids) refs.add(id);
  };
  const documents = new Map(graph.getAttribute("documents").map((d) => [d.id, d]));
  const quoteNotes = (key: string, e: EdgeAttributes, copies: { id: string; claimant?: string }[]) =>
    e.evidence.forEach((ev, i) => {
      const own = ev.claimants?.length
        ? copies.filter((c) => c.claimant && ev.claimants!.includes(c.claimant))
        : [];
      const doc = documents.get(ev.doc);
      const note = put("note", stixId("note", key, String(i)), {
        abstract: `Quote from ${doc?.title ? `"${doc.title}"` : ev.doc}`,
        content: ev.quote,
        object_refs: (own.length ? own : copies).map((c) => c.id),
        external_references: doc ? articleReference(doc) : undefined,
        [X.document]: ev.doc,
        [X.start]: ev.start,
        [X.end]: ev.end,
        [X.evidenceClaimants]: ev.claimants?.filter((c) => graph.hasNode(c)).map(claimantId),
      });
      cite(ev.doc, note, ...copies.map((c) => c.id));
    });

  const copiesOf = new Map<string, { id: string; claimant?: string }[]>();
  const denials: string[] = [];
  graph.forEachEdge((key, e, source, target) => {
    if (e.type === "denied") return void denials.push(key);
    const blamed = e.type === "attributed-to" && IDENTITY_TYPES.includes(nodeType(target));
    const sourceRef = nodeId(source);
    const targetRef = blamed ? threatActor(target) : nodeId(target);
    const row = relationshipFor(
      e.type,
      typeOfId(sourceRef) as StixObjectType,
      typeOfId(targetRef) as StixObjectType,
    );
    if (!row) throw new Error(`no STIX mapping for a "${e.type}" claim from ${source} to ${target}`);
    const claimants = e.claimants.filter((c) => graph.hasNode(c));
    const copies = (claimants.length ? claimants : [undefined]).map((claimant) => ({
      claimant,
      id: put("relationship", stixId("relationship", key, claimant ?? ""), {
        relationship_type: row.relationship,
        source_ref: sourceRef,
        target_ref: targetRef,
        created_by_ref: claimant && claimantId(claimant),
        description: `${label(source)} ${e.type} ${label(target)}`,
        start_time: e.date && timestampOf(e.date),
        ...claimProperties(key, e),
      }),
    }));
    copiesOf.set(key, copies);
    for (const ev of e.evidence) cite(ev.doc, sourceRef, targetRef);
    quoteNotes(key, e, copies);
  });

  for (const key of denials) {
    const e = graph.getEdgeAttributes(key);
    const denier = graph.source(key);
    const incident = graph.target(key);
    // The attribution of this incident to the denier, when the graph has it; else the incident.
    const denied = copiesOf.get(`attributed-to:${incident}->${denier}`)?.map((c) => c.id) ?? [
      nodeId(incident),
    ];
    const opinion = put("opinion", stixId("opinion", key), {
      opinion: "strongly-disagree",
      created_by_ref: claimantId(denier),
      object_refs: denied,
      explanation: `${label(denier)} denies responsibility for ${label(incident)}.`,
      [X.incident]: nodeId(incident),
      [X.claimants]: e.claimants.filter((c) => graph.hasNode(c)).map(claimantId),
      ...claimProperties(key, e),
    });
    for (const ev of e.evidence) cite(ev.doc, claimantId(denier), nodeId(incident));
    quoteNotes(key, e, [{ id: opinion }]);
  }

  for (const doc of documents.values()) {
    const refs = evidenced.get(doc.id);
    if (!refs) continue; // an article that evidences nothing exported has nothing to report
    const report = put("report", stixId("report", doc.id), {
      name: doc.title || doc.id,
      published: doc.published ? timestampOf(doc.published) : exportTime,
      report_types: ["threat-report"],
      object_refs: [...refs],
      description: doc.publisher ? `Article published by ${doc.publisher}.` : undefined,
      external_references: articleReference(doc),
      [X.document]: doc.id,
      [X.chars]: doc.chars,
      [X.publisher]: doc.publisher,
      [X.date]: doc.published,
      [X.undated]: doc.published ? undefined : true,
    });
    if (!doc.published)
      put("note", stixId("note", doc.id, "undated"), {
        abstract: "Publication date unknown",
        content: `The article "${doc.title || doc.id}" gives no publication date: this report's "published" is the time of the export (${exportTime}), not of the article.`,
        object_refs: [report],
      });
  }

  return {
    type: "bundle",
    id: stixId("bundle", graph.getAttribute("title"), exportTime),
    objects: [...objects.values()],
  };
}

/** "2022", "2022-08", "2022-08-26" → the STIX timestamp of its first instant. */
function timestampOf(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}T00:00:00.000Z`;
}

/** The article as an external reference: its publisher, address (when a valid URL) and id. */
function articleReference(doc: DocumentMeta): Record<string, string | undefined>[] {
  // "cve" and "capec" are source names the spec reserves for their own identifiers.
  const source = doc.publisher && !/^(cve|capec)$/i.test(doc.publisher) ? doc.publisher : "article";
  return [
    defined({
      source_name: source,
      url: webAddress(doc.url),
      external_id: doc.id,
      description: doc.title || undefined,
    }),
  ];
}

function webAddress(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Drops undefined values and empty lists (STIX lists have at least one item). */
function defined<T extends Record<string, unknown>>(properties: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties))
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[name] = value;
  return out as T;
}

/**
 * New articles into a workspace's graph with the CLI's merging (src/graph/build.ts): the graph the
 * workspace has so far goes into the builder first, as if it were one document naming every entity
 * and making every claim, then each new article's extraction; incidents, entities and evidence merge
 * across them as they do in `npm run ingest`. The result is laid out as the CLI lays out its graph.
 */
import { createGraphBuilder } from "../../graph/build";
import { layoutGraph } from "../../graph/layout";
import type { ClaimGraph, DocumentMeta } from "../../model";
import type { DocumentExtraction, ExtractedEntity } from "../../extract/types";

/** A graph as one extraction: its nodes as entities (incidents with their targets), its edges as claims. */
export function graphAsExtraction(graph: ClaimGraph): DocumentExtraction {
  const entities: ExtractedEntity[] = graph.mapNodes((key, a) => {
    const entity: ExtractedEntity = {
      key,
      type: a.type,
      label: a.label,
      aliases: [...a.aliases],
      mentions: [...a.mentions],
    };
    if (a.country) entity.country = a.country;
    if (a.role) entity.role = a.role;
    if (a.date) entity.date = a.date;
    if (a.endDate) entity.endDate = a.endDate;
    if (a.kind) entity.kind = a.kind;
    if (a.type === "incident")
      entity.targets = graph.filterOutEdges(key, (_, e) => e.type === "attacked").map((e) => graph.target(e));
    return entity;
  });
  const claims = graph.mapEdges((_, a, source, target) => ({
    type: a.type,
    source,
    target,
    date: a.date,
    claimants: [...a.claimants],
    stance: a.stance,
    evidence: a.evidence.map((e) => ({ ...e })),
    confidence: a.confidence,
  }));
  return { meta: { id: "", title: "", chars: 0 }, entities, claims, warnings: [] };
}

/**
 * The workspace's graph with new articles merged in (`base` is left as it was). Documents already in
 * the graph are replaced by their new extraction's meta but keep their claims: add an article once.
 */
export function mergeArticles(
  base: ClaimGraph | null,
  extractions: readonly DocumentExtraction[],
  options: { title: string; layout?: boolean },
): ClaimGraph {
  const builder = createGraphBuilder({ title: options.title, generatedAt: new Date().toISOString() });
  const documents: DocumentMeta[] = [];
  if (base && base.order > 0) {
    builder.add(graphAsExtraction(base));
    documents.push(...base.getAttribute("documents"));
  }
  for (const extraction of extractions) {
    builder.add(extraction);
    const at = documents.findIndex((d) => d.id === extraction.meta.id);
    if (at >= 0) documents[at] = extraction.meta;
    else documents.push(extraction.meta);
  }
  const graph = builder.graph();
  graph.setAttribute("documents", documents);
  if (options.layout ?? true) layoutGraph(graph);
  return graph;
}

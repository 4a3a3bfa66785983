/**
 * STIX 2.1 bundles among the paths given to `npm run ingest`: each named file whose content is a
 * bundle is imported (src/io/stix/import.ts) and merged into the graph of the articles, its
 * report and note texts kept for the reader like a dump's articles.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { layoutGraph } from "../graph/layout";
import { joinClaims } from "../graph/review";
import { formatProblem, type ClaimGraph } from "../model";
import type { DumpDocument } from "../io/dumps";
import { looksLikeStixBundle } from "../io/stix/detect";
import { parseStixBundle } from "../io/stix/import";
import type { IngestResult } from "./ingest-corpus";

export interface StixInputs {
  /** The paths that are not STIX bundles, for the article pipeline. */
  rest: string[];
  bundles: { path: string; graph: ClaimGraph; texts: DumpDocument[] }[];
  /** What was not imported from the bundles, one line each, naming the file. */
  notices: string[];
  /** Bundles that cannot be read, with their problems: nothing is written then. */
  failures: string[];
}

export async function readStixInputs(paths: readonly string[]): Promise<StixInputs> {
  const inputs: StixInputs = { rest: [], bundles: [], notices: [], failures: [] };
  for (const path of paths) {
    const text = await bundleText(path);
    if (text === undefined) {
      inputs.rest.push(path);
      continue;
    }
    const result = parseStixBundle(text, basename(path));
    if (!result.ok) {
      const problems = result.problems.slice(0, 10).map((p) => `\n  ${formatProblem(p)}`);
      inputs.failures.push(`${path} is not a valid STIX 2.1 bundle:${problems.join("")}`);
      continue;
    }
    inputs.notices.push(...result.notices.map((n) => `${path}: ${n.replace(/^[^:]*: /, "")}`));
    inputs.bundles.push({
      path,
      graph: result.graph,
      texts: [...result.texts].map(([id, documentText]) => ({ id, text: documentText })),
    });
  }
  return inputs;
}

/** The text of a named .json file that is a STIX bundle; undefined for anything else. */
async function bundleText(path: string): Promise<string | undefined> {
  if (!/\.json$/i.test(path)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const text = await readFile(path, "utf8").catch(() => undefined);
  return text !== undefined && looksLikeStixBundle(text) ? text : undefined;
}

/** Adds `from`'s documents, nodes and claims to `into`: a node already there gains aliases, a claim
 * already there is joined as a review merge joins two (evidence once per quote, claimants, stance). */
function mergeClaimGraph(into: ClaimGraph, from: ClaimGraph): void {
  const documents = into.getAttribute("documents");
  const known = new Set(documents.map((d) => d.id));
  into.setAttribute("documents", [
    ...documents,
    ...from.getAttribute("documents").filter((d) => !known.has(d.id)),
  ]);
  from.forEachNode((key, attributes) => {
    if (!into.hasNode(key)) return void into.addNode(key, { ...attributes });
    into.updateNodeAttribute(key, "aliases", (aliases = []) => [
      ...new Set([
        ...aliases,
        ...[attributes.label, ...attributes.aliases].filter((a) => a !== into.getNodeAttribute(key, "label")),
      ]),
    ]);
  });
  from.forEachEdge((key, attributes, source, target) => {
    if (!into.hasEdge(key)) return void into.addEdgeWithKey(key, source, target, { ...attributes });
    into.replaceEdgeAttributes(key, joinClaims(into.getEdgeAttributes(key), attributes));
  });
}

/** Merges the bundles into the articles' graph (laid out again, with their nodes) and counts them. */
export function addStixBundles(result: IngestResult, inputs: StixInputs): void {
  if (inputs.bundles.length === 0) return;
  for (const bundle of inputs.bundles) {
    mergeClaimGraph(result.graph, bundle.graph);
    result.files++;
    result.documents += bundle.graph.getAttribute("documents").length;
    result.dumpDocuments.push(...bundle.texts);
  }
  result.warnings.push(...inputs.notices);
  layoutGraph(result.graph);
}

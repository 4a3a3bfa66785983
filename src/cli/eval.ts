/**
 * `npm run eval -- --docs DIR --gold DIR [--json]`: ingests DIR with the ingest pipeline and scores
 * the graph against gold annotations (data-model.md, "Gold annotations and how they are scored").
 * `--graph FILE` scores a graph file instead (a reviewed one, or another tool's).
 */
import { readFile } from "node:fs/promises";
import { EDGE_TYPES, formatProblem, loadGraph, type ClaimGraph } from "../model";
import { metricsOf, type Tally } from "../eval/metrics";
import { formatReport } from "../eval/report";
import { scoreGraph, type EvaluationReport } from "../eval/score";
import { parseCommandLine, UsageError, wholeNumber } from "./args";
import { readGazetteerOption } from "./gazetteer-file";
import { readGoldFolder } from "./gold-files";
import { ingestCorpus } from "./ingest-corpus";
import { DEFAULT_ENTITIES } from "./defaults";
import { runCommand } from "./run";

const HELP = `Usage: npm run eval -- --docs DIR --gold DIR [options]
       npm run eval -- --graph FILE --gold DIR [options]

Ingests the articles in DIR (as \`npm run ingest\` does), or reads the graph FILE (any graph file
the explorer opens, reviewed or not), and scores the claim graph against the gold
annotations in the gold folder (one <document>.json per article): precision, recall and F1 of
relations and entities per document and per edge type, the missed and the wrong claims with
their quotes, the incidents that did not pair and why (nothing shares a target, an actor or a
name; an entity not matched; the date; two merged into one or one split in two), the claimants of the found attributions (scored as sets, data-model.md), and the
corpus totals as the last lines. Rejected claims (review.state "rejected") are ignored; a group →
sponsor attribution is scored only where the document's gold has one from that group.

Options:
  --docs DIR        the articles (.txt, .md, .html, and article dumps as ingest reads them)
  --graph FILE      score this graph file instead of ingesting articles (e.g. one written by
                    \`npm run ingest -- ... --review FILE\`, or exported from the explorer)
  --gold DIR        the gold annotation files
  --entities FILE   the gazetteer, with --docs (default ${DEFAULT_ENTITIES})
  --workers N       extraction threads, with --docs (default 0: extract on the main thread)
  --json            print the full report as JSON
  -h, --help        this help`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      docs: { type: "string" },
      graph: { type: "string" },
      gold: { type: "string" },
      entities: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  if (!values.gold || !(values.docs || values.graph))
    throw new UsageError("--gold DIR is needed, with --docs DIR or --graph FILE");
  if (values.docs && values.graph) throw new UsageError("give --docs DIR or --graph FILE, not both");
  const workers = wholeNumber(values.workers, "workers", 0) ?? 0;

  const gold = await readGoldFolder(values.gold);
  if (!gold.ok) {
    process.stderr.write(`${gold.message}\n`);
    return 1;
  }
  const scored = values.graph
    ? await readGraphOption(values.graph)
    : await ingestDocs(values.docs!, values.entities, workers, signal);
  if (!scored.ok) {
    process.stderr.write(`${scored.message}\n`);
    return 1;
  }
  const source = values.graph ?? values.docs!;
  const ingested = new Set(scored.graph.getAttribute("documents").map((d) => d.id));
  const warnings = [...scored.warnings];
  for (const g of gold.golds)
    if (!ingested.has(g.doc))
      warnings.push(
        `${g.doc}: has gold annotations but was not ${values.graph ? "in the graph" : "ingested from"} ${source}`,
      );

  const report = scoreGraph(scored.graph, gold.golds);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(withMetrics(report, warnings), null, 2)}\n`);
  } else {
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`${formatReport(report)}\n`);
  }
  return 0;
}

type ScoredGraph = { ok: true; graph: ClaimGraph; warnings: string[] } | { ok: false; message: string };

async function ingestDocs(
  docs: string,
  entities: string | undefined,
  workers: number,
  signal: AbortSignal,
): Promise<ScoredGraph> {
  const gazetteer = await readGazetteerOption(entities);
  if (!gazetteer.ok) return gazetteer;
  const result = await ingestCorpus([docs], {
    gazetteer: gazetteer.gazetteer,
    workers,
    layout: false,
    signal,
  });
  const warnings = [...(gazetteer.warning ? [gazetteer.warning] : []), ...result.warnings];
  return { ok: true, graph: result.graph, warnings };
}

/** A graph file, validated by `loadGraph` as the explorer does. */
async function readGraphOption(path: string): Promise<ScoredGraph> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => error);
  if (text instanceof Error) {
    const why = text.code === "ENOENT" ? "no such file" : (text.code ?? text.message);
    return { ok: false, message: `${path}: cannot read the graph (${why})` };
  }
  const loaded = loadGraph(text);
  if (loaded.ok) return { ok: true, graph: loaded.graph, warnings: [] };
  const problems = loaded.problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
  return { ok: false, message: [`${path} is not a valid graph file:`, ...problems].join("\n") };
}

/** The report with precision, recall and F1 beside every tally, for scripts. */
function withMetrics(report: EvaluationReport, warnings: string[]) {
  const scored = (t: Tally) => ({ ...t, ...metricsOf(t) });
  const byType = (types: EvaluationReport["byType"]) =>
    Object.fromEntries(EDGE_TYPES.flatMap((type) => (types[type] ? [[type, scored(types[type])]] : [])));
  return {
    relations: scored(report.relations),
    entities: scored(report.entities),
    claimants: scored(report.claimants),
    byType: byType(report.byType),
    documents: report.documents.map((d) => ({
      ...d,
      relations: scored(d.relations),
      entities: scored(d.entities),
      claimants: scored(d.claimants),
      byType: byType(d.byType),
    })),
    warnings,
  };
}

runCommand("eval", main);

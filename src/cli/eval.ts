/**
 * `npm run eval -- --docs DIR --gold DIR [--json]`: ingests DIR with the ingest pipeline and scores
 * the graph against gold annotations (data-model.md, "Gold annotations and how they are scored").
 */
import { EDGE_TYPES } from "../model";
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

Ingests the articles in DIR (as \`npm run ingest\` does) and scores the claim graph against the gold
annotations in the gold folder (one <document>.json per article): precision, recall and F1 of
relations and entities per document and per edge type, the missed and the wrong claims with
their quotes, the claimants of the found attributions (scored as sets, data-model.md), and the
corpus totals as the last lines. Rejected claims (review.state "rejected") are ignored; a group →
sponsor attribution is scored only where the document's gold has one from that group.

Options:
  --docs DIR        the articles (.txt, .md, .html)
  --gold DIR        the gold annotation files
  --entities FILE   the gazetteer (default ${DEFAULT_ENTITIES})
  --workers N       extraction threads (default 0: extract on the main thread)
  --json            print the full report as JSON
  -h, --help        this help`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      docs: { type: "string" },
      gold: { type: "string" },
      entities: { type: "string" },
      workers: { type: "string" },
      json: { type: "boolean" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  if (!values.docs || !values.gold) throw new UsageError("both --docs DIR and --gold DIR are needed");
  const workers = wholeNumber(values.workers, "workers", 0) ?? 0;

  const gold = await readGoldFolder(values.gold);
  if (!gold.ok) {
    process.stderr.write(`${gold.message}\n`);
    return 1;
  }
  const gazetteer = await readGazetteerOption(values.entities);
  if (!gazetteer.ok) {
    process.stderr.write(`${gazetteer.message}\n`);
    return 1;
  }
  const result = await ingestCorpus([values.docs], {
    gazetteer: gazetteer.gazetteer,
    workers,
    layout: false,
    signal,
  });
  const ingested = new Set(result.graph.getAttribute("documents").map((d) => d.id));
  const warnings = [...(gazetteer.warning ? [gazetteer.warning] : []), ...result.warnings];
  for (const g of gold.golds)
    if (!ingested.has(g.doc))
      warnings.push(`${g.doc}: has gold annotations but was not ingested from ${values.docs}`);

  const report = scoreGraph(result.graph, gold.golds);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(withMetrics(report, warnings), null, 2)}\n`);
  } else {
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`${formatReport(report)}\n`);
  }
  return 0;
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

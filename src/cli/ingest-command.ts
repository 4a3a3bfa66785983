/**
 * `npm run ingest -- <files or folders...> [options]`: news articles in, the claim graph out. Run by
 * ingest.ts, once it has started the extraction workers.
 */
import { access, constants, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import {
  checkGraph,
  formatProblem,
  serializeGraph,
  type ClaimGraph,
  type SerializedClaimGraph,
} from "../model";
import { applyReviewLogInPlace, formatReviewProblem } from "../graph/review";
import { layoutGraph } from "../graph/layout";
import { DUMP_FIELDS } from "../io/dumps";
import { parseCommandLine, wholeNumber } from "./args";
import { DEFAULT_DOCUMENTS, DEFAULT_ENTITIES, DEFAULT_GRAPH, defaultWorkers } from "./defaults";
import { writeDumpTexts } from "./dump-texts";
import { readGazetteerOption } from "./gazetteer-file";
import { writeSerializedGraphFile } from "./graph-file";
import type { StartedWorkers } from "./extract-pool";
import { ingestCorpus } from "./ingest-corpus";
import { INGEST_OPTIONS } from "./ingest-options";
import { createProgress, type Progress } from "./progress";
import { readReviewFile } from "./review-file";
import { addStixBundles, readStixInputs } from "./stix-input";
import { formatSummary, summarize } from "./summary";

/** One line per record field with the names it goes by, wrapped to the help's width. */
const DUMP_FIELD_HELP = Object.entries(DUMP_FIELDS)
  .map(([field, names]) => {
    const lines = [`  ${field}:`];
    for (const name of names) {
      if (lines.at(-1)!.length + name.length > 96) lines.push("     ");
      lines[lines.length - 1] += ` ${name}`;
    }
    return lines.join("\n");
  })
  .join("\n");

const HELP = `Usage: npm run ingest -- [files or folders...] [options]

Turns news articles (.txt, .md, .html/.htm), article dumps (.jsonl/.ndjson, .json, .csv) and
STIX 2.1 bundles (.json; see the README's mapping) into the claim graph the explorer shows. Folders are read recursively. With no paths, reads
${DEFAULT_DOCUMENTS}/ and writes ${DEFAULT_GRAPH}.

Options:
  --out FILE        where to write the graph JSON (default ${DEFAULT_GRAPH}); written to a
                    temporary file first, so a failed run leaves an existing file untouched
  --entities FILE   the gazetteer of known actors (default ${DEFAULT_ENTITIES})
  --review FILE     a review log exported from the explorer: its corrections (verdicts, edits,
                    merges, added entities and claims) are replayed onto the new graph; an
                    operation that finds nothing to apply to is a warning naming its number
  --title TEXT      the graph's title (default: the name of the one file or folder given,
                    else "Claim graph")
  --workers N       extraction threads (default: ${defaultWorkers()}, the cores available; 0 = none)
  --quiet           no progress bar and no summary; problems still go to stderr
  --json            print the summary as JSON on stdout (every warning, counts, timings, peak memory)
  -h, --help        this help

Article dumps hold one article per record: JSON Lines, a JSON array of records (or an object
holding one under a key such as "articles", "items" or "results"), or CSV with a header row.
Record fields are matched ignoring case, "_", "-" and spaces; the names read, in order of preference:
${DUMP_FIELD_HELP}
Record 12 of feed.jsonl becomes the document "feed.jsonl#12"; its text is written beside the graph
(documents/feed.jsonl#12) for the explorer's reader. A bad record is skipped with a warning naming
its number and the line it starts on; the rest go in. In a folder, JSON files that are no dump
(graphs, gold annotations) are passed over.

Files that are empty, binary, over 5 MB or unreadable are skipped with a warning naming them;
text that is not UTF-8 is read as Windows-1252 with a warning. Exit code 0 when at least one
document was ingested, 1 when none could be or the gazetteer is invalid, 2 for wrong options.`;

/** The command; `started`: the extraction workers ingest.ts started for the corpus, if any. */
export async function main(argv: string[], signal: AbortSignal, started?: StartedWorkers): Promise<number> {
  // No V8 flags are set at run time: `setFlagsFromString` while tsx's loader thread runs crashed the
  // process with a segmentation fault now and then (session 10: 2 runs in ~65; session 15's CI: exit 139).
  const parsed = parseCommandLine(argv, INGEST_OPTIONS, HELP);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const workers = wholeNumber(values.workers, "workers", 0) ?? defaultWorkers();
  const paths = positionals.length ? positionals : [DEFAULT_DOCUMENTS];
  const out = values.out ?? DEFAULT_GRAPH;
  const quiet = values.quiet ?? false;

  const outProblem = await checkOutputFolder(out);
  if (outProblem) {
    process.stderr.write(`ingest: cannot write ${out}: ${outProblem}\n`);
    return 1;
  }

  const gazetteer = await readGazetteerOption(values.entities);
  if (!gazetteer.ok) {
    process.stderr.write(`${gazetteer.message}\n`);
    return 1;
  }

  const review = values.review === undefined ? undefined : await readReviewFile(values.review);
  if (review && !review.ok) {
    process.stderr.write(`${review.message}\n`);
    return 1;
  }

  const stix = await readStixInputs(paths);
  if (stix.failures.length > 0) {
    for (const failure of stix.failures) process.stderr.write(`ingest: ${failure}\n`);
    process.stderr.write(`ingest: ${out} left unchanged\n`);
    return 1;
  }

  const showProgress = !quiet && !values.json;
  let bar: Progress | undefined;
  const result = await ingestCorpus(stix.rest, {
    gazetteer: gazetteer.gazetteer,
    workers,
    started,
    // With a review log, the layout waits for the entities it adds.
    layout: !review,
    // Serialized and checked below while a worker lays it out.
    overlapLayout: true,
    title: values.title ?? (positionals.length === 1 ? basename(resolve(positionals[0]!)) : "Claim graph"),
    signal,
    onStart: (files) => {
      if (showProgress) bar = createProgress(files);
    },
    onProgress: (done) => bar?.update(done),
  });
  bar?.finish();
  if (gazetteer.warning) result.warnings.unshift(gazetteer.warning);
  // The bundles' nodes are laid out with the articles' (sized as they were).
  if (stix.bundles.length > 0) await result.laidOut;
  addStixBundles(result, stix);
  // Replayed after the bundles are in, so the log may name their entities and claims too.
  const replay = review?.ok ? applyReviewLogInPlace(result.graph, review.log) : undefined;
  if (review?.ok && replay) {
    layoutGraph(result.graph);
    for (const problem of replay.problems)
      result.warnings.push(`${values.review}: ${formatReviewProblem(problem, review.log)}`);
  }

  if (result.documents === 0) {
    const why =
      result.files === 0
        ? `no articles (.txt, .md, .html or dump records) in ${paths.join(", ")}`
        : "every file was skipped";
    process.stderr.write(`ingest: nothing ingested (${why}); ${out} left unchanged\n`);
    for (const w of result.warnings) process.stderr.write(`  ${w}\n`);
    return 1;
  }

  const writeStarted = performance.now();
  // Checked as loadGraph would read it back, without building that second graph; written from the
  // same serialized form. Both while the layout may still run on a worker: positions and sizes are
  // optional in the file, and come finite (`layoutPositions`) and positive (`sizeForDegree`).
  const serialized = serializeGraph(result.graph);
  const checked = checkGraph(serialized);
  if (!checked.ok) {
    const problems = checked.problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    process.stderr.write(
      `ingest: the graph built does not pass validation; ${out} left unchanged\n${problems.join("\n")}\n`,
    );
    return 1;
  }
  // The time until the positions were in counts as the layout's (see `IngestResult.timings`).
  const written = Math.max(writeStarted, await result.laidOut);
  copyPlacement(result.graph, serialized);

  await writeSerializedGraphFile(out, serialized, signal);
  const ingested = new Set(result.graph.getAttribute("documents").map((d) => d.id));
  const texts = await writeDumpTexts(out, result.dumpDocuments, ingested, signal);
  const summary = summarize(result, out, (performance.now() - written) / 1000);
  const reviewSummary = review?.ok &&
    replay && {
      file: values.review,
      operations: review.log.ops.length,
      applied: replay.applied,
      problems: replay.problems.length,
      notices: replay.notices,
    };
  if (values.json) {
    // Process-wide figures, worker threads included.
    const usage = process.resourceUsage();
    const peakRssBytes = usage.maxRSS * 1024;
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    const extra = { peakRssBytes, cpuSeconds, workers, review: reviewSummary || undefined, dumpTexts: texts };
    process.stdout.write(`${JSON.stringify({ ...summary, ...extra }, null, 2)}\n`);
  } else if (!quiet) {
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (texts)
      process.stdout.write(`dump articles: ${texts.count} texts → ${texts.folder}/ (for the reader)\n`);
    if (reviewSummary) {
      const { file, operations, applied, problems, notices } = reviewSummary;
      process.stdout.write(
        `review: ${applied} of ${operations} operations of ${file} applied${problems ? `, ${problems} could not be (see warnings)` : ""}\n`,
      );
      for (const notice of notices) process.stdout.write(`  ${notice}\n`);
    }
  }
  return 0;
}

/**
 * Gives the serialized nodes (copies taken before the layout was in) the graph's positions and
 * sizes, with the attributes' order the graph's own (`placeNodes` merges them the same way).
 */
function copyPlacement(graph: ClaimGraph, serialized: SerializedClaimGraph): void {
  for (const node of serialized.nodes) {
    const { x, y, size } = graph.getNodeAttributes(node.key);
    if (x !== undefined && y !== undefined) Object.assign(node.attributes, { x, y, size });
  }
}

/** Checked before any work, so a long run does not end in a graph that cannot be written. */
async function checkOutputFolder(out: string): Promise<string | undefined> {
  const folder = dirname(resolve(out));
  const info = await stat(folder).catch(() => undefined);
  if (!info) return `the folder ${folder} does not exist`;
  if (!info.isDirectory()) return `${folder} is not a folder`;
  const writable = await access(folder, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? undefined : `the folder ${folder} is not writable`;
}

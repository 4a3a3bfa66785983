/**
 * `npm run ingest -- <files or folders...> [options]`: news articles in, the claim graph out.
 */
import { access, constants, stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { formatProblem, loadGraph, serializeGraph } from "../model";
import { parseCommandLine, wholeNumber } from "./args";
import { DEFAULT_DOCUMENTS, DEFAULT_ENTITIES, DEFAULT_GRAPH } from "./defaults";
import { readGazetteerOption } from "./gazetteer-file";
import { writeGraphFile } from "./graph-file";
import { defaultWorkers, ingestCorpus } from "./ingest-corpus";
import { createProgress, type Progress } from "./progress";
import { runCommand } from "./run";
import { formatSummary, summarize } from "./summary";

const HELP = `Usage: npm run ingest -- [files or folders...] [options]

Turns news articles (.txt, .md, .html/.htm) into the claim graph the explorer shows.
Folders are read recursively. With no paths, reads ${DEFAULT_DOCUMENTS}/ and writes ${DEFAULT_GRAPH}.

Options:
  --out FILE        where to write the graph JSON (default ${DEFAULT_GRAPH}); written to a
                    temporary file first, so a failed run leaves an existing file untouched
  --entities FILE   the gazetteer of known actors (default ${DEFAULT_ENTITIES})
  --title TEXT      the graph's title (default: the name of the one file or folder given,
                    else "Claim graph")
  --workers N       extraction threads (default: ${defaultWorkers()}, the cores available; 0 = none)
  --quiet           no progress bar and no summary; problems still go to stderr
  --json            print the summary as JSON on stdout (every warning, counts, timings, peak memory)
  -h, --help        this help

Files that are empty, binary, over 5 MB or unreadable are skipped with a warning naming them;
text that is not UTF-8 is read as Windows-1252 with a warning. Exit code 0 when at least one
document was ingested, 1 when none could be or the gazetteer is invalid, 2 for wrong options.`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      out: { type: "string" },
      entities: { type: "string" },
      title: { type: "string" },
      workers: { type: "string" },
      quiet: { type: "boolean" },
      json: { type: "boolean" },
    },
    HELP,
  );
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

  const showProgress = !quiet && !values.json;
  let bar: Progress | undefined;
  const result = await ingestCorpus(paths, {
    gazetteer: gazetteer.gazetteer,
    workers,
    title: values.title ?? (positionals.length === 1 ? basename(resolve(positionals[0]!)) : "Claim graph"),
    signal,
    onStart: (files) => {
      if (showProgress) bar = createProgress(files);
    },
    onProgress: (done) => bar?.update(done),
  });
  bar?.finish();
  if (gazetteer.warning) result.warnings.unshift(gazetteer.warning);

  if (result.documents === 0) {
    const why =
      result.files === 0 ? `no .txt, .md or .html files in ${paths.join(", ")}` : "every file was skipped";
    process.stderr.write(`ingest: nothing ingested (${why}); ${out} left unchanged\n`);
    for (const w of result.warnings) process.stderr.write(`  ${w}\n`);
    return 1;
  }

  const writeStarted = performance.now();
  const checked = loadGraph(serializeGraph(result.graph));
  if (!checked.ok) {
    const problems = checked.problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    process.stderr.write(
      `ingest: the graph built does not pass validation; ${out} left unchanged\n${problems.join("\n")}\n`,
    );
    return 1;
  }

  await writeGraphFile(out, result.graph, signal);
  const summary = summarize(result, out, (performance.now() - writeStarted) / 1000);
  if (values.json) {
    // Process-wide figures, worker threads included.
    const usage = process.resourceUsage();
    const peakRssBytes = usage.maxRSS * 1024;
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    process.stdout.write(`${JSON.stringify({ ...summary, peakRssBytes, cpuSeconds, workers }, null, 2)}\n`);
  } else if (!quiet) {
    process.stdout.write(`${formatSummary(summary)}\n`);
  }
  return 0;
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

runCommand("ingest", main);

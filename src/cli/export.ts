/**
 * `npm run export -- <graph file> --format stix|gexf|graphml|csv|json [--out FILE]`: a claim graph
 * in another format, with the explorer's own writers (src/io/export-text.ts), for scripted pipelines.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { formatProblem, loadGraph, type LoadResult } from "../model";
import { EXPORT_FORMATS, type ExportFormat } from "../io/export-formats";
import { exportText } from "../io/export-text";
import { parseGexf } from "../io/gexf";
import { parseGraphml } from "../io/graphml";
import { looksLikeStixBundle } from "../io/stix/detect";
import { parseStixBundle } from "../io/stix/import";
import { parseCommandLine, UsageError } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { describeError } from "../io/document-files";
import { runCommand } from "./run";

const HELP = `Usage: npm run export -- <graph file> --format ${EXPORT_FORMATS.join("|")} [--out FILE]

Writes a claim graph in another format: the whole graph, every claim.
  json      graph JSON (the data model's file format)
  gexf      GEXF 1.3, for Gephi
  graphml   GraphML
  csv       one row per claim, with its claimants, articles and quotes
  stix      a STIX 2.1 bundle, for OpenCTI, MISP and other threat-intelligence platforms

The input is graph JSON, GEXF, GraphML or a STIX 2.1 bundle, as the explorer opens.

Options:
  --format F   the format to write (required)
  --out FILE   where to write it; written to a temporary file first and renamed, so a failed
               run leaves an existing file untouched (default: standard output)
  -h, --help   this help

Exit code 0 when written, 1 when the input cannot be read or is not a valid graph, 2 for wrong options.`;

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const parsed = parseCommandLine(argv, { format: { type: "string" }, out: { type: "string" } }, HELP);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new UsageError(positionals.length ? "give one graph file" : "which graph file? give its path");
  const format = values.format;
  if (!format) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(", ")})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${format}"`);
  const path = positionals[0]!;

  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    process.stderr.write(`export: cannot read ${path}: ${describeError(error as NodeJS.ErrnoException)}\n`);
    return 1;
  }
  const loaded = readGraph(path, text);
  if (!loaded.ok) {
    const shown = loaded.problems.slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    const more = loaded.problems.length > 10 ? `\n  … and ${loaded.problems.length - 10} more` : "";
    process.stderr.write(`export: ${path} is not a valid claim graph:\n${shown.join("\n")}${more}\n`);
    return 1;
  }
  for (const notice of loaded.notices) process.stderr.write(`export: ${notice}\n`);

  const output = exportText(format as ExportFormat, loaded.graph);
  if (values.out === undefined) {
    // A reader that stops early (`| head`) is no failure: no stack trace for a closed pipe.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
    process.stdout.write(output);
    return 0;
  }
  try {
    await writeFileAtomic(values.out, [output], signal);
  } catch (error) {
    if (signal.aborted) throw error;
    process.stderr.write(
      `export: cannot write ${values.out}: ${describeError(error as NodeJS.ErrnoException)}\n`,
    );
    return 1;
  }
  return 0;
}

/** The input in whichever format it is, by its name and then its content. */
function readGraph(path: string, text: string): LoadResult & { notices: string[] } {
  const lower = path.toLowerCase();
  if (lower.endsWith(".gexf")) return { ...parseGexf(text), notices: [] };
  if (lower.endsWith(".graphml")) return { ...parseGraphml(text), notices: [] };
  if (looksLikeStixBundle(text)) {
    const result = parseStixBundle(text, basename(path));
    return result.ok
      ? { ok: true, graph: result.graph, notices: result.notices }
      : { ...result, notices: [] };
  }
  if (text.trimStart().startsWith("<"))
    return { ...(/<gexf[\s>]/.test(text.slice(0, 500)) ? parseGexf(text) : parseGraphml(text)), notices: [] };
  return { ...loadGraph(text), notices: [] };
}

runCommand("export", main);

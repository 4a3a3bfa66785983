/**
 * `npm run ingest` (run from its bundle, bin/ingest.mjs): starts the extraction workers a large
 * corpus needs, then loads and runs the command (ingest-command.ts). A worker takes most of a second
 * to load the extractor; started here, it does so while this thread loads the command's modules and
 * reads the gazetteer and the files, rather than after. Options are read here only to size the
 * workers: any problem with them is the command's to report, and no worker starts.
 */
import { parseArgs } from "node:util";
import { DEFAULT_DOCUMENTS, defaultWorkers } from "./defaults";
import { loadCallingExtractor, startExtractWorkers, type StartedWorkers } from "./extract-pool";
import { INGEST_OPTIONS } from "./ingest-options";
import { runCommand } from "./run";

function startWorkers(argv: string[]): StartedWorkers | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...INGEST_OPTIONS, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
    if (values.help || !Number.isInteger(workers)) return undefined;
    return startExtractWorkers(positionals.length ? positionals : [DEFAULT_DOCUMENTS], workers);
  } catch {
    return undefined;
  }
}

const started = startWorkers(process.argv.slice(2));
// Asked for first: the command's modules are read (from the bundle; through tsx's loader thread when
// run as TypeScript) while this thread loads its own extractor.
const command = import("./ingest-command");
if (started) loadCallingExtractor(started);
const { main } = await command;
// Whatever the run's end, the workers stop: a worker left waiting would keep the process alive.
runCommand("ingest", (argv, signal) => main(argv, signal, started).finally(() => started?.pool.close()));

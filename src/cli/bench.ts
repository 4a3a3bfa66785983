/**
 * `npm run bench [-- --quick] [-- --only ingest|explorer|workbench]`: the ingest benchmark, the
 * explorer benchmark, then the workbench benchmark.
 */
import { parseCommandLine, UsageError } from "./args";
import { runExplorerBench } from "./bench/explorer";
import { runIngestBench } from "./bench/ingest";
import { runWorkbenchBench } from "./bench/workbench";
import { runCommand } from "./run";

const HELP = `Usage: npm run bench [-- --quick] [-- --only ingest|explorer|workbench]

Runs the benchmarks and prints their tables, with the machine named:
  ingest    synthetic corpora of 100, 1,000 and 10,000 articles through \`npm run ingest\`:
            articles/s and peak memory (results also in bench-results/ingest.json)
  explorer  the explorer in headless Chromium (src/cli/bench/explorer.ts)
  workbench 200 articles dropped on the page, to the mark kg:articles-added, with the
            main thread's long tasks (src/cli/bench/workbench.ts)

Options:
  --quick        smaller sizes, for a fast check (ingest: 100 and 1,000 articles)
  --only NAME    run one benchmark: ingest, explorer or workbench
  -h, --help     this help`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      quick: { type: "boolean" },
      only: { type: "string" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const names = ["ingest", "explorer", "workbench"];
  if (values.only && !names.includes(values.only))
    throw new UsageError(`--only expects ${names.join(", ")}, got "${values.only}"`);
  const runs = (name: string) => !values.only || values.only === name;
  const quick = values.quick ?? false;
  if (runs("ingest")) await runIngestBench({ quick });
  if (runs("explorer")) await runExplorerBench({ quick });
  if (runs("workbench")) await runWorkbenchBench();
  return 0;
}

runCommand("bench", main);

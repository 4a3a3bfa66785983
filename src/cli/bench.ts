/**
 * `npm run bench [-- --quick] [-- --only ingest|explorer]`: the ingest benchmark, then the explorer
 * benchmark.
 */
import { parseCommandLine, UsageError } from "./args";
import { runExplorerBench } from "./bench/explorer";
import { runIngestBench } from "./bench/ingest";
import { runCommand } from "./run";

const HELP = `Usage: npm run bench [-- --quick] [-- --only ingest|explorer]

Runs the benchmarks and prints their tables, with the machine named:
  ingest    synthetic corpora of 100, 1,000 and 10,000 articles through \`npm run ingest\`:
            articles/s and peak memory (results also in bench-results/ingest.json)
  explorer  the explorer in headless Chromium (src/cli/bench/explorer.ts)

Options:
  --quick        smaller sizes, for a fast check (ingest: 100 and 1,000 articles)
  --only NAME    run one benchmark: ingest or explorer
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
  if (values.only && values.only !== "ingest" && values.only !== "explorer")
    throw new UsageError(`--only expects ingest or explorer, got "${values.only}"`);
  const quick = values.quick ?? false;
  if (values.only !== "explorer") await runIngestBench({ quick });
  if (values.only !== "ingest") await runExplorerBench({ quick });
  return 0;
}

runCommand("bench", main);

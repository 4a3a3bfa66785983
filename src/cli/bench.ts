/**
 * `npm run bench [-- --quick] [-- --only ingest|explorer|workbench|store]`: the ingest benchmark,
 * the explorer benchmark, the workbench benchmark, then the claim store benchmark.
 */
import { parseCommandLine, UsageError } from "./args";
import { runExplorerBench } from "./bench/explorer";
import { runIngestBench } from "./bench/ingest";
import { runStoreBench } from "./bench/store";
import { runWorkbenchBench } from "./bench/workbench";
import { runCommand } from "./run";

const HELP = `Usage: npm run bench [-- --quick] [-- --only ingest|explorer|workbench|store]

Runs the benchmarks and prints their tables, with the machine named:
  ingest    synthetic corpora of 100, 1,000 and 10,000 articles through \`npm run ingest\`:
            articles/s and peak memory (results also in bench-results/ingest.json)
  explorer  the explorer in headless Chromium (src/cli/bench/explorer.ts)
  workbench 200 articles dropped on the page, to the mark kg:articles-added, with the
            main thread's long tasks (src/cli/bench/workbench.ts)
  store     the claim store on a throwaway PostgreSQL: 3,000 articles through the queue and
            2 workers, then ego fetches over HTTP on a store of 10^5 synthetic articles
            (src/cli/bench/store.ts; results in bench-results/store.json)

Options:
  --quick        smaller sizes, for a fast check (ingest: 100 and 1,000 articles)
  --only NAME    run one benchmark: ingest, explorer, workbench or store
                 (\`npm run bench -- store\` says the same)
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
  const { values, positionals } = parsed;
  const names = ["ingest", "explorer", "workbench", "store"];
  if (positionals.length > 1 || (positionals.length === 1 && values.only))
    throw new UsageError("name one benchmark, as --only NAME or alone");
  const only = values.only ?? positionals[0];
  if (only && !names.includes(only))
    throw new UsageError(`--only expects ${names.join(", ")}, got "${only}"`);
  const runs = (name: string) => !only || only === name;
  const quick = values.quick ?? false;
  if (runs("ingest")) await runIngestBench({ quick });
  if (runs("explorer")) await runExplorerBench({ quick });
  if (runs("workbench")) await runWorkbenchBench();
  if (runs("store")) await runStoreBench({ quick });
  return 0;
}

runCommand("bench", main);

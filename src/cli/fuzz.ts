/**
 * `npm run fuzz`: generated malformed (and valid) inputs through every loader, and extractDocument's
 * properties over generated articles (fast-check). Prints each target's count and time; exits
 * non-zero on the first counterexample of any target, printed with the seed that reproduces it.
 * CI runs it (.ci/run) with the issue's sizes as defaults and a 10-minute budget.
 */
import fc from "fast-check";
import { parseCommandLine, UsageError, wholeNumber } from "./args";
import { runCommand } from "./run";
import { extractProperty, projectExtractionContext } from "./fuzz/extract";
import { jsonGraphProperty, xmlGraphProperty } from "./fuzz/graph-files";
import { reviewLogProperty } from "./fuzz/review-logs";
import { stixBundleProperty } from "./fuzz/stix-bundles";

const HELP = `Usage: npm run fuzz [-- options]

Generated inputs through the loaders: each invalid one must be refused with a problem naming where
it is, each valid one must load; and extractDocument over generated articles must never throw, keep
offsets inside the text and quotes equal to the text at their offsets.

Options (counts of generated inputs):
  --graphs N     graph files: 60% graph JSON (loadGraph), 20% each GEXF and GraphML (default 100000)
  --stix N       STIX 2.1 bundles (parseStixBundle) (default 10000)
  --reviews N    review logs (parseReviewLog, then replay) (default 10000)
  --documents N  articles through extractDocument (default 10000)
  --only NAME    one target: graphs, stix, reviews or documents
  --seed N       fast-check seed (default: random; printed, so a failure can be replayed)
  --budget S     seconds for the whole run; running past it is a failure (default 600)
  -h, --help     this help`;

interface Target {
  group: string;
  name: string;
  what: string;
  runs: number;
  /** Built on first use: the extraction context takes a few seconds. */
  check: (parameters: Parameters) => Outcome;
}

interface Parameters {
  numRuns: number;
  seed: number;
  interruptAfterTimeLimit: number;
  markInterruptAsFailure: true;
}
type Outcome = { failed: boolean; interrupted: boolean; numRuns: number; report: string | null };

const checker =
  <T>(property: () => fc.IProperty<T>) =>
  (parameters: Parameters): Outcome => {
    const details = fc.check(property(), parameters);
    const error = details.errorInstance instanceof Error ? `\nError: ${details.errorInstance.message}` : "";
    return { ...details, report: (fc.defaultReportMessage(details) ?? "") + error };
  };

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      graphs: { type: "string" },
      stix: { type: "string" },
      reviews: { type: "string" },
      documents: { type: "string" },
      only: { type: "string" },
      seed: { type: "string" },
      budget: { type: "string" },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values } = parsed;
  const graphs = wholeNumber(values.graphs, "graphs", 0) ?? 100_000;
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed expects a whole number, got "${values.seed}"`);
  const budgetMs = (wholeNumber(values.budget, "budget", 1) ?? 600) * 1000;
  const targets: Target[] = [
    {
      group: "graphs",
      name: "graph JSON",
      what: "files",
      runs: graphs - 2 * Math.floor(graphs / 5),
      check: checker(() => jsonGraphProperty),
    },
    {
      group: "graphs",
      name: "GEXF",
      what: "files",
      runs: Math.floor(graphs / 5),
      check: checker(() => xmlGraphProperty("gexf")),
    },
    {
      group: "graphs",
      name: "GraphML",
      what: "files",
      runs: Math.floor(graphs / 5),
      check: checker(() => xmlGraphProperty("graphml")),
    },
    {
      group: "stix",
      name: "STIX bundles",
      what: "bundles",
      runs: wholeNumber(values.stix, "stix", 0) ?? 10_000,
      check: checker(() => stixBundleProperty),
    },
    {
      group: "reviews",
      name: "review logs",
      what: "logs",
      runs: wholeNumber(values.reviews, "reviews", 0) ?? 10_000,
      check: checker(() => reviewLogProperty),
    },
    {
      group: "documents",
      name: "extractDocument",
      what: "articles",
      runs: wholeNumber(values.documents, "documents", 0) ?? 10_000,
      check: checker(() => extractProperty(projectExtractionContext())),
    },
  ];
  const groups = new Set(targets.map((t) => t.group));
  if (values.only !== undefined && !groups.has(values.only))
    throw new UsageError(`--only expects one of ${[...groups].join(", ")}, got "${values.only}"`);

  console.log(`fuzz: seed ${seed}, budget ${budgetMs / 1000} s`);
  const started = performance.now();
  let failed = 0;
  for (const target of targets) {
    if (values.only !== undefined && target.group !== values.only) continue;
    if (target.runs === 0) continue;
    const left = budgetMs - (performance.now() - started);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const details = target.check({
      numRuns: target.runs,
      seed,
      interruptAfterTimeLimit: Math.max(1, Math.floor(left)),
      markInterruptAsFailure: true,
    });
    const cpu = process.cpuUsage(cpu0);
    // CPU time beside wall time: on a busy machine the wall time says little about CI's.
    const seconds = `${((performance.now() - t0) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`;
    if (details.failed) {
      failed++;
      const why = details.interrupted
        ? `ran out of the ${budgetMs / 1000} s budget after ${details.numRuns} of ${target.runs} ${target.what}`
        : (details.report ?? "failed");
      console.log(`FAIL ${target.name}: ${details.numRuns} ${target.what} in ${seconds}\n${why}`);
    } else console.log(`ok   ${target.name}: ${details.numRuns} ${target.what} in ${seconds}`);
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${failed === 0 ? "no counterexample" : `${failed} target(s) failed`} in ${total} s (seed ${seed})`,
  );
  return failed === 0 ? 0 : 1;
}

runCommand("fuzz", main);

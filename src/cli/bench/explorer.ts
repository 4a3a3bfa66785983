/**
 * The explorer benchmark (issue 4's floors), run by `npm run bench`: synthetic claim graphs at two
 * sizes, the built app and a bare sigma page (src/bench/bare) served by a plain static server, and
 * headless Chromium measuring, median of 3 runs each:
 * - time from navigation start to `kg:first-render` in the app (`?graph=`) and in the bare page,
 *   and their ratio (floor: at most 1.5 at both sizes); and, the same way on both pages, to the end
 *   of the task in which sigma drew its first frame (seen by a MutationObserver when sigma's canvases
 *   appear), which no mark placement can shift; the bare page also runs with the model's
 *   `loadGraph` (`&validate`), which tells what validation adds to JSON.parse + import;
 * - at 10k nodes / 50k claims, the JavaScript time of a hover and of a selection as the app
 *   measures them (`kg:hover`, `kg:select`: store update, reducers and sigma's render call; floor:
 *   under 50 ms), and apart from it the time to the second animation frame after the event, which
 *   on this machine is mostly SwiftShader rasterising the frame in software ("rasteriser"); and,
 *   for scale, one full sigma refresh of the bare page (every item through its reducer).
 * `KG_BENCH_PROFILE=1` also records a CPU profile of one app load at the largest size (unminified
 * build) and prints where its main thread spends the time.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { createClaimGraph } from "../../model";
import { launchChrome, openPage } from "../browser/chrome";
import { serveStatic } from "../browser/static-server";
import { writeFileAtomic } from "../atomic-write";
import { writeGraphFile } from "../graph-file";
import { machine } from "./ingest";
import { syntheticGraph } from "./synthetic-graph";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const RUNS = 3;
const LOAD_TIMEOUT_MS = 600_000;
const INTERACTIONS = 5;
const FLOORS = { firstRenderRatio: 1.5, interactionMs: 50 };

interface Size {
  nodes: number;
  edges: number;
}
interface LoadRun {
  firstRender: number;
  sigmaFrame?: number;
  dataLoaded?: number;
  graphBuilt?: number;
}
interface InteractionSample {
  /** The app's own measure (kg:hover / kg:select). */
  js: number;
  /** From the event to the end of its microtasks (React's commit of a click included). */
  task: number;
  /** From the event to the second animation frame: includes software rasterisation. */
  frame: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number | undefined) => (value === undefined ? "–" : `${Math.round(value)}`);
const label = ({ nodes, edges }: Size) => `${nodes / 1000}k/${edges / 1000}k`;

export async function runExplorerBench(opts: { quick: boolean }): Promise<void> {
  const sizes: Size[] = opts.quick
    ? [
        { nodes: 1_000, edges: 5_000 },
        { nodes: 10_000, edges: 50_000 },
      ]
    : [
        { nodes: 10_000, edges: 50_000 },
        { nodes: 100_000, edges: 500_000 },
      ];
  const profile = process.env.KG_BENCH_PROFILE === "1";
  const work = await mkdtemp(join(tmpdir(), "kg-bench-explorer-"));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    const host = machine();
    console.log(
      `\nExplorer benchmark on ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB (headless Chromium, software WebGL)`,
    );
    const graphs = join(work, "graphs");
    await mkdir(graphs);
    const files = new Map<Size, { name: string; megabytes: number }>();
    for (const size of sizes) {
      const name = `graph-${size.nodes}-${size.edges}.json`;
      const started = performance.now();
      const data = syntheticGraph(size.nodes, size.edges);
      const graph = createClaimGraph(data.attributes);
      graph.import({ nodes: data.nodes, edges: data.edges });
      await writeGraphFile(join(graphs, name), graph);
      const megabytes = statSync(join(graphs, name)).size / 1e6;
      files.set(size, { name, megabytes });
      console.log(
        `generated ${label(size)}: ${megabytes.toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }

    const app = join(work, "app");
    const bare = join(work, "bare");
    await buildPages(app, bare, profile);
    server = await serveStatic({ "/app/": app, "/bare/": bare, "/graphs/": graphs });
    browser = await launchChrome();
    const chromium = browser.version();

    const results = [];
    for (const size of sizes) {
      const file = files.get(size)!;
      const graphUrl = `${server.url}graphs/${file.name}`;
      const bareUrl = `${server.url}bare/?graph=${encodeURIComponent(graphUrl)}`;
      const pages = {
        app: {
          url: `${server.url}app/?graph=${encodeURIComponent(graphUrl)}`,
          what: "app",
          runs: new Runs(),
        },
        bare: { url: bareUrl, what: "bare page", runs: new Runs() },
        validated: { url: `${bareUrl}&validate`, what: "bare page with loadGraph", runs: new Runs() },
      };
      for (let run = 0; run < RUNS; run++) {
        // Interleaved, so drift in machine load affects the pages alike; a page that failed once
        // is not loaded again (the failure is reported instead).
        for (const page of Object.values(pages))
          if (!page.runs.error) await page.runs.add(() => measureLoad(browser!, page.url, page.what));
        process.stderr.write(
          `  ${label(size)} run ${run + 1}/${RUNS}: app ${pages.app.runs.last()}, bare ${pages.bare.runs.last()}\n`,
        );
      }
      const app = pages.app.runs.summary();
      const bare = pages.bare.runs.summary();
      const validated = pages.validated.runs.summary();
      const atInteractionSize = size.nodes === 10_000;
      const interactions = atInteractionSize
        ? await attempt(() => measureInteractions(browser!, pages.app.url))
        : undefined;
      const bareRefreshMs = atInteractionSize
        ? await attempt(() => measureBareRefresh(browser!, bareUrl))
        : undefined;
      results.push({
        size: label(size),
        nodes: size.nodes,
        edges: size.edges,
        fileMB: Math.round(file.megabytes),
        app,
        bare,
        validated,
        // What the model's loadGraph (schema and reference checks) adds to parse + import.
        loadGraphAddsMs: difference(validated, bare),
        ratio: quotient(app.firstRenderMs, bare.firstRenderMs),
        sigmaFrameRatio: quotient(app.sigmaFrameMs, bare.sigmaFrameMs),
        interactions,
        bareRefreshMs,
      });
    }
    if (profile)
      await profileLoad(
        browser,
        `${server.url}app/?graph=${encodeURIComponent(`${server.url}graphs/${files.get(sizes.at(-1)!)!.name}`)}`,
      );

    const verdict = printTable(results);
    await mkdir(join(ROOT, "bench-results"), { recursive: true });
    const out = join(ROOT, "bench-results/explorer.json");
    const record = {
      date: new Date().toISOString(),
      machine: { ...host, chromium },
      quick: opts.quick,
      runs: RUNS,
      floors: FLOORS,
      results,
      verdict,
    };
    await writeFileAtomic(out, [`${JSON.stringify(record, null, 2)}\n`]);
    console.log(`results written to ${out}`);
  } finally {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The app with the project's own config, the bare page with its own, each into a temp folder. */
async function buildPages(app: string, bare: string, unminified: boolean) {
  const started = performance.now();
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    mode: "production",
    build: { outDir: app, emptyOutDir: true, sourcemap: false, ...(unminified ? { minify: false } : {}) },
  });
  await build({
    root: join(ROOT, "src/bench/bare"),
    configFile: join(ROOT, "src/bench/bare/vite.config.ts"),
    mode: "production",
    build: { outDir: bare },
  });
  console.log(`built the app and the bare page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The load runs of one page at one size, or the error that stopped them. */
class Runs {
  readonly done: LoadRun[] = [];
  error: string | undefined;

  async add(run: () => Promise<LoadRun>) {
    try {
      this.done.push(await run());
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  last(): string {
    return this.error ? "FAILED" : `${ms(this.done.at(-1)?.firstRender)} ms`;
  }

  summary() {
    const pick = (value: (run: LoadRun) => number | undefined) => {
      const values = this.done.map(value).filter((v): v is number => v !== undefined && !Number.isNaN(v));
      return values.length ? Math.round(median(values)) : undefined;
    };
    return {
      firstRenderMs: pick((r) => r.firstRender),
      sigmaFrameMs: pick((r) => r.sigmaFrame),
      dataLoadedMs: pick((r) => r.dataLoaded),
      graphBuiltMs: pick((r) => r.graphBuilt),
      /** Per run, then the median: text in hand → graph built (parse, validation, import, app's indexes). */
      buildMs: pick((r) => (r.graphBuilt ?? NaN) - (r.dataLoaded ?? NaN)),
      runsMs: this.done.map((r) => Math.round(r.firstRender)),
      ...(this.error ? { error: this.error } : {}),
    };
  }
}
type Summary = ReturnType<Runs["summary"]>;

const quotient = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? a / b : undefined;

function difference(validated: Summary, bare: Summary) {
  return validated.buildMs === undefined || bare.buildMs === undefined
    ? undefined
    : validated.buildMs - bare.buildMs;
}

async function attempt<T>(work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Marks `bench:sigma-frame` at the first microtask after sigma created its canvases, i.e. once its
 * constructor, which draws the first frame, and the task around it have run. */
const SIGMA_FRAME_OBSERVER = `new MutationObserver((_, observer) => {
  if (!document.querySelector("canvas.sigma-mouse")) return;
  performance.mark("bench:sigma-frame");
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;
const MARKS_SCRIPT = `Object.fromEntries(performance.getEntriesByType("mark").filter((m) => /^(kg|bench):/.test(m.name)).map((m) => [m.name, m.startTime]))`;
const ALERT_SCRIPT = `(() => { const a = document.querySelector('[role="alert"]'); return a ? a.textContent : null; })()`;

/** Opens `url` in a fresh context and waits for `kg:first-render`; times are from navigation start. */
async function measureLoad(browser: Browser, url: string, what: string): Promise<LoadRun> {
  const { page, errors, context } = await openPage(browser);
  try {
    await page.addInitScript(SIGMA_FRAME_OBSERVER);
    await page.goto(url, { waitUntil: "commit" });
    await waitForFirstRender(page, what, errors);
    const marks = (await page.evaluate(MARKS_SCRIPT)) as Record<string, number>;
    return {
      firstRender: marks["kg:first-render"]!,
      sigmaFrame: marks["bench:sigma-frame"],
      dataLoaded: marks["kg:data-loaded"],
      graphBuilt: marks["kg:graph-built"],
    };
  } finally {
    await context.close();
  }
}

/** Waits for `kg:first-render`; fails at once when the page throws or shows an error instead. */
async function waitForFirstRender(page: Page, what: string, errors: string[]) {
  let onError: (error: Error) => void = () => {};
  const thrown = new Promise<never>((_, reject) => {
    onError = (error) =>
      reject(new Error(`the ${what} threw before its first render: ${error.stack ?? error.message}`));
    page.on("pageerror", onError);
  });
  try {
    await Promise.race([
      thrown,
      page
        .waitForFunction(
          `performance.getEntriesByName("kg:first-render").length > 0 || ${ALERT_SCRIPT} !== null`,
          undefined,
          { timeout: LOAD_TIMEOUT_MS, polling: 250 },
        )
        .catch(() => {
          throw new Error(
            `the ${what} did not mark kg:first-render within ${LOAD_TIMEOUT_MS / 1000} s${errors.length ? ` (${errors.join("; ")})` : ""}`,
          );
        }),
    ]);
  } finally {
    page.off("pageerror", onError);
    thrown.catch(() => {});
  }
  const alert = (await page.evaluate(ALERT_SCRIPT)) as string | null;
  if (alert !== null)
    throw new Error(`the ${what} showed an error instead of the graph: ${alert.slice(0, 500)}`);
}

/**
 * In-page helpers for hover and selection, dispatched on sigma's mouse layer as real pointer
 * input would arrive (sigma picks the node under the pointer itself). A string, not a function,
 * so the bundler of this file cannot inject helpers the page lacks.
 */
const INTERACTION_HELPERS = String.raw`
window.__kgBench = (() => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const microtasks = async () => { for (let i = 0; i < 3; i++) await new Promise((r) => queueMicrotask(r)); };
  const sleep = (t) => new Promise((r) => setTimeout(r, t));
  const layer = () => document.querySelector("canvas.sigma-mouse");
  const count = (name) => performance.getEntriesByName(name).length;
  const at = (type, p) => {
    const canvas = layer();
    const box = canvas.getBoundingClientRect();
    canvas.dispatchEvent(new MouseEvent(type, { clientX: box.left + p.x, clientY: box.top + p.y, bubbles: true, cancelable: true, view: window }));
  };
  // Until two frames pass quickly: the rasteriser has caught up with what was drawn.
  const idle = async () => {
    const start = performance.now();
    while (performance.now() - start < 120000) {
      const t = performance.now();
      await frames();
      if (performance.now() - t < 80) return;
    }
  };
  const timed = async (type, p, measure) => {
    const before = count(measure);
    const t0 = performance.now();
    at(type, p);
    if (count(measure) === before) return null;
    const entries = performance.getEntriesByName(measure);
    const js = entries[entries.length - 1].duration;
    await microtasks();
    const t1 = performance.now();
    await frames();
    return { js, task: t1 - t0, frame: performance.now() - t0 };
  };
  return {
    idle,
    // A grid over the canvas: the first point where sigma reports a node, and an empty one before it.
    find() {
      const canvas = layer();
      if (!canvas) return null;
      const { width, height } = canvas.getBoundingClientRect();
      let empty = null;
      for (let gy = 1; gy < 20; gy++)
        for (let gx = 1; gx < 30; gx++) {
          const p = { x: (width * gx) / 30, y: (height * gy) / 20 };
          const before = count("kg:hover");
          at("mousemove", p);
          if (count("kg:hover") > before) return empty ? { node: p, empty } : null;
          empty = empty || p;
        }
      return null;
    },
    async hover(node, empty) {
      at("mousemove", empty);
      await idle();
      return timed("mousemove", node, "kg:hover");
    },
    async select(node, empty) {
      at("click", empty);
      await sleep(400); // past sigma's double-click window
      await idle();
      const sample = await timed("click", node, "kg:select");
      await sleep(400);
      return sample;
    },
  };
})();
`;

async function measureInteractions(browser: Browser, url: string) {
  const { page, errors, context } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: "commit" });
    await waitForFirstRender(page, "app", errors);
    await page.evaluate(INTERACTION_HELPERS);
    await page.evaluate("window.__kgBench.idle()");
    const points = (await page.evaluate("window.__kgBench.find()")) as {
      node: unknown;
      empty: unknown;
    } | null;
    if (!points)
      return {
        error: "no node found under the pointer on a 30×20 grid over the canvas (or no kg:hover measure)",
      };
    const hover: InteractionSample[] = [];
    const select: InteractionSample[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      const h = (await page.evaluate(
        `window.__kgBench.hover(${JSON.stringify(points.node)}, ${JSON.stringify(points.empty)})`,
      )) as InteractionSample | null;
      if (h) hover.push(h);
      const s = (await page.evaluate(
        `window.__kgBench.select(${JSON.stringify(points.node)}, ${JSON.stringify(points.empty)})`,
      )) as InteractionSample | null;
      if (s) select.push(s);
    }
    const sum = (samples: InteractionSample[]) =>
      samples.length
        ? {
            samples: samples.length,
            jsMs: Math.round(median(samples.map((s) => s.js)) * 10) / 10,
            jsMaxMs: Math.round(Math.max(...samples.map((s) => s.js)) * 10) / 10,
            taskMs: Math.round(median(samples.map((s) => s.task)) * 10) / 10,
            frameMs: Math.round(median(samples.map((s) => s.frame))),
          }
        : undefined;
    return {
      hover: sum(hover),
      select: sum(select),
      ...(errors.length ? { consoleErrors: errors.slice(0, 5) } : {}),
    };
  } finally {
    await context.close();
  }
}

/** A full refresh of the bare page (every reducer, every item): what dimming all items costs at least. */
async function measureBareRefresh(browser: Browser, url: string) {
  const { page, errors, context } = await openPage(browser);
  try {
    await page.goto(url, { waitUntil: "commit" });
    await waitForFirstRender(page, "bare page", errors);
    await page.evaluate(INTERACTION_HELPERS);
    const times: number[] = [];
    for (let i = 0; i < INTERACTIONS; i++) {
      await page.evaluate("window.__kgBench.idle()");
      const time = await page.evaluate(
        "(() => { const t = performance.now(); window.benchSigma.refresh(); return performance.now() - t; })()",
      );
      times.push(time as number);
    }
    return Math.round(median(times));
  } finally {
    await context.close();
  }
}

type Result = {
  size: string;
  fileMB: number;
  app: Summary;
  bare: Summary;
  validated: Summary;
  ratio?: number;
  loadGraphAddsMs?: number;
  sigmaFrameRatio?: number;
  bareRefreshMs?: number | { error: string };
  interactions?: Awaited<ReturnType<typeof measureInteractions>> | { error: string };
};

const fixed = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));

function printTable(results: Result[]) {
  console.log(
    `\nfirst render, ms from navigation start (median of ${RUNS}); "sigma frame": end of the task in which sigma drew its first frame, observed alike on both pages`,
  );
  const verdict: Record<string, boolean> = {};
  const rows = [
    [
      "graph",
      "MB",
      "app data → built → kg:first-render",
      "app sigma frame",
      "bare data → built → first render",
      "app/bare",
      `floor ≤ ${FLOORS.firstRenderRatio}`,
      "app/bare sigma frame",
    ],
    ...results.map((r) => {
      const pass = r.ratio !== undefined && r.ratio <= FLOORS.firstRenderRatio;
      verdict[`firstRender ${r.size}`] = pass;
      return [
        r.size,
        String(r.fileMB),
        `${ms(r.app.dataLoadedMs)} → ${ms(r.app.graphBuiltMs)} → ${ms(r.app.firstRenderMs)}`,
        ms(r.app.sigmaFrameMs),
        `${ms(r.bare.dataLoadedMs)} → ${ms(r.bare.graphBuiltMs)} → ${ms(r.bare.firstRenderMs)}`,
        fixed(r.ratio),
        pass ? "pass" : "MISS",
        fixed(r.sigmaFrameRatio),
      ];
    }),
  ];
  printRows(rows);
  for (const r of results) {
    for (const [name, summary] of [
      ["app", r.app],
      ["bare page", r.bare],
      ["bare page with loadGraph", r.validated],
    ] as const)
      if (summary.error)
        console.log(`${r.size}: the ${name} failed: ${summary.error.split("\n").slice(0, 4).join(" | ")}`);
    if (r.loadGraphAddsMs !== undefined)
      console.log(
        `${r.size}: text → graph built, median per run: app ${ms(r.app.buildMs)} ms, bare page ${ms(r.bare.buildMs)} ms (JSON.parse + import), bare page with loadGraph ${ms(r.validated.buildMs)} ms: loadGraph's checks add ${Math.round(r.loadGraphAddsMs)} ms`,
      );
  }
  for (const r of results) {
    const i = r.interactions;
    if (!i) continue;
    if ("error" in i) {
      console.log(`${r.size} interactions: ${i.error}`);
      verdict[`hover ${r.size}`] = false;
      verdict[`select ${r.size}`] = false;
      continue;
    }
    console.log(
      `\ninteractions at ${r.size} (app, median of ${INTERACTIONS}; rasteriser = to the 2nd frame, incl. SwiftShader, not the app's JS):`,
    );
    const interactionRows = [
      [
        "",
        "JS ms (kg:*)",
        "max",
        "JS + microtasks ms",
        "rasteriser: to 2nd frame ms",
        `floor < ${FLOORS.interactionMs} ms`,
      ],
    ];
    for (const [name, sample] of [
      ["hover", i.hover],
      ["select", i.select],
    ] as const) {
      const pass = sample !== undefined && sample.jsMs < FLOORS.interactionMs;
      verdict[`${name} ${r.size}`] = pass;
      interactionRows.push(
        sample
          ? [
              name,
              String(sample.jsMs),
              String(sample.jsMaxMs),
              String(sample.taskMs),
              String(sample.frameMs),
              pass ? "pass" : "MISS",
            ]
          : [name, "no measure", "", "", "", "MISS"],
      );
    }
    printRows(interactionRows);
    const refresh = r.bareRefreshMs;
    if (refresh !== undefined)
      console.log(
        typeof refresh === "number"
          ? `bare page at ${r.size}, one full sigma refresh (all reducers, all items): ${refresh} ms`
          : `bare page refresh: ${refresh.error}`,
      );
  }
  return verdict;
}

function printRows(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows)
    console.log(
      row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "),
    );
}

/** One app load under Chromium's sampling profiler: the functions with the most self time. */
async function profileLoad(browser: Browser, url: string) {
  const { page, errors, context } = await openPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    await cdp.send("Profiler.start");
    await page.goto(url, { waitUntil: "commit" });
    await waitForFirstRender(page, "app", errors);
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
    const file = join(ROOT, "bench-results/explorer-app.cpuprofile");
    await mkdir(join(ROOT, "bench-results"), { recursive: true });
    await writeFile(file, JSON.stringify(profile));
    console.log(`\nCPU profile of one app load (${file}), self time by function:`);
    for (const [name, time] of topSelfTime(profile, 20)) console.log(`${ms(time).padStart(8)} ms  ${name}`);
  } finally {
    await context.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function topSelfTime(profile: CpuProfile, count: number): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

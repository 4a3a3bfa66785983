import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestCorpus } from "../../src/cli/ingest-corpus";
import { startExtractWorkers } from "../../src/cli/extract-pool";
import { workerScript } from "../../src/cli/worker/worker-script";
import { writeGraphFile } from "../../src/cli/graph-file";
import { writeFileAtomic } from "../../src/cli/atomic-write";
import { loadGraph, serializeGraph } from "../../src/model";
import { layoutInput } from "../../src/graph/layout";
import { ARTICLES, tempFolder } from "./run-cli";

let dir: string;
const gazetteer = { entities: [] };

beforeAll(async () => {
  dir = await tempFolder(ARTICLES);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The graph without its generation time, for comparing two runs. */
const content = (result: Awaited<ReturnType<typeof ingestCorpus>>) => {
  const { attributes, ...rest } = serializeGraph(result.graph);
  return { ...rest, documents: attributes.documents };
};

describe("ingestCorpus", { timeout: 30_000 }, () => {
  it("extracts on worker threads (their code bundled by esbuild) exactly what the main thread extracts", async () => {
    const progress: number[] = [];
    const threaded = await ingestCorpus([join(dir, "docs")], {
      gazetteer,
      workers: 2,
      callingThreadExtracts: false,
      onProgress: (done) => progress.push(done),
    });
    const inline = await ingestCorpus([join(dir, "docs")], { gazetteer, workers: 0 });
    expect(threaded.documents).toBe(3);
    expect(progress).toEqual([1, 2, 3]);
    expect(content(threaded)).toEqual(content(inline));
  });

  it("skips a file the workers cannot read with the same warning naming it as the calling thread gives", async () => {
    const mixed = await tempFolder({
      ...ARTICLES,
      "docs/blank.txt": "",
      "docs/picture.html": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]),
    });
    try {
      const threaded = await ingestCorpus([join(mixed, "docs")], {
        gazetteer,
        workers: 2,
        callingThreadExtracts: false,
      });
      const inline = await ingestCorpus([join(mixed, "docs")], { gazetteer, workers: 0 });
      expect(threaded.warnings).toContain(`${join(mixed, "docs", "blank.txt")}: skipped, the file is empty`);
      expect(threaded.warnings).toContain(
        `${join(mixed, "docs", "picture.html")}: skipped, binary data (not a text file)`,
      );
      expect(threaded.warnings).toEqual(inline.warnings);
      expect(content(threaded)).toEqual(content(inline));
    } finally {
      await rm(mixed, { recursive: true, force: true });
    }
  });

  it("shares a large corpus between the calling thread and a worker, in file order, with the same graph", async () => {
    const articles = Object.entries(ARTICLES).filter(([name]) => name.startsWith("docs/"));
    const many = await tempFolder(
      Object.fromEntries(
        Array.from({ length: 420 }, (_, i) => {
          const [name, text] = articles[i % articles.length]!;
          return [`docs/${String(i).padStart(3, "0")}-${name.slice(5)}`, text];
        }),
      ),
    );
    try {
      const progress: number[] = [];
      const shared = await ingestCorpus([join(many, "docs")], {
        gazetteer,
        workers: 2,
        onProgress: (done) => progress.push(done),
      });
      const inline = await ingestCorpus([join(many, "docs")], { gazetteer, workers: 0 });
      expect(shared.documents).toBe(420);
      expect(progress).toEqual(Array.from({ length: 420 }, (_, i) => i + 1));
      expect(content(shared)).toEqual(content(inline));
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  });

  describe("with workers started before the corpus is read", { timeout: 60_000 }, () => {
    let many: string;
    beforeAll(async () => {
      const articles = Object.entries(ARTICLES).filter(([name]) => name.startsWith("docs/"));
      many = await tempFolder(
        Object.fromEntries(
          Array.from({ length: 410 }, (_, i) => {
            const [name, text] = articles[i % articles.length]!;
            return [`docs/${String(i).padStart(3, "0")}-${name.slice(5)}`, text];
          }),
        ),
      );
      // Workers start early only from a cached bundle: made here if no test before made it.
      await workerScript(fileURLToPath(new URL("../../src/cli/worker/extract-here.ts", import.meta.url)));
    }, 30_000);
    afterAll(() => rm(many, { recursive: true, force: true }));

    it("starts none for one thread or for fewer files than a worker is worth", () => {
      expect(startExtractWorkers([join(many, "docs")], 1)).toBeUndefined();
      expect(startExtractWorkers([join(dir, "docs")], 2)).toBeUndefined();
      expect(startExtractWorkers([join(dir, "nowhere")], 2)).toBeUndefined();
    });

    it("hands them the corpus and the layout: the same graph as the calling thread's alone", async () => {
      const started = startExtractWorkers([join(many, "docs")], 2);
      expect(started?.pool.size).toBe(1);
      try {
        const layout = vi.spyOn(started!.pool, "layout");
        const shared = await ingestCorpus([join(many, "docs")], { gazetteer, workers: 2, started });
        const inline = await ingestCorpus([join(many, "docs")], { gazetteer, workers: 0 });
        expect(shared.documents).toBe(410);
        expect(content(shared)).toEqual(content(inline));
        // Laid out by the worker, which is stopped once it has.
        await expect(layout.mock.results[0]?.value).resolves.toBeInstanceOf(Float64Array);
        expect(started!.pool.layout(layoutInput(shared.graph))).toBeUndefined();
      } finally {
        started?.pool.close();
      }
    });

    it("stops those the corpus does not need, and the run neither fails nor waits for them", async () => {
      // Two started (one a thread each for 400 files of three threads), one kept for two threads.
      const two = startExtractWorkers([join(many, "docs")], 3);
      const none = startExtractWorkers([join(many, "docs")], 2);
      expect(two?.pool.size).toBe(2);
      try {
        const kept = await ingestCorpus([join(many, "docs")], { gazetteer, workers: 2, started: two });
        expect(kept.documents).toBe(410);
        expect(two?.pool.size).toBe(1);
        // A smaller corpus than counted (other paths given): no worker at all.
        const small = await ingestCorpus([join(dir, "docs")], { gazetteer, workers: 2, started: none });
        const inline = await ingestCorpus([join(dir, "docs")], { gazetteer, workers: 0 });
        expect(content(small)).toEqual(content(inline));
      } finally {
        two?.pool.close();
        none?.pool.close();
      }
    });
  });

  it.each([
    ["on worker threads", false],
    ["on the calling thread", true],
  ])("stops with an AbortError when the run is interrupted %s", async (_where, callingThreadExtracts) => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = ingestCorpus([join(dir, "docs")], {
      gazetteer,
      workers: 2,
      callingThreadExtracts,
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(progress).toEqual([1]);
  });
});

describe("writing the graph", () => {
  it("writes a file that loadGraph accepts, one node or edge a line", async () => {
    const result = await ingestCorpus([join(dir, "docs")], { gazetteer, workers: 0 });
    const out = join(dir, "graph.json");
    await writeGraphFile(out, result.graph);
    const text = await readFile(out, "utf8");
    expect(loadGraph(text).ok).toBe(true);
    expect(text.split("\n").length).toBeGreaterThan(result.graph.order + result.graph.size);
  });

  it("leaves the old file and no temporary file when the write fails or is interrupted", async () => {
    const out = join(dir, "kept.json");
    await writeFile(out, "old");
    function* failing() {
      yield "partial";
      throw new Error("disk full");
    }
    await expect(writeFileAtomic(out, failing())).rejects.toThrow("disk full");
    const controller = new AbortController();
    controller.abort();
    await expect(writeFileAtomic(out, ["new"], controller.signal)).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(await readFile(out, "utf8")).toBe("old");
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/model";
import { startServer, type RunningServer } from "../../src/server/server";
import { recordingReader } from "./recording-reader";

const { reader, calls } = recordingReader();
let server: RunningServer;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "serve-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(
    join(dist, "index.html"),
    "<!doctype html><html><head><title>x</title></head><body></body></html>",
  );
  writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(tmpdir(), "serve-secret.txt"), "secret");
  server = await startServer({ reader, distDir: dist, host: "127.0.0.1", port: 0, log: () => {} });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // plain text answers (documents, static files)
  }
  return { status: response.status, text, json: json as Record<string, unknown>, headers: response.headers };
}

describe("the API answers well-formed requests", () => {
  it("finds entities by name", async () => {
    const { status, json } = await get("/api/search?q=russ");
    expect(status).toBe(200);
    expect(json.hits).toEqual([expect.objectContaining({ key: "state:russia", label: "Russia" })]);
    expect(calls).toEqual(["search russ 20"]);
  });

  it("answers an ego query with graph JSON that loadGraph accepts and says how many claims were left out", async () => {
    const { status, json } = await get(
      "/api/ego?node=state%3Arussia&hops=2&from=2022&to=2023-06&types=attributed-to,attacked&limit=1",
    );
    expect(status).toBe(200);
    expect(loadGraph(json).ok).toBe(true);
    expect((json.attributes as Record<string, unknown>).ego).toEqual({
      node: "state:russia",
      hops: 2,
      total: 7,
      returned: 1,
      omitted: 6,
    });
    expect(JSON.parse(calls[0]!.slice(4))).toEqual({
      node: "state:russia",
      hops: 2,
      limit: 1,
      from: "2022",
      to: "2023-06",
      types: ["attributed-to", "attacked"],
    });
  });

  it("pages a claim's evidence and serves stats and article text", async () => {
    const key = encodeURIComponent("attributed-to:incident:x-2022-08->state:russia");
    const page = await get(`/api/claims/${key}/evidence?offset=0&limit=10`);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({ total: 1, offset: 0, evidence: [{ quote: "Russia was behind it." }] });
    expect((await get("/api/stats")).json).toEqual({
      documents: 1,
      entities: 2,
      claims: 1,
      evidence: 1,
      texts: true,
    });
    const doc = await get("/api/documents/a.txt");
    expect(doc.status).toBe(200);
    expect(doc.text).toContain("Russia was behind it.");
    expect((await get("/api/documents/missing.txt")).status).toBe(404);
  });
});

describe("hostile or malformed requests get a 400 and never reach the store", () => {
  const cases: [string, string, RegExp][] = [
    ["SQL in a node key", "/api/ego?node=state:russia'%20OR%201=1;--", /node must be an entity key/],
    [
      "SQL in a claim key",
      `/api/claims/${encodeURIComponent("x'; DROP TABLE claims;--")}/evidence`,
      /not a claim key/,
    ],
    ["a huge limit", "/api/ego?node=state:russia&limit=99999999", /limit must be between 1 and 2000/],
    ["a limit that is not a number", "/api/search?q=a&limit=1e9", /limit must be a whole number/],
    [
      "a negative offset",
      `/api/claims/${encodeURIComponent("attributed-to:incident:x-2022-08->state:russia")}/evidence?offset=-1`,
      /offset must be a whole number/,
    ],
    [
      "a huge evidence page",
      `/api/claims/${encodeURIComponent("attributed-to:incident:x-2022-08->state:russia")}/evidence?limit=5000`,
      /limit must be between 1 and 200/,
    ],
    ["a malformed date", "/api/ego?node=state:russia&from=2022-13-01", /from must be a date/],
    ["a date that is not a date", "/api/ego?node=state:russia&to=yesterday", /to must be a date/],
    [
      "dates in the wrong order",
      "/api/ego?node=state:russia&from=2023&to=2022-05",
      /from \(2023\) is after to/,
    ],
    [
      "an unknown claim type",
      "/api/ego?node=state:russia&types=attacked,hacked",
      /unknown claim type "hacked"/,
    ],
    ["too many hops", "/api/ego?node=state:russia&hops=3", /hops must be between 1 and 2/],
    ["an unknown parameter", "/api/ego?node=state:russia&order=1;DROP", /unknown parameter "order"/],
    ["a repeated parameter", "/api/ego?node=state:russia&node=state:france", /given more than once/],
    ["a missing node", "/api/ego", /node is required/],
    ["an empty search", "/api/search?q=%20", /q is required/],
    ["a very long search", `/api/search?q=${"a".repeat(201)}`, /at most 200 characters/],
    ["a bad document id", `/api/documents/${encodeURIComponent("../../etc/passwd")}`, /not a document id/],
  ];
  it.each(cases)("%s", async (_, path, message) => {
    const { status, json } = await get(path);
    expect(status).toBe(400);
    expect(json.error).toMatch(message);
    expect(calls).toEqual([]);
  });

  it("an unknown entity or claim is a 400 naming it", async () => {
    const ego = await get("/api/ego?node=state:atlantis");
    expect(ego.status).toBe(400);
    expect(ego.json.error).toBe('no entity "state:atlantis" in the store');
    const claim = await get(
      `/api/claims/${encodeURIComponent("attacked:incident:x-2022-08->state:france")}/evidence`,
    );
    expect(claim.status).toBe(400);
    expect(claim.json.error).toMatch(/no claim "attacked:incident:x-2022-08->state:france"/);
  });
});

describe("the server", () => {
  it("serves the explorer with the server-mode flag, and its assets", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.text).toContain('<meta name="claim-store-api" content="/api" />');
    const asset = await get("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
  });

  it("never serves a file outside dist/", async () => {
    for (const path of [
      "/../serve-secret.txt",
      "/%2e%2e/serve-secret.txt",
      "/assets/..%2f..%2fserve-secret.txt",
    ]) {
      const { status, text } = await get(path);
      expect(status).toBe(404);
      expect(text).not.toContain("secret\n");
      expect(text).not.toBe("secret");
    }
  });

  it("is read-only and says so", async () => {
    const { status, json } = await get("/api/stats", { method: "POST", body: "{}" });
    expect(status).toBe(405);
    expect(json.error).toMatch(/read-only/);
    expect(calls).toEqual([]);
  });

  it("answers a store failure with a 500 that leaks nothing", async () => {
    const logged: string[] = [];
    const failing = await startServer({
      reader: { ...reader, stats: () => Promise.reject(new Error("connection refused at 10.1.2.3")) },
      distDir: null,
      host: "127.0.0.1",
      port: 0,
      log: (m) => logged.push(m),
    });
    try {
      const response = await fetch(`${failing.url}/api/stats`);
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain("10.1.2.3");
      expect(logged[0]).toContain("connection refused");
    } finally {
      await failing.close();
    }
  });

  it("binds 127.0.0.1 when asked to", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

/**
 * The HTTP server of `npm run serve`: the built explorer (dist/) and the read-only API under
 * `/api`. The page it serves carries `<meta name="claim-store-api" content="/api">`, which puts the
 * explorer in server mode. Only GET and HEAD are answered; nothing outside dist/ is ever read.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { answerApi } from "./api";
import type { ClaimStoreReader } from "./reader";

export const API_META = "claim-store-api";

export interface ServeOptions {
  reader: ClaimStoreReader;
  /** The built explorer; `null` serves the API alone. */
  distDir: string | null;
  host: string;
  port: number;
  /** Where failures of the store are reported (the client gets a 500 without internals). */
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  });
  res.end(head ? undefined : body);
}

const sendJson = (res: ServerResponse, status: number, body: unknown, head: boolean) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body), head);

/** index.html with the server-mode flag in its head. */
export function withApiMeta(html: string, apiBase = "/api"): string {
  return html.replace("<head>", `<head>\n    <meta name="${API_META}" content="${apiBase}" />`);
}

async function serveStatic(distDir: string, pathname: string, res: ServerResponse, head: boolean) {
  const root = resolve(distDir);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return sendJson(res, 400, { error: "malformed path" }, head);
  }
  const file = resolve(join(root, normalize(relative)));
  if (file !== root && !file.startsWith(root + sep)) return sendJson(res, 404, { error: "not found" }, head);
  const target = (await stat(file).catch(() => null))?.isDirectory() ? join(file, "index.html") : file;
  const content = await readFile(target).catch(() => null);
  if (!content) return sendJson(res, 404, { error: `not found: ${pathname.slice(0, 200)}` }, head);
  const type = CONTENT_TYPES[extname(target)] ?? "application/octet-stream";
  if (target.endsWith(`${sep}index.html`))
    return send(res, 200, type, withApiMeta(content.toString("utf8")), head);
  return send(res, 200, type, content, head);
}

async function handle(options: ServeOptions, req: IncomingMessage, res: ServerResponse) {
  const head = req.method === "HEAD";
  if (req.method !== "GET" && !head) {
    res.setHeader("allow", "GET, HEAD");
    return sendJson(res, 405, { error: `${req.method} is not allowed: this server is read-only` }, false);
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
    const answer = await answerApi(options.reader, url.pathname.slice(4), url.searchParams);
    if ("json" in answer)
      return send(res, answer.status, "application/json; charset=utf-8", answer.json, head);
    if (typeof answer.body === "string")
      return send(res, answer.status, "text/plain; charset=utf-8", answer.body, head);
    return sendJson(res, answer.status, answer.body, head);
  }
  if (!options.distDir)
    return sendJson(res, 404, { error: "this server serves the API only (/api/...)" }, head);
  return serveStatic(options.distDir, url.pathname, res, head);
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const server: Server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      log(`serve: ${req.method} ${req.url?.slice(0, 300)} failed: ${(error as Error).message}`);
      if (!res.headersSent)
        sendJson(res, 500, { error: "the store could not answer; see the server log" }, false);
      else res.destroy();
    });
  });
  // Browsers and proxies reuse a connection after Node's 5 s default has closed it (a reset on the
  // next request); keep idle connections open longer than a person pauses between expansions.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      resolvePromise({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

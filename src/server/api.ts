/**
 * The read-only JSON API over the claim store, as a function from a request URL to an answer (the
 * HTTP server only transports it):
 *
 *   GET /api/search?q=&limit=                        entities by name or alias
 *   GET /api/ego?node=KEY&hops=&from=&to=&types=&limit=   a neighbourhood as graph JSON
 *   GET /api/claims/KEY/evidence?offset=&limit=       a page of one claim's evidence
 *   GET /api/documents/ID                             an article's text (for the reader)
 *   GET /api/stats                                    counts, and whether article texts are kept
 *
 * An ego answer is a graph JSON fragment (`loadGraph` validates it) whose graph attribute `ego`
 * (an `EgoSummary` of the data model) says how many matching claims there were and how many the
 * limit left out; the store makes it as text, and it is sent as it is.
 */
import {
  BadRequest,
  documentIdParam,
  edgeKeyParam,
  egoParams,
  noParams,
  pageParams,
  searchParams,
} from "./params";
import type { ClaimStoreReader } from "./reader";

export type ApiAnswer =
  | {
      status: number;
      /** JSON-serialisable, or a string sent as plain text. */
      body: unknown;
    }
  /** JSON text made by the store (an ego fragment), sent as it is: megabytes are not parsed and serialised again. */
  | { status: number; json: string };

const fail = (status: number, message: string): ApiAnswer => ({ status, body: { error: message } });

/** Answers one API request; `path` is the URL path after `/api`. */
export async function answerApi(
  reader: ClaimStoreReader,
  path: string,
  query: URLSearchParams,
): Promise<ApiAnswer> {
  try {
    return await route(reader, path, query);
  } catch (error) {
    if (error instanceof BadRequest) return fail(400, error.message);
    throw error;
  }
}

async function route(reader: ClaimStoreReader, path: string, query: URLSearchParams): Promise<ApiAnswer> {
  if (path === "/search") {
    const { q, limit } = searchParams(query);
    return { status: 200, body: { query: q, hits: await reader.search(q, limit) } };
  }
  if (path === "/ego") {
    const params = egoParams(query);
    const answer = await reader.egoJson(params);
    if (!answer) throw new BadRequest(`no entity "${params.node}" in the store`);
    return { status: 200, json: answer.json };
  }
  if (path === "/stats") {
    noParams(query);
    const { documents, entities, claims, evidence } = await reader.stats();
    // `texts`: whether /api/documents/ID can answer (the explorer's reader asks only then).
    const texts = typeof reader.documentText === "function";
    return { status: 200, body: { documents, entities, claims, evidence, texts } };
  }
  const claim = /^\/claims\/([^/]+)\/evidence$/.exec(path);
  if (claim) {
    const key = edgeKeyParam(decode(claim[1]!));
    const { offset, limit } = pageParams(query);
    const page = await reader.evidence(key, offset, limit);
    if (!page) throw new BadRequest(`no claim "${key}" in the store`);
    const { total, evidence, documents } = page;
    return { status: 200, body: { claim: key, offset, total, evidence, documents } };
  }
  const document = /^\/documents\/([^/]+)$/.exec(path);
  if (document) {
    const id = documentIdParam(decode(document[1]!));
    noParams(query);
    const text = reader.documentText ? await reader.documentText(id) : null;
    return text === null ? fail(404, `the text of "${id}" is not in the store`) : { status: 200, body: text };
  }
  return fail(
    404,
    `no API endpoint ${path} (endpoints: /api/search, /api/ego, /api/claims/KEY/evidence, /api/documents/ID, /api/stats)`,
  );
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest(`"${segment.slice(0, 80)}" is not a valid URL path segment`);
  }
}

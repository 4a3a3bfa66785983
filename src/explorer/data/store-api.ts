/**
 * The explorer's second data source: the read-only API of `npm run serve` over the claim store.
 * The page is in server mode when its URL has `?api=BASE` or the page carries
 * `<meta name="claim-store-api" content="BASE">` (the server injects it). Every answer is checked:
 * graph fragments go through `loadGraph` like any graph file, and a failure becomes a message
 * naming the request, never a throw.
 */
import {
  egoSummaryOf,
  loadGraph,
  type ClaimGraph,
  type DocumentMeta,
  type EdgeType,
  type EgoSummary,
  type Evidence,
  type NodeType,
} from "../../model";
import type { DocumentSource } from "./documents";

export const API_META_NAME = "claim-store-api";

/** The API base URL when the page is in server mode, else `null`. */
export function storeApiBase(location: Location = window.location, doc: Document = document): string | null {
  const param = new URLSearchParams(location.search).get("api");
  const meta = doc.querySelector(`meta[name="${API_META_NAME}"]`)?.getAttribute("content");
  const base = param || meta;
  return base ? new URL(base.replace(/\/?$/, "/"), location.href).href : null;
}

export interface StoreHit {
  key: string;
  label: string;
  type: NodeType;
  degree: number;
}

export interface EgoRequest {
  node: string;
  hops?: 1 | 2;
  from?: string;
  to?: string;
  types?: readonly EdgeType[];
  limit?: number;
}

/** What the server says about a neighbourhood it sent (graph attribute `ego`). */
export type { EgoSummary };

export interface EvidenceAnswer {
  total: number;
  evidence: Evidence[];
  documents: DocumentMeta[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; message: string };

export interface StoreApi {
  search(query: string, signal?: AbortSignal): Promise<ApiResult<StoreHit[]>>;
  ego(request: EgoRequest): Promise<ApiResult<{ fragment: ClaimGraph; summary: EgoSummary }>>;
  evidence(claim: string, offset: number, limit: number): Promise<ApiResult<EvidenceAnswer>>;
  /** Article text for the reader (`null`: the store does not keep it; the reader shows the quote). */
  documents: DocumentSource;
}

async function getJson(url: string, signal?: AbortSignal): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(url, { signal, headers: { accept: "application/json" } });
    const json: unknown = await response.json().catch(() => null);
    if (response.ok && json !== null) return { ok: true, value: json };
    const error = (json as { error?: unknown } | null)?.error;
    return {
      ok: false,
      message:
        typeof error === "string"
          ? error
          : `the server answered ${response.status} ${response.statusText}`.trim(),
    };
  } catch (error) {
    return { ok: false, message: `the claim store could not be reached (${(error as Error).message})` };
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

export function createStoreApi(base: string): StoreApi {
  const url = (path: string, params: Record<string, string | undefined> = {}) => {
    const u = new URL(path, base);
    for (const [name, value] of Object.entries(params)) if (value) u.searchParams.set(name, value);
    return u.href;
  };
  const texts = new Map<string, Promise<string | null>>();
  // Asked once: a store that keeps no article text is not asked for each one.
  let keepsTexts: Promise<boolean> | undefined;
  const storeKeepsTexts = () =>
    (keepsTexts ??= getJson(url("stats")).then((a) => a.ok && isRecord(a.value) && a.value.texts === true));
  return {
    async search(query, signal) {
      const answer = await getJson(url("search", { q: query, limit: "12" }), signal);
      if (!answer.ok) return answer;
      const hits = isRecord(answer.value) ? answer.value.hits : null;
      return Array.isArray(hits)
        ? { ok: true, value: hits as StoreHit[] }
        : { ok: false, message: "the search answer has no hits list" };
    },
    async ego(request) {
      const answer = await getJson(
        url("ego", {
          node: request.node,
          hops: request.hops?.toString(),
          from: request.from,
          to: request.to,
          types: request.types?.join(","),
          limit: request.limit?.toString(),
        }),
      );
      if (!answer.ok) return answer;
      const loaded = loadGraph(answer.value);
      if (!loaded.ok) {
        const first = loaded.problems[0];
        return {
          ok: false,
          message: `the neighbourhood of ${request.node} is not a valid graph (${first?.path}: ${first?.message})`,
        };
      }
      const summary = egoSummaryOf(loaded.graph.getAttributes());
      const returned = loaded.graph.size;
      return {
        ok: true,
        value: {
          fragment: loaded.graph,
          summary: summary ?? {
            node: request.node,
            hops: request.hops ?? 1,
            total: returned,
            returned,
            omitted: 0,
          },
        },
      };
    },
    async evidence(claim, offset, limit) {
      const answer = await getJson(
        url(`claims/${encodeURIComponent(claim)}/evidence`, { offset: String(offset), limit: String(limit) }),
      );
      if (!answer.ok) return answer;
      const value = answer.value as Partial<EvidenceAnswer>;
      return Array.isArray(value.evidence)
        ? {
            ok: true,
            value: {
              total: value.total ?? value.evidence.length,
              evidence: value.evidence,
              documents: value.documents ?? [],
            },
          }
        : { ok: false, message: `the evidence of ${claim} came back without quotes` };
    },
    documents: {
      load(id) {
        let text = texts.get(id);
        if (!text) {
          text = storeKeepsTexts().then((kept) =>
            kept
              ? fetch(url(`documents/${encodeURIComponent(id)}`))
                  .then((r) => (r.ok ? r.text() : null))
                  .catch(() => null)
              : null,
          );
          texts.set(id, text);
        }
        return text;
      },
    },
  };
}

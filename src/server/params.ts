/**
 * The API's query parameters, checked before any query runs: every value is typed, bounded and
 * matched against the data model's vocabulary, so a hostile request (an SQL fragment, a huge limit,
 * a malformed date, an unknown type or parameter) is answered 400 with a message naming the
 * parameter, and the store only ever sees values it can bind as query parameters.
 */
import { EDGE_TYPES, NODE_TYPES, PARTIAL_DATE_PATTERN, type EdgeType } from "../model";

/** Caps and defaults of every list the API returns. */
export const API_LIMITS = {
  searchDefault: 20,
  searchMax: 50,
  queryMaxChars: 200,
  egoDefault: 500,
  egoMax: 2000,
  hopsMax: 2,
  evidenceDefault: 50,
  evidenceMax: 200,
  offsetMax: 1_000_000,
} as const;

export class BadRequest extends Error {
  override name = "BadRequest";
}

const SLUG = String.raw`[\p{L}\p{N}][\p{L}\p{N}._-]{0,199}`;
const NODE_KEY = new RegExp(`^(?:${NODE_TYPES.join("|")}):${SLUG}$`, "u");
const EDGE_KEY = new RegExp(
  `^(?:${EDGE_TYPES.join("|")}):(?:${NODE_TYPES.join("|")}):${SLUG}->(?:${NODE_TYPES.join("|")}):${SLUG}$`,
  "u",
);
const DOCUMENT_ID = /^[\p{L}\p{N}_][\p{L}\p{N}_.,() -]{0,254}$/u;

/** Rejects parameters the endpoint does not know, and repeated ones. */
function only(params: URLSearchParams, allowed: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!allowed.includes(name))
      throw new BadRequest(
        `unknown parameter "${name.slice(0, 40)}" (allowed: ${allowed.join(", ") || "none"})`,
      );
    if (seen.has(name)) throw new BadRequest(`parameter "${name}" is given more than once`);
    seen.add(name);
  }
}

function wholeNumber(params: URLSearchParams, name: string, min: number, max: number, fallback: number) {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw))
    throw new BadRequest(`${name} must be a whole number, got "${raw.slice(0, 40)}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function partialDate(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  if (!PARTIAL_DATE_PATTERN.test(raw))
    throw new BadRequest(`${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${raw.slice(0, 40)}"`);
  return raw;
}

export function nodeKeyParam(raw: string | null, name = "node"): string {
  if (raw === null || raw === "")
    throw new BadRequest(`${name} is required (an entity key such as state:france)`);
  if (!NODE_KEY.test(raw))
    throw new BadRequest(
      `${name} must be an entity key "<type>:<slug>" with type one of ${NODE_TYPES.join(", ")}, got "${raw.slice(0, 80)}"`,
    );
  return raw;
}

export function edgeKeyParam(raw: string): string {
  if (!EDGE_KEY.test(raw))
    throw new BadRequest(`"${raw.slice(0, 120)}" is not a claim key "<type>:<source>-><target>"`);
  return raw;
}

export function documentIdParam(raw: string): string {
  if (!DOCUMENT_ID.test(raw)) throw new BadRequest(`"${raw.slice(0, 80)}" is not a document id`);
  return raw;
}

export interface SearchParams {
  q: string;
  limit: number;
}

export function searchParams(params: URLSearchParams): SearchParams {
  only(params, ["q", "limit"]);
  const q = (params.get("q") ?? "").trim();
  if (!q) throw new BadRequest("q is required (the name or alias to look for)");
  if (q.length > API_LIMITS.queryMaxChars)
    throw new BadRequest(`q must be at most ${API_LIMITS.queryMaxChars} characters, got ${q.length}`);
  return { q, limit: wholeNumber(params, "limit", 1, API_LIMITS.searchMax, API_LIMITS.searchDefault) };
}

export interface EgoParams {
  node: string;
  hops: number;
  from?: string;
  to?: string;
  types?: EdgeType[];
  limit: number;
}

export function egoParams(params: URLSearchParams): EgoParams {
  only(params, ["node", "hops", "from", "to", "types", "limit"]);
  const node = nodeKeyParam(params.get("node"));
  const hops = wholeNumber(params, "hops", 1, API_LIMITS.hopsMax, 1);
  const from = partialDate(params, "from");
  const to = partialDate(params, "to");
  // Partial dates compare as the span they start: "2022" ≤ "2022-08" ≤ "2023".
  if (from && to && from.slice(0, to.length) > to.slice(0, from.length))
    throw new BadRequest(`from (${from}) is after to (${to})`);
  const rawTypes = params.get("types");
  let types: EdgeType[] | undefined;
  if (rawTypes) {
    const names = rawTypes.split(",").map((t) => t.trim());
    const unknown = names.filter((t) => !(EDGE_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0)
      throw new BadRequest(
        `types has unknown claim type "${unknown[0]!.slice(0, 40)}" (known: ${EDGE_TYPES.join(", ")})`,
      );
    types = [...new Set(names)] as EdgeType[];
  }
  const limit = wholeNumber(params, "limit", 1, API_LIMITS.egoMax, API_LIMITS.egoDefault);
  return { node, hops, limit, ...(from && { from }), ...(to && { to }), ...(types && { types }) };
}

export interface PageParams {
  offset: number;
  limit: number;
}

export function pageParams(params: URLSearchParams): PageParams {
  only(params, ["offset", "limit"]);
  return {
    offset: wholeNumber(params, "offset", 0, API_LIMITS.offsetMax, 0),
    limit: wholeNumber(params, "limit", 1, API_LIMITS.evidenceMax, API_LIMITS.evidenceDefault),
  };
}

export function noParams(params: URLSearchParams): void {
  only(params, []);
}

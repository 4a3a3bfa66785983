/**
 * Who helped whom: requests for help, offers and delivered help between parties, whether each
 * request was answered, and the helper → beneficiary flow. Pure over a `ClaimGraph`.
 */
import type { ClaimGraph } from "../../model";
import { claimDate, claimsOfTypes, publicationDates, type ClaimRecord } from "./claims";
import { comparePartialDates, daysBetween } from "./dates";
import { createPartyIndex } from "./parties";

/** Requests from `beneficiary` to `helper`, and offers and help from `helper` to `beneficiary`. */
export interface HelpPair {
  helper: string;
  beneficiary: string;
  requests: ClaimRecord[];
  offers: ClaimRecord[];
  delivered: ClaimRecord[];
}

export interface HelpAnswer {
  claim: ClaimRecord;
  kind: "offer" | "delivered";
  /** The helper. */
  by: string;
  /** True when the helper is the party asked (or acts for it, e.g. its agency). */
  fromAsked: boolean;
  /** Days from the request to the answer; null unless both have full dates. */
  daysLater: number | null;
}

export type RequestStatus = "answered by the party asked" | "answered by others" | "unanswered";

export interface HelpRequest {
  claim: ClaimRecord;
  requester: string;
  asked: string;
  status: RequestStatus;
  /** The offers and help that answer it: from the party asked first, then by date (undated last). */
  answers: HelpAnswer[];
}

/** Offered and delivered help from one helper to one beneficiary, as claim keys. */
export interface HelpFlow {
  helper: string;
  beneficiary: string;
  offered: string[];
  delivered: string[];
}

export interface HelpMatrix {
  helpers: string[];
  beneficiaries: string[];
  /** `cells[helper][beneficiary]`; absent when no help flows between them. */
  cells: Record<string, Record<string, HelpFlow>>;
}

export interface HelpAnalysis {
  pairs: HelpPair[];
  requests: HelpRequest[];
  flows: HelpFlow[];
  matrix: HelpMatrix;
}

export function analyzeHelp(graph: ClaimGraph): HelpAnalysis {
  const claims = claimsOfTypes(graph, ["requested-help", "offered-help", "assisted"]);
  const pairs = new Map<string, HelpPair>();
  const pairOf = (helper: string, beneficiary: string) => {
    const id = `${helper}\u0000${beneficiary}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { helper, beneficiary, requests: [], offers: [], delivered: [] }));
    return pair;
  };
  for (const claim of claims) {
    if (claim.type === "requested-help") pairOf(claim.target, claim.source).requests.push(claim);
    else if (claim.type === "offered-help") pairOf(claim.source, claim.target).offers.push(claim);
    else pairOf(claim.source, claim.target).delivered.push(claim);
  }
  const requests = answerRequests(
    graph,
    claims.filter((c) => c.type === "requested-help"),
    claims.filter((c) => c.type !== "requested-help"),
  );
  const sortedPairs = [...pairs.values()].sort(
    (a, b) =>
      size(b) - size(a) || a.helper.localeCompare(b.helper) || a.beneficiary.localeCompare(b.beneficiary),
  );
  const flows = sortedPairs
    .filter((p) => p.offers.length + p.delivered.length > 0)
    .map((p) => ({
      helper: p.helper,
      beneficiary: p.beneficiary,
      offered: p.offers.map((c) => c.key),
      delivered: p.delivered.map((c) => c.key),
    }));
  return { pairs: sortedPairs, requests, flows, matrix: helpMatrix(flows) };
}

const size = (p: HelpPair) => p.requests.length + p.offers.length + p.delivered.length;

/** Help more than a year after a request is not taken as its answer. */
const ANSWER_WINDOW_DAYS = 366;

function withinWindow(request: string, answer: string): boolean {
  if (comparePartialDates(answer, request) < 0) return false;
  const days = daysBetween(request, answer);
  return days !== null
    ? days <= ANSWER_WINDOW_DAYS
    : Number(answer.slice(0, 4)) - Number(request.slice(0, 4)) <= 1;
}

/**
 * Each offer or help to a requester's side (the requester, its agencies or officials) from anyone
 * outside it answers the requests made before it and at most a year earlier: those to the helper's
 * own party if any, else all of them ("answered by others"), and of those only the latest period's.
 * So help in 2022 answers the 2022 request, not one of five years earlier, while same-month requests
 * to a state and to its minister are both answered.
 *
 * Dates compare at the precision both share. A claim without a date of its own is placed at the
 * publication of the first article reporting it (it happened by then, and news reports it soon);
 * with neither, it matches any date. Days later are counted from the claims' own dates only.
 */
function answerRequests(graph: ClaimGraph, requests: ClaimRecord[], help: ClaimRecord[]): HelpRequest[] {
  const party = createPartyIndex(graph);
  const published = publicationDates(graph);
  const dates = new Map<ClaimRecord, string | undefined>();
  for (const c of [...requests, ...help]) dates.set(c, claimDate(graph, c.key, published));
  const when = (c: ClaimRecord) => dates.get(c);
  const answers = new Map<ClaimRecord, HelpAnswer[]>(requests.map((r) => [r, []]));
  // The requests of each party, latest first, so each help claim looks only at its beneficiary's.
  const byRequester = new Map<string, ClaimRecord[]>();
  for (const r of [...requests].sort((a, b) => (when(b) ?? "").localeCompare(when(a) ?? ""))) {
    const list = byRequester.get(party(r.source)) ?? [];
    byRequester.set(party(r.source), list);
    list.push(r);
  }
  for (const claim of help) {
    const side = party(claim.target);
    if (party(claim.source) === side) continue;
    const helpDate = when(claim);
    const candidates = (byRequester.get(side) ?? []).filter((r) => {
      const requestDate = when(r);
      return !helpDate || !requestDate || withinWindow(requestDate, helpDate);
    });
    const asked = candidates.filter((r) => party(r.target) === party(claim.source));
    const pool = asked.length > 0 ? asked : candidates;
    const latest = pool[0] && when(pool[0]);
    for (const request of pool) {
      const requestDate = when(request);
      if (latest && requestDate && comparePartialDates(requestDate, latest) !== 0) continue;
      answers.get(request)?.push({
        claim,
        kind: claim.type === "offered-help" ? "offer" : "delivered",
        by: claim.source,
        fromAsked: asked.length > 0,
        daysLater: daysBetween(request.date, claim.date),
      });
    }
  }
  return requests.map((request) => {
    const found = (answers.get(request) ?? []).sort(
      (a, b) =>
        Number(b.fromAsked) - Number(a.fromAsked) ||
        (a.claim.date ?? "\uffff").localeCompare(b.claim.date ?? "\uffff"),
    );
    const status: RequestStatus = found.some((a) => a.fromAsked)
      ? "answered by the party asked"
      : found.length > 0
        ? "answered by others"
        : "unanswered";
    return { claim: request, requester: request.source, asked: request.target, status, answers: found };
  });
}

function helpMatrix(flows: HelpFlow[]): HelpMatrix {
  const total = (keys: (f: HelpFlow) => string) => {
    const sums = new Map<string, number>();
    for (const f of flows)
      sums.set(keys(f), (sums.get(keys(f)) ?? 0) + f.offered.length + f.delivered.length);
    return [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  };
  const cells: HelpMatrix["cells"] = {};
  for (const f of flows) (cells[f.helper] ??= {})[f.beneficiary] = f;
  return { helpers: total((f) => f.helper), beneficiaries: total((f) => f.beneficiary), cells };
}

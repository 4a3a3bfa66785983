/**
 * Who helped whom: requests for help, offers and delivered help between parties, whether each
 * request was answered, and the helper → beneficiary flow. Pure over a `ClaimGraph`.
 */
import type { ClaimGraph } from "../../model";
import { claimsOfTypes, type ClaimRecord } from "./claims";
import { comparePartialDates, daysBetween } from "./dates";
import { sameParty } from "./parties";

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
  /** Answers from the party asked first, then others, each group by date (undated last). */
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
  const help = claims.filter((c) => c.type !== "requested-help");
  const requests = claims
    .filter((c) => c.type === "requested-help")
    .map((request) => answerRequest(graph, request, help));
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

/**
 * A request is answered by an offer or by help to the requester's side (the requester, its agencies
 * or officials) from anyone outside it, dated on or after the request at the precision both dates
 * share, or undated (the articles often report help without a date).
 */
function answerRequest(graph: ClaimGraph, request: ClaimRecord, help: ClaimRecord[]): HelpRequest {
  const requester = request.source;
  const asked = request.target;
  const answers: HelpAnswer[] = help
    .filter(
      (c) =>
        sameParty(graph, c.target, requester) &&
        !sameParty(graph, c.source, requester) &&
        (!c.date || !request.date || comparePartialDates(c.date, request.date) >= 0),
    )
    .map((claim) => ({
      claim,
      kind: claim.type === "offered-help" ? ("offer" as const) : ("delivered" as const),
      by: claim.source,
      fromAsked: sameParty(graph, claim.source, asked),
      daysLater: daysBetween(request.date, claim.date),
    }))
    .sort(
      (a, b) =>
        Number(b.fromAsked) - Number(a.fromAsked) ||
        (a.claim.date ?? "\uffff").localeCompare(b.claim.date ?? "\uffff"),
    );
  const status: RequestStatus = answers.some((a) => a.fromAsked)
    ? "answered by the party asked"
    : answers.length > 0
      ? "answered by others"
      : "unanswered";
  return { claim: request, requester, asked, status, answers };
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

/** What the claim store answers: the read interface the HTTP API and the CLI share. */
import type {
  ClaimGraph,
  DocumentMeta,
  EdgeType,
  EgoSummary,
  Evidence,
  NodeType,
  SerializedClaimGraph,
} from "../model";
import type { DocumentExtraction } from "../extract";

export interface EntityHit {
  key: string;
  label: string;
  type: NodeType;
  /** Claims the entity takes part in. */
  degree: number;
}

export interface EgoQuery {
  /** Entity key, e.g. `state:montenegro`. */
  node: string;
  /** 1 or 2 (default 1). */
  hops?: number;
  /** ISO dates, partial allowed: claims whose date (else first report) overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Claim types to keep (default all). */
  types?: readonly EdgeType[];
  /** Claims returned at most (default 500, capped at 5,000). */
  limit?: number;
}

export interface EgoResult {
  /**
   * The neighbourhood as graph JSON that `loadGraph` validates: the claims found, their endpoints,
   * claimants and countries, and the documents their evidence and mentions cite. Each edge carries
   * its first quotes in `evidence` (3, or up to its earliest report when it has no date of its own) and `evidenceCount` (all its evidence in the store; `evidence()`
   * pages the rest). Only the entity asked about carries its mentions (in those documents); nodes
   * come without the store's layout position. The graph attribute `ego` is an `EgoSummary`.
   */
  fragment: SerializedClaimGraph;
  /** Claims that match the query, returned or not. */
  total: number;
  /** True when `total` claims matched but fewer were returned (the limit). */
  truncated: boolean;
}

export interface EvidencePage {
  claim: string;
  total: number;
  evidence: Evidence[];
  /** The documents these entries cite. */
  documents: DocumentMeta[];
}

export interface StoreStats {
  /** Articles in the log. */
  documents: number;
  entities: number;
  claims: number;
  evidence: number;
  /** Articles in the log not yet folded into entities/claims/evidence (see `refresh`). */
  unfolded: number;
  builtAt?: string;
}

export interface RefreshResult {
  documents: number;
  entities: number;
  claims: number;
  evidence: number;
  seconds: number;
}

export interface ClaimStore {
  engine: "postgres" | "pglite";
  search(query: string, limit?: number): Promise<EntityHit[]>;
  /** Undefined when the node is not in the store. */
  ego(query: EgoQuery): Promise<EgoResult | undefined>;
  /** `ego` as the JSON text of its fragment, for sending as it is (undefined: no such node). */
  egoJson(query: EgoQuery): Promise<{ json: string; summary: EgoSummary } | undefined>;
  /** Undefined when the claim is not in the store. */
  evidence(claimKey: string, offset?: number, limit?: number): Promise<EvidencePage | undefined>;
  stats(): Promise<StoreStats>;
  /**
   * Writes each article's extraction once, in one transaction per article; an article already
   * stored is skipped (so a job delivered twice writes nothing twice). Returns the ids written.
   */
  addExtractions(
    extractions: readonly DocumentExtraction[],
    /** Each article's text by document id, kept for the reader. */
    texts?: ReadonlyMap<string, string>,
  ): Promise<string[]>;
  /** An article's text as read (evidence offsets point into it); null when unknown or not kept. */
  documentText(id: string): Promise<string | null>;
  /** Rebuilds entities, claims and evidence from the log when it has grown; one process at a time. */
  refresh(options?: { force?: boolean }): Promise<RefreshResult | undefined>;
  /** The whole graph (or the claims dated within [from, to] and what they cite), as `npm run ingest` writes it. */
  exportGraph(options?: { from?: string; to?: string; title?: string }): Promise<ClaimGraph>;
  close(): Promise<void>;
}

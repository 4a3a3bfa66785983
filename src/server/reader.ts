/**
 * What the API reads from the claim store (src/store): the server depends on these few read
 * queries only, so it serves PostgreSQL and PGlite alike and can be tested on any store.
 */
import type { EdgeType, Evidence, NodeType, SerializedClaimGraph } from "../model";

export interface EntityHit {
  key: string;
  label: string;
  type: NodeType;
  aliases: string[];
  /** Claims in and out of the entity. */
  degree: number;
}

export interface EgoQuery {
  node: string;
  hops: number;
  from?: string;
  to?: string;
  types?: EdgeType[];
  limit: number;
}

export interface EgoAnswer {
  /** Graph JSON that `loadGraph` validates on its own. */
  fragment: SerializedClaimGraph;
  /** Claims that match the query before the limit. */
  total: number;
  truncated: boolean;
}

export interface EvidencePage {
  evidence: Evidence[];
  total: number;
}

export interface StoreStats {
  documents: number;
  entities: number;
  claims: number;
  evidence: number;
}

export interface ClaimStoreReader {
  search(query: string, limit: number): Promise<EntityHit[]>;
  /** `null` when the store has no such entity. */
  ego(query: EgoQuery): Promise<EgoAnswer | null>;
  /** `null` when the store has no such claim. */
  evidence(edgeKey: string, offset: number, limit: number): Promise<EvidencePage | null>;
  stats(): Promise<StoreStats>;
  /** The article's text, `null` when the store does not have it. */
  documentText?(id: string): Promise<string | null>;
}

/**
 * What the API reads from the claim store (src/store): these few read queries only, so the server
 * serves PostgreSQL and PGlite alike and can be tested on any store.
 */
import type { ClaimStore } from "../store/types";

export type ClaimStoreReader = Pick<ClaimStore, "search" | "egoJson" | "evidence" | "stats"> & {
  /** The article's text; `null` when the store does not have it (the reader then shows the quote). */
  documentText?(id: string): Promise<string | null>;
};

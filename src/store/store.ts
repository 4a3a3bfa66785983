/** `openStore`: the claim store on PostgreSQL (`databaseUrl`) or PGlite (`dataDir`), migrated. */
import { openDatabase, type DatabaseOptions } from "./db";
import type { SerializedClaimGraph } from "../model";
import { egoJson } from "./ego";
import { builtAt, evidencePage, exportGraph, search, stats } from "./read";
import { migrate } from "./schema";
import type { ClaimStore } from "./types";
import { addExtractions, refresh } from "./write";

export async function openStore(options: DatabaseOptions = {}): Promise<ClaimStore> {
  const db = await openDatabase(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw new Error(`the store's tables could not be created: ${(error as Error).message}`);
  }
  // Not stats(): its counts scan every evidence row, far too slow for each ego fetch.
  const generatedAt = async () => (await builtAt(db)) ?? new Date(0).toISOString();
  return {
    engine: db.engine,
    search: (text, limit) => search(db, text, limit),
    egoJson: async (query) => egoJson(db, query, await generatedAt()),
    async ego(query) {
      const answer = await egoJson(db, query, await generatedAt());
      if (!answer) return undefined;
      const { total, returned } = answer.summary;
      return {
        fragment: JSON.parse(answer.json) as SerializedClaimGraph,
        total,
        truncated: returned < total,
      };
    },
    evidence: (claimKey, offset, limit) => evidencePage(db, claimKey, offset, limit),
    stats: () => stats(db),
    addExtractions: (extractions, texts) => addExtractions(db, extractions, texts),
    documentText: async (id) =>
      (await db.query<{ text: string | null }>("SELECT text FROM documents WHERE id = $1", [id]))[0]?.text ??
      null,
    refresh: (options) => refresh(db, options?.force ?? false),
    exportGraph: async (options = {}) =>
      exportGraph(db, { ...options, generatedAt: new Date().toISOString() }),
    close: () => db.close(),
  };
}

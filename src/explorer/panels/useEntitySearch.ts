/**
 * The search box's suggestions: from the loaded graph's index, or in server mode from the claim
 * store's `/api/search` (debounced, the stale request cancelled), in the same shape.
 */
import { useEffect, useMemo, useState } from "react";
import { normalizeName, searchEntities, type SearchHit } from "../data/graphIndex";
import type { StoreHit } from "../data/store-api";
import { useExplorer } from "../state/context";
import { useRemote } from "../state/remote";

const DEBOUNCE_MS = 150;

const asHit = (h: StoreHit): SearchHit => ({
  entry: {
    key: h.key,
    label: h.label,
    type: h.type,
    names: [normalizeName(h.label)],
    written: [h.label],
    degree: h.degree,
  },
  matched: h.label,
});

export function useEntitySearch(query: string): {
  hits: SearchHit[];
  pending: boolean;
  error: string | null;
} {
  const { index } = useExplorer();
  const remote = useRemote();
  const local = useMemo(() => (remote ? [] : searchEntities(index, query)), [remote, index, query]);
  const [fetched, setFetched] = useState<{ query: string; hits: SearchHit[]; error: string | null } | null>(
    null,
  );

  useEffect(() => {
    if (!remote || !query.trim()) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void remote.api.search(query.trim(), controller.signal).then((answer) => {
        if (controller.signal.aborted) return;
        setFetched(
          answer.ok
            ? { query, hits: answer.value.map(asHit), error: null }
            : { query, hits: [], error: answer.message },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [remote, query]);

  if (!remote) return { hits: local, pending: false, error: null };
  const current = fetched?.query === query ? fetched : null;
  return {
    hits: current?.hits ?? [],
    pending: !current && query.trim() !== "",
    error: current?.error ?? null,
  };
}

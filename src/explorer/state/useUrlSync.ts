/** Writes the shareable view state into the page URL (replaceState, debounced) as it changes. */
import { useEffect } from "react";
import type { ViewStore } from "./store";
import { encodeViewState } from "./url";

const DEBOUNCE_MS = 300;

export function useUrlSync(store: ViewStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const params = encodeViewState(store.get(), new URLSearchParams(window.location.search));
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
        window.history.replaceState(window.history.state, "", url);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.hovered !== prev.hovered && s.selection === prev.selection && s.camera === prev.camera) return;
      clearTimeout(timer);
      timer = setTimeout(write, DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, enabled]);
}

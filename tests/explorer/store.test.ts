import { describe, expect, it, vi } from "vitest";
import { createViewStore, DEFAULT_FILTERS } from "../../src/explorer/state/store";

describe("view store", () => {
  it("merges patches and tells listeners the new and previous state", () => {
    const store = createViewStore({ tab: "claims" });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ selection: { kind: "node", key: "state:france" } });
    expect(store.get().tab).toBe("claims");
    expect(store.get().selection).toEqual({ kind: "node", key: "state:france" });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[1].selection).toBeNull();
  });

  it("does not notify when nothing changes, and stops after unsubscribe", () => {
    const store = createViewStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ filters: store.get().filters, hovered: null });
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    store.set({ hovered: "state:france" });
    expect(listener).not.toHaveBeenCalled();
  });

  it("accepts a function of the current state", () => {
    const store = createViewStore();
    store.set((s) => ({ filters: { ...s.filters, minConfidence: 0.5 } }));
    expect(store.get().filters).toEqual({ ...DEFAULT_FILTERS, minConfidence: 0.5 });
  });

  it("keeps two stores apart (no shared module state)", () => {
    const a = createViewStore();
    const b = createViewStore();
    a.set({ hovered: "x" });
    expect(b.get().hovered).toBeNull();
  });
});

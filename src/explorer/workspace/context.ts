/** The page's workbench for the panels: its actions, its state slices, and the graph on screen. */
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import type { ShownGraph, UnstampedOp, Workbench, WorkbenchState } from "./workbench";

export interface WorkbenchValue {
  workbench: Workbench;
  /** The graph on screen when no workspace is open (review and articles start one from it). */
  shown: ShownGraph | null;
  /** Routes dropped or picked files: articles, graphs, workspace files, review logs. */
  openFiles: (files: File[]) => void;
}

export const WorkbenchContext = createContext<WorkbenchValue | null>(null);

/** The workbench, or null where none is provided (a view rendered on its own, in tests). */
export function useWorkbench(): WorkbenchValue | null {
  return useContext(WorkbenchContext);
}

export function useWorkbenchState<T>(selector: (state: WorkbenchState) => T): T | undefined {
  const value = useContext(WorkbenchContext);
  const subscribe = useCallback(
    (onChange: () => void) => value?.workbench.subscribe(onChange) ?? (() => {}),
    [value],
  );
  const read = () => (value ? selector(value.workbench.get()) : undefined);
  return useSyncExternalStore(subscribe, read, read);
}

/** Applies a review operation (stamped with the user name and the time); resolves false when refused. */
export function useReview(): (op: UnstampedOp) => Promise<boolean> {
  const value = useContext(WorkbenchContext);
  return useCallback(
    (op: UnstampedOp) => (value ? value.workbench.review(op, value.shown) : Promise.resolve(false)),
    [value],
  );
}

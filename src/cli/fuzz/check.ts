/** The fuzz targets' assertion: a plain exception with the message fast-check prints beside the counterexample. */
export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** A problem's path names `path` or a place inside it (`nodes[3].attributes` names `nodes[3]`). */
export const namesPath = (problem: { path: string }, path: string): boolean =>
  problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`);

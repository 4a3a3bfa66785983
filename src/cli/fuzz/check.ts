import { formatProblem, type Problem } from "../../model";

/** The fuzz targets' assertion: a plain exception with the message fast-check prints beside the counterexample. */
export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

/** A problem's path names `path` or a place inside it (`nodes[3].attributes` names `nodes[3]`). */
const namesPath = (problem: { path: string }, path: string): boolean =>
  problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`);

/** One fault put into a valid input, and the path a problem must name. */
export interface Fault {
  name: string;
  path: string;
}

/** Puts one fault into an input in place; undefined when the input has no place for it. */
export type Breaker<T> = (input: T, pick: number) => Fault | undefined;

/** The chosen fault, or else the first breaker's, which every input has a place for. */
export const breakInput = <T>(breakers: Breaker<T>[], input: T, which: number, pick: number): Fault =>
  breakers[which]!(input, pick) ?? breakers[0]!(input, pick)!;

/** A faulty input is refused, every problem says something, and one names the place of the fault. */
export function checkFaultNamed(
  result: { ok: true } | { ok: false; problems: Problem[] },
  fault: Fault,
  what: string,
): void {
  check(!result.ok, () => `${what} with ${fault.name} was accepted`);
  check(
    result.problems.every((p) => p.message.length > 0),
    () => `${what} with ${fault.name}: a problem without a message`,
  );
  check(
    result.problems.some((p) => namesPath(p, fault.path)),
    () => `${what} with ${fault.name} at ${fault.path} got: ${result.problems.map(formatProblem).join("; ")}`,
  );
}

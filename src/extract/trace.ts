/**
 * A debug trace of which rule and reading made each claim, and where an agency's owner state came
 * from: off unless CLAIM_TRACE is set, written to stderr (the eval's JSON on stdout is untouched).
 * Not part of the graph: a developer joins it to the eval's false claims to see which reading errs.
 */
export const TRACE = typeof process !== "undefined" && Boolean(process.env["CLAIM_TRACE"]);

/**
 * One trace line: `kind` and `fields` (the caller names the rule or reading in them), with the
 * names of the functions that called the traced one.
 */
export function trace(kind: string, fields: Record<string, unknown>): void {
  const stack = (new Error().stack ?? "")
    .split("\n")
    .slice(3, 7)
    .map((l) => /at (\S+) \(/.exec(l)?.[1] ?? "?");
  console.error(`${kind} ${JSON.stringify({ ...fields, stack })}`);
}

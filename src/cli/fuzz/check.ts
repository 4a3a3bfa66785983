/** The fuzz targets' assertion: a plain exception with the message fast-check prints beside the counterexample. */
export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

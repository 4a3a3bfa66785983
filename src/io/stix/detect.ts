/** Telling a STIX 2.1 bundle apart from a graph JSON file, without loading the importer. */

/** A cheap test on the first characters: a JSON object whose `type` is `bundle`. */
export function looksLikeStixBundle(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*\{/.test(head) && /"type"\s*:\s*"bundle"/.test(head);
}

/**
 * Name normalisation of the scoring rules (data-model.md): accents removed, case-folded, a
 * possessive 's dropped, punctuation turned into spaces, a leading "the" dropped.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]s(?![\p{L}\p{N}])/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the (?=\S)/, "");
}

/** The normalised forms of a name and its aliases, empty forms left out. */
export function nameForms(name: string, aliases: readonly string[] = []): Set<string> {
  const forms = new Set<string>();
  for (const n of [name, ...aliases]) {
    const form = normalizeName(n);
    if (form) forms.add(form);
  }
  return forms;
}

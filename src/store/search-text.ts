/** The folded text entity search matches against: label and aliases, accents removed, lower case. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function searchText(label: string, aliases: readonly string[]): string {
  return fold([label, ...aliases].join("\n"));
}

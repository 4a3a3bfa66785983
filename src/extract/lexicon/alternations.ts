/**
 * Alternations of fixed forms, for patterns built from word lists. No imports: the cue reader
 * (pattern-cue.ts) builds its own patterns with them, and the lexicon imports that module's types.
 */

/** A form as pattern text: special characters escaped, a space standing for any run of white space. */
export const escapeForm = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** A node of `trieAlternation`'s tree: the forms going on past it, by their next character, and whether one ends there. */
interface FormTrie {
  ends: boolean;
  next: Map<string, FormTrie>;
}

/**
 * `alternation(forms)` with the forms' shared beginnings written once ("national\s+(?:security\s+
 * (?:agency|council)|police)"): the same matches, as the engine tries the forms a text could match
 * longest first either way (a form that ends where a longer one goes on is an optional group's
 * alternative, tried after the group). For long lists of phrases read at every position of a
 * sentence: the engine follows one branch instead of trying each form, and compiles far less code.
 * The forms must differ in more than case (a pattern with flag "i" would match both branches).
 */
export function trieAlternation(forms: Iterable<string>): string {
  const root: FormTrie = { ends: false, next: new Map() };
  for (const form of new Set(forms)) {
    let node = root;
    for (const c of form) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { ends: false, next: new Map() }));
      node = child;
    }
    node.ends = true;
  }
  return branches(root);
}

/** The pattern of what may follow a node of the tree (see `trieAlternation`). */
function branches(node: FormTrie): string {
  const ways = [...node.next].map(([c, child]) => escapeForm(c) + branches(child));
  if (ways.length === 0) return "";
  const body = ways.join("|");
  if (node.ends) return `(?:${body})?`;
  return ways.length === 1 ? body : `(?:${body})`;
}

/**
 * The government body a page's markup names as its issuer, as an entity of its own when the article
 * never names it ("Farnesina", "Public Safety Canada", "MICITT" in a page's JSON-LD or site name):
 * what the page asserts for its state, that body asserts (see `issuingBodies` in
 * claimant-bodies.ts), and a claimant must be a node of the graph.
 */
import { nodeKey } from "../model/types";
import { fold } from "./text";
import type { ExtractedEntity } from "./types";

/**
 * The forms by which a body's name in markup is the article's body: folded, without its dots and
 * spaces ("U.S. Department of X" is "US Department of X"), and without the part after its last
 * comma ("Ministry of X, Republic of Y" is "Ministry of X").
 */
export function issuerNameForms(name: string): Set<string> {
  return new Set([name, name.replace(/,[^,]*$/, "")].map(nameForm));
}

/** A name's folded words, one space apart. */
const wordsOf = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, " ");

export const nameForm = (name: string) => wordsOf(name).replace(/ /g, "");

/**
 * The issuing body as a new agency, or nothing when the article already names it (or gave none).
 * Its state is one its name holds ("Public Safety Canada"), else none here: the claimants' stage
 * gives a body without one the article's state.
 */
export function markupIssuerEntity(
  name: string | undefined,
  entities: readonly Readonly<ExtractedEntity>[],
): ExtractedEntity | undefined {
  if (!name) return undefined;
  const key = nodeKey("agency", name);
  const forms = issuerNameForms(name);
  const known = entities.some(
    (e) =>
      e.key === key ||
      ((e.type === "agency" || e.type === "organization") &&
        [e.label, ...e.aliases].some((n) => forms.has(nameForm(n)))),
  );
  if (known) return undefined;
  const words = ` ${wordsOf(name)} `;
  const state = entities.find(
    (e) => e.type === "state" && [e.label, ...e.aliases].some((n) => words.includes(` ${wordsOf(n)} `)),
  );
  // It stands for the page, not a passage: it has no mention.
  return {
    key,
    type: "agency",
    label: name,
    aliases: [],
    mentions: [],
    ...(state ? { country: state.key } : {}),
  };
}

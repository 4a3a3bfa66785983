/**
 * Who a research firm's report is: the reading's memory of the body that last published a document
 * or spoke as a firm, and the phrases that stand for that body in the sentences right after it
 * ("Orr Labs published a note. '…,' the note reads", "The company says the crew is run by X").
 * News retell a firm's finding this way; without it the finding has no claimant, or the company
 * named last (often the victim the firm wrote about) becomes its speaker.
 */
import { EXTRACTION_DEFAULTS } from "./defaults";
import type { DocumentState } from "./document-state";
import { alternation, FIRM_RESEARCH_HEADS, NAME_WORDS, patternFor, type Words } from "./lexicon";
import type { Slot } from "./mentions/slots";
import type { Sentence } from "./sentences";
import { asideLength, patternsOf } from "./speakers";

/** A company noun with its possessive mark ("the firm's"). */
const COMPANY_POSSESSIVE = String.raw`(?:${NAME_WORDS.referringBodyNouns.company.join("|")})['’]s`;

/**
 * After a body (and its aside, or the comma closing the description it stands in apposition to):
 * it publishes a document ("has published Friday a note", "released its report").
 */
const publishedAfter = (words: Words) =>
  patternFor(
    words,
    "publishers.publishedAfter",
    (w) =>
      new RegExp(
        String.raw`^,?\s+(?:(?:has|have|had|also|just)\s+)*(?:${w.verbs.publish.past}|${w.verbs.publish.third})\s+(?:[\p{L}\d-]+\s+){0,2}?(?:an?|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${w.nouns.publication.any})\b`,
        "u",
      ),
  );

/** Before a body: the document it wrote ("a report released by Amman-based", "a report by a private firm, "). */
const publishedBy = (words: Words) =>
  patternFor(
    words,
    "publishers.publishedBy",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.publication.any})\s+(?:[\p{L}\d-]+\s+){0,3}?by\s+(?:[\p{L}\d-]+,?\s+){0,4}$`,
        "u",
      ),
  );

/** A publication speaking: "the report says", "the firm's note, seen by us, reads", "according to the same note". */
const publicationSpeaks = (words: Words) =>
  patternFor(words, "publishers.publicationSpeaks", (w) => {
    const verb = `${w.verbs.statementSpeech.past}|${w.verbs.statementSpeech.third}`;
    const document = String.raw`(?:(?:same|new|latest|${COMPANY_POSSESSIVE})\s+)*(?:${w.nouns.publication.any})`;
    return new RegExp(
      String.raw`\b[Tt]he\s+${document}\b(?:,[^.;,“”"]+,)?\s+(?:also\s+)?(?:${verb})\b|\b[Aa]ccording\s+to\s+the\s+${document}\b`,
      "u",
    );
  });

/**
 * After a company noun or a possessive pronoun: a document or researcher of it ("the firm's
 * report", "the company's principal researcher", "its head of research").
 */
const ownedByFirm = (words: Words) =>
  patternFor(
    words,
    "publishers.ownedByFirm",
    (w) =>
      new RegExp(
        String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:${w.nouns.publication.any}|${w.nouns.researcher.any}|${alternation(FIRM_RESEARCH_HEADS)})\b`,
        "u",
      ),
  );

/** A publication's noun anywhere: a sentence without one names no document published. */
const publicationNoun = (words: Words) =>
  patternFor(
    words,
    "publishers.publicationNoun",
    (w) => new RegExp(`\\b(?:${w.nouns.publication.any})\\b`, "i"),
  );

const isPublisherType = (type: string | undefined) => type === "organization" || type === "agency";

/**
 * Notes the sentence's publisher: a firm or public body publishing a document ("X published a
 * report", "a note released by X"), or a firm (an organization, no public body) speaking.
 */
export function notePublisher(
  state: DocumentState,
  sentence: Sentence,
  slots: Slot[],
  speakers: Slot[],
): void {
  const words = state.lexicon.words;
  const firm = speakers.find((s) => !s.possessive && state.entities.get(s.key)?.type === "organization");
  let publisher = firm?.key;
  if (publicationNoun(words).test(sentence.text))
    for (const slot of slots) {
      if (slot.kind !== "actor" || slot.possessive || !isPublisherType(state.entities.get(slot.key)?.type))
        continue;
      const rest = state.text.slice(slot.end, sentence.end);
      const published =
        publishedAfter(words).test(rest.slice(asideLength(rest))) ||
        publishedBy(words).test(state.text.slice(sentence.start, slot.start));
      if (published) publisher = slot.key;
    }
  if (publisher) state.lastPublisher = { key: publisher, sentence: sentence.index };
}

/** The publisher noted at most `publisherSentences` sentences before this one, if any. */
function recentPublisher(state: DocumentState, sentence: Sentence): string | undefined {
  const last = state.lastPublisher;
  return last && sentence.index - last.sentence <= EXTRACTION_DEFAULTS.publisherSentences
    ? last.key
    : undefined;
}

/** The speaker of a sentence a publication speaks ("the report says"): its publisher, as a slot on those words. */
export function publicationSpeaker(state: DocumentState, sentence: Sentence): Slot | undefined {
  const key = recentPublisher(state, sentence);
  if (!key) return undefined;
  const m = publicationSpeaks(state.lexicon.words).exec(sentence.text);
  if (!m) return undefined;
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length, key, kind: "actor", source: "role", possessive: false };
}

/** The firm that just published or spoke, when that is an organization (no public body). */
function recentFirm(state: DocumentState, sentence: Sentence): string | undefined {
  const key = recentPublisher(state, sentence);
  return key && state.entities.get(key)?.type === "organization" ? key : undefined;
}

/**
 * The firm a company noun ending at `end` stands for when it speaks or owns a document or a
 * researcher ("The company says", "the firm's report", "the company's lead analyst"): the firm
 * that just published or spoke.
 */
export function firmSpeaking(state: DocumentState, sentence: Sentence, end: number): string | undefined {
  const key = recentFirm(state, sentence);
  if (!key) return undefined;
  const words = state.lexicon.words;
  const after = state.text.slice(end, sentence.end);
  return ownedByFirm(words).test(after) || patternsOf(words).speechAfter.test(after) ? key : undefined;
}

/**
 * What may stand before a pronoun the firm owns: nothing, or a quotation opening the sentence and
 * its verb ('"…," writes its'). A pronoun after a subject of the sentence's own is that subject's
 * ("The ministry said its report …"), also when the subject quoted something before it ("The
 * ministry called it "unacceptable" and its report …").
 */
const FIRM_PRONOUN_OPENING = /^\W*(?:[“"][^“”"]*[”"]\W*(?:\p{Ll}+\s+){0,2})?$/u;

/**
 * The firm a possessive pronoun spanning `start`..`end` stands for when a researcher of it follows
 * ("Its head of research, Jane Roe, said"): the firm that just published or spoke, not the actor
 * named last (often the body the firm's finding is about).
 */
export function firmOwning(
  state: DocumentState,
  sentence: Sentence,
  start: number,
  end: number,
): string | undefined {
  const key = recentFirm(state, sentence);
  if (!key || !FIRM_PRONOUN_OPENING.test(state.text.slice(sentence.start, start))) return undefined;
  return ownedByFirm(state.lexicon.words).test(state.text.slice(end, sentence.end)) ? key : undefined;
}

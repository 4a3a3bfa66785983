/**
 * The extraction pipeline, one pure stage per module: clean → sentences → metadata → mentions →
 * entities → incidents → claims. Browser-safe: no Node built-ins; the CLI and the explorer call it alike.
 */
import type { Gazetteer } from "../model";
import { cleanText } from "./clean";
import { buildLexicon, matchPhrases, type Lexicon } from "./lexicon";
import { readMetadata } from "./metadata";
import { splitSentences } from "./sentences";
import { tokenize } from "./text";
import type { DocumentExtraction, ExtractedEntity, SourceDocument } from "./types";

export type { DocumentExtraction, ExtractedClaim, ExtractedEntity, SourceDocument } from "./types";

export interface ExtractionContext {
  lexicon: Lexicon;
  /** Latest year a dateline without a year may fall in. */
  referenceYear: number;
}

export function createExtractionContext(gazetteer: Gazetteer, options: { referenceYear?: number } = {}): ExtractionContext {
  return { lexicon: buildLexicon(gazetteer), referenceYear: options.referenceYear ?? new Date().getUTCFullYear() };
}

export function extractDocument(doc: SourceDocument, context: ExtractionContext): DocumentExtraction {
  const cleaned = cleanText(doc.text);
  const sentences = splitSentences(cleaned.text, doc.text);
  const { meta, warnings } = readMetadata(doc.id, doc.text, cleaned.text, sentences, context.referenceYear);
  const entities = new Map<string, ExtractedEntity>();
  for (const sentence of sentences) {
    for (const m of matchPhrases(tokenize(sentence.text, sentence.start), context.lexicon)) {
      const info = context.lexicon.entities.get(m.key)!;
      const entity = entities.get(m.key) ?? { key: m.key, type: info.type, label: info.label, aliases: [], mentions: [] };
      entity.mentions.push({ doc: doc.id, start: m.start, end: m.end });
      entities.set(m.key, entity);
    }
  }
  return { meta, entities: [...entities.values()], claims: [], warnings };
}

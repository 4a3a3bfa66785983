/**
 * What the extraction pipeline hands to the graph builder: per document, the entities it names and
 * the claims it makes, with offsets into the original file. Plain data, no graph, browser-safe.
 */
import type { DocumentMeta, EdgeType, Evidence, Mention, NodeType, PartialDate, Stance } from "../model";

/** A source document as read from disk or from the browser: its file name and its raw text. */
export interface SourceDocument {
  id: string;
  text: string;
  /** Publication date the reader already knows (a dump record's field, HTML meta tags), ISO. */
  published?: string;
  /** Title the reader already knows (a dump record's field, HTML `<title>`). */
  title?: string;
  /** Address of the original article (a dump record's field). */
  url?: string;
  /**
   * Who the page's markup names as its publisher or author (HTML JSON-LD), read before the markup
   * is blanked: a government page's issuing body speaks what the page asserts.
   */
  issuers?: string[];
  /**
   * The government body the page's markup says issues it (a JSON-LD government organization, a
   * ministry's site name): it claims what the page asserts even where the article never names it.
   */
  issuingBody?: string;
}

export interface ExtractedEntity {
  /** Node key, e.g. `state:montenegro`, `incident:montenegro-2022-08`. */
  key: string;
  type: NodeType;
  label: string;
  aliases: string[];
  country?: string;
  /** Agencies only: the organization or agency it belongs to when that is not a state. */
  parent?: string;
  role?: string;
  date?: PartialDate;
  endDate?: PartialDate;
  kind?: string;
  mentions: Mention[];
  /** Incidents only: node keys of the targets, used to merge the same incident across documents. */
  targets?: string[];
  /** Incidents only: the name it goes by ("NotPetya", "Operation Sandcastle"), merged across documents by it. */
  name?: string;
}

export interface ExtractedClaim {
  type: EdgeType;
  source: string;
  target: string;
  date?: PartialDate;
  claimants: string[];
  stance: Stance;
  evidence: Evidence[];
  confidence: number;
}

export interface DocumentExtraction {
  meta: DocumentMeta;
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
  /** Human-readable notes about this document ("no publication date found"). */
  warnings: string[];
}

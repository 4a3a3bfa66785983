/**
 * What the STIX importer builds between reading a bundle and making the graph: claims gathered from
 * relationships and opinions, before their evidence is attached; helpers to pick objects and dates.
 */
import {
  PARTIAL_DATE_PATTERN,
  type AnyStixReadObject,
  type EdgeAttributes,
  type EdgeType,
  type Evidence,
  type StixReadObject,
} from "../../model";

export interface PendingClaim {
  type: EdgeType;
  source: string;
  target: string;
  /** The relationships and opinions this claim was made from. */
  refs: string[];
  claimants: Set<string>;
  stance?: EdgeAttributes["stance"];
  date?: string;
  confidence: number;
  origin?: EdgeAttributes["origin"];
  review?: EdgeAttributes["review"];
  evidence: Evidence[];
  /** A line for the synthetic document, when nothing else evidences the claim. */
  summary: string;
}

/** The objects of one type. */
export const of = <T extends AnyStixReadObject["type"]>(objects: AnyStixReadObject[], type: T) =>
  objects.filter((o): o is Extract<AnyStixReadObject, { type: T }> => o.type === type) as StixReadObject<T>[];

/** The date part of a STIX timestamp, when it is a valid date. */
export const partialDate = (value: string | undefined) => {
  const date = value?.slice(0, 10);
  return date && PARTIAL_DATE_PATTERN.test(date) ? date : undefined;
};

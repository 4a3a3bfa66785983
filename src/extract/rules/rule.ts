/**
 * The shape of one claim rule, after Gephi Lite's metric definitions: an id, the edge type it
 * emits, the trigger it reacts to (built from the lexicon's lemmas, so a new verb is a new lemma)
 * and how it finds the claim's two ends in the parsed clause around the trigger.
 */
import type { EdgeType } from "../../model";
import type { Words } from "../lexicon";
import type { Frame } from "./frame";

/** One occurrence of a rule's trigger in the sentence (document offsets). */
export interface TriggerMatch {
  /** Where the trigger starts and ends. */
  at: number;
  end: number;
  /** The matched words. */
  word: string;
  /** The sentence's text before the trigger. */
  before: string;
}

export interface ClaimRule {
  id: string;
  /** The edge type the rule emits (several rules may share one). */
  type: EdgeType;
  /**
   * The trigger pattern, built once per lexicon from its inflected lemmas. A rule without one
   * reads the sentence's mentions instead (an incident's named targets) and runs once per sentence.
   */
  trigger?: (words: Words) => RegExp;
  /**
   * The trigger is part of a name ("Venezuela Unit 20544", "FSB Center 16"), which says whose unit
   * it is whether the clause around it is negated or asked: the runner's assertion gate (mood.ts)
   * lets it through.
   */
  readsName?: boolean;
  /** Emits the claims one trigger occurrence makes, ends found from the sentence's structure. */
  apply(frame: Frame, match: TriggerMatch): void;
}

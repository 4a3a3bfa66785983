/**
 * Helpers of the condemnation rules: who condemns.
 */
import { subjectBefore, type Frame } from "./frame";
import type { Slot } from "../mentions";

/**
 * A relative aside between a subject and its verb, closed by a comma: "X, which groups A, B and C,
 * condemned"; "X, whose members include A and B, issued a statement condemning". Group 1 ends right
 * before the aside, group 2 is what stands between its closing comma and the verb.
 */
const RELATIVE_ASIDE =
  /^(.*?),\s*(?:(?:of|to|in|with|for|among)\s+)?(?:which|who|whom|whose)\s[^;:]*?,\s+([^,;:]*)$/isu;

/**
 * The subject of a verb at `at` that a relative aside parts from it: the actors before the aside,
 * not those the aside names ("the bloc, which groups Mali and Niger, condemned": the bloc). Undefined
 * when there is no such aside, or when an actor stands between its end and the verb.
 */
export function subjectBeforeAside(frame: Frame, at: number): Slot[] | undefined {
  const { state, sentence } = frame;
  const aside = RELATIVE_ASIDE.exec(state.text.slice(sentence.start, at));
  if (!aside) return undefined;
  const predicateFrom = at - aside[2]!.length;
  if (frame.slots.some((s) => s.kind === "actor" && s.start >= predicateFrom && s.end <= at))
    return undefined;
  const head = subjectBefore(frame, sentence.start + aside[1]!.length);
  return head.length > 0 ? head : undefined;
}

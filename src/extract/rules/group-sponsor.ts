/**
 * A threat group's sponsor or operator, as the text says it (the gazetteer's sponsor notes never
 * become edges): "Turla, which Estonia ties to the FSB", "the Lazarus Group, a unit of North
 * Korea's intelligence bureau", "APT40 works for China's Ministry of State Security".
 * Claimants are whoever says it: the subject of "ties", the sentence's speakers.
 */
import {
  actorsOf,
  claimantsOf,
  clauseEnd,
  clauseStart,
  emit,
  headsPhraseAt,
  objectAfter,
  subjectBefore,
  typeOf,
  type Frame,
} from "./frame";
import type { ClaimRule } from "./rule";

const sponsorTypes = new Set(["state", "agency", "group", "person"]);

/** The group the relation is about: the nearest group of the clause before the trigger, or the one it qualifies. */
function groupBefore(frame: Frame, at: number): string | undefined {
  const from = clauseStart(frame, at);
  // "Turla, which Estonia ties to": the relative clause's antecedent stands before "which".
  const antecedentEnd = /,\s+(?:which|that|who)\b/.exec(frame.state.text.slice(frame.sentence.start, at));
  const limit = antecedentEnd ? Math.min(at, frame.sentence.start + antecedentEnd.index) : at;
  const start = antecedentEnd ? frame.sentence.start : from;
  return [...frame.slots]
    .reverse()
    .find((s) => s.kind === "actor" && s.end <= limit && s.start >= start && typeOf(frame, s.key) === "group")
    ?.key;
}

export const groupSponsorRule: ClaimRule = {
  id: "group-sponsor",
  type: "attributed-to",
  trigger: (w) =>
    new RegExp(
      `\\b(?:(?:${w.verbs.attribute.any}|${w.verbs.sponsor.participle})\\s+(?:\\w+\\s+)?(?:to|by|with)|(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:unit|arm|front|proxy|branch|element|division|team)\\s+(?:of|for|within)|works?\\s+for|working\\s+for|(?:operates|operating|acting|acts)\\s+on\\s+behalf\\s+of|(?:has|have|had)\\s+(?:close\\s+)?ties\\s+to)\\s+`,
      "gi",
    ),
  apply(frame, { at, end, before }) {
    if (
      /\b(not|no|never|denied|deny|denies)\b[^,;]*$/i.test(
        before.slice(clauseStart(frame, at) - frame.sentence.start),
      )
    )
      return;
    const group = groupBefore(frame, at);
    if (!group) return;
    const sponsor = objectAfter(frame, end, [group]).find((s) =>
      sponsorTypes.has(typeOf(frame, s.key) ?? ""),
    );
    if (!sponsor || sponsor.start >= clauseEnd(frame, end)) return;
    // "a group it tied to espionage against Ukrainian targets": the sponsor must head the phrase after the trigger.
    if (!headsPhraseAt(frame, end, sponsor)) return;
    // "which Estonia ties to the FSB": the subject of the clause that says it claims it, with the speakers.
    const claimants = claimantsOf(frame, [
      ...actorsOf(frame, subjectBefore(frame, at)),
      ...frame.speakers,
    ]).filter((k) => k !== group && k !== sponsor.key);
    emit(frame, "attributed-to", group, sponsor.key, { claimants, suspected: frame.hedged });
  },
};

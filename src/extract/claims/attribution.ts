/**
 * Claims about incidents: who was attacked, who is said to be behind it and by whom, who denies
 * it, who condemns it. Both ends must be found; a negated attribution ("could not confirm
 * whether a state is behind") asserts nothing, a hedged one is `suspected`.
 */
import {
  actorsOf,
  clauseEnd,
  clauseStart,
  emit,
  incidentNear,
  objectAfter,
  subjectBefore,
  typeOf,
  NAMING_GAP,
  type Frame,
} from "./frame";

const ACCUSE =
  /\b(accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|sanction(?:s|ed|ing)?|indict(?:s|ed|ing)?|punish(?:es|ed|ing)?|holds?)\b/gi;
const BEHIND =
  /\b(?:is|was|are|were|had been|has been|have been|being|be|could be|may be|might be|likely)\s+(?:\w+\s+)?(behind|responsible for|involved\b)|\b(pointed|points|point)\s+(?:the finger\s+)?(?:at|to)\b|\bclaimed\s+(?:responsibility\b|(?=(?:the|this|that|its|an?)\s+(?:\w+\s+){0,2}?(?:attacks?|hack|breach|intrusion|operation)\b))/gi;
const BY_AGENT =
  /\b(?:carried out|directed|orchestrated|conducted|launched|perpetrated|masterminded|organi[sz]ed|sponsored|backed|staged|committed|done|mounted|claimed|run|operated|developed|created|written|deployed|built)\s+by\b|\b(?:the\s+)?(?:work|handiwork|doing)\s+of\b|\b(?:cyber[- ]?war|attacks?|campaign|aggression|carried out|launched|conducted|originated|came)\s+from\b|\battribut(?:ed|es|ing)\s+(?:it|them|the \w+)?\s*to\b|\blinked\s+(?:it|them|the \w+)?\s*to\b/gi;
/** "Sandworm had almost certainly carried out the attack": the subject did it. */
const ACTIVE_AGENT =
  /\b(?:carried out|conducted|launched|orchestrated|perpetrated|mounted|staged|masterminded)\s+(?=(?:the|this|that|these|those|a|an)\s+(?:[\w-]+\s+){0,3}?(?:cyber[- ]?attacks?|attacks?|hacks?|breach(?:es)?|intrusions?|operations?|campaign)\b)/gi;
const ATTRIBUTED = /\b(?:attribut(?:ed|es|ing)|link(?:ed|s|ing)|pinn(?:ed|ing))\b/gi;
/** "there was no evidence that", "neither A nor B has suggested that": the clause under it is not asserted. */
const NEGATED_REPORT =
  /\b(?:no|not|neither|nor|never|without|n't)\s+(?:[\w-]+\s+){0,4}?(?:evidence|suggest(?:ed|s|ing)?|confirm(?:ed|s|ing)?|say|said|sign|signs|proof|indicat(?:ed|ion|ions|es)|establish(?:ed)?|determin(?:ed|e)|identif(?:ied|y)|know|known|clear)\b[^;]*$/i;
const NEGATION = /\b(not|no|never|n't|cannot|can't|without|whether|if)\b/i;
const DENY = /\b(den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\b/gi;
const DENIAL_OBJECT =
  /^\s*(?:any\s+|all\s+|the\s+|these\s+|such\s+|those\s+|its\s+|\w+\s+)?(?:(?:earlier|recent|latest|western|similar)\s+)?(accusations?|allegations?|claims?|charges?|involvement|responsibility|role|reports?|being behind|that it|it was|attacks?|the accusation|everything|links?|connection|suggestions?|findings|assessment|conclusions?|attribution|the report|wrongdoing|(?:it|them)(?=\s*(?:[.,;]|$)))/i;
const BLANKET_DENIAL =
  /^\s*(?:everything|all\s+(?:the\s+|such\s+|these\s+)?(?:accusations|allegations|claims|charges)|(?:the|these)\s+findings)\b/i;
const CONDEMN = /\b(condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied))\b/gi;

const AMONG_THOSE_WHO =
  /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:countries|governments|states|nations|allies|members|organi[sz]ations|leaders|capitals)\s+(?:that|which|who)\s+(?:(?:also|have|had|quickly|publicly|swiftly)\s+)*$/i;

const attributable = new Set(["state", "agency", "group", "person"]);

function attribute(
  frame: Frame,
  incident: string | undefined,
  actors: string[],
  claimants: string[],
  suspected: boolean,
): void {
  if (!incident) return;
  for (const actor of actors) {
    if (!attributable.has(typeOf(frame, actor) ?? "")) continue;
    emit(frame, "attributed-to", incident, actor, {
      claimants: claimants.filter((c) => c !== actor),
      suspected,
    });
    frame.state.lastAccusedOf.set(actor, incident);
  }
}

/** Negated, or asked rather than said: "could not confirm whether X is behind", "if X was behind". */
function negatedBefore(frame: Frame, at: number): boolean {
  const before = frame.state.text.slice(frame.sentence.start, at);
  return (
    NEGATION.test(frame.state.text.slice(clauseStart(frame, at), at)) ||
    /\b(whether|if)\s+[^,;.]*$/i.test(before) ||
    NEGATED_REPORT.test(before)
  );
}

/** The agent of "carried out by ...": the first actor close after, with those coordinated or named with it. */
function agentAfter(frame: Frame, after: number): string[] {
  const agents = objectAfter(frame, after);
  if (agents[0] && agents[0].start <= after + 40) return agents.map((s) => s.key);
  // 'the work of a "People's Republic of China state-sponsored cyber actor"': a quote opens the agent.
  const quoted = frame.slots.find(
    (s) =>
      s.kind === "actor" &&
      s.start >= after &&
      s.start <= after + 40 &&
      /^\s*(?:(?:a|an|the)\s+)?["“]/.test(frame.state.text.slice(after, s.start)),
  );
  return quoted ? [quoted.key] : [];
}

/** Actors named inside a quotation opening at `at` ('"Russian special services"'). */
function quotedActors(frame: Frame, at: number): string[] {
  const quote = /^\s*["“]([^"”]{1,80})["”]/.exec(frame.state.text.slice(at, frame.sentence.end));
  if (!quote) return [];
  const end = at + quote[0].length;
  return frame.slots
    .filter(
      (s) =>
        s.kind !== "incident" && s.start > at && s.end < end && attributable.has(typeOf(frame, s.key) ?? ""),
    )
    .map((s) => s.key);
}

function attributions(frame: Frame): void {
  const { state, sentence } = frame;
  const text = sentence.text;
  ACCUSE.lastIndex = 0;
  for (let m = ACCUSE.exec(text); m; m = ACCUSE.exec(text)) {
    const at = sentence.start + m.index;
    const after = at + m[0].length;
    const passive = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index));
    const rest = state.text.slice(after, clauseEnd(frame, after));
    if (!/\b(of|for|over)\b/i.test(rest) && !/\bon\b/i.test(rest)) continue;
    // "holds X responsible for": only with "responsible".
    if (/^holds?$/i.test(m[0]) && !/\bresponsible\b/i.test(rest)) continue;
    const accusers = passive ? [] : actorsOf(frame, subjectBefore(frame, at));
    // The accused stand between the verb and what they are accused of ("accused Russia of the attack").
    const incidentAfter = frame.incidents.find((i) => i.start >= after);
    const responsible = /^holds?$/i.test(m[0])
      ? after + rest.search(/\bresponsible\b/)
      : (incidentAfter?.start ?? Infinity);
    // "blamed the intrusions on a group it calls Hafnium": the one blamed follows "on".
    // "blamed X for the attack on Y" names the accused before "for": the "on" there is the target's.
    let blamedOn = /^blam/i.test(m[0])
      ? /^[^,;]*?\bon\s+(?!(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)/i.exec(
          rest,
        )
      : null;
    if (blamedOn && /\bfor\b/i.test(blamedOn[0])) blamedOn = null;
    const accused = passive
      ? subjectBefore(frame, at).map((s) => s.key)
      : objectAfter(frame, blamedOn ? after + blamedOn[0].length : after)
          .filter((s) => s.end <= responsible)
          .map((s) => s.key);
    // 'blamed the attack on "Russian special services"': the quoted actor and the state its demonym names.
    if (blamedOn && accused.length === 0) accused.push(...quotedActors(frame, after + blamedOn[0].length));
    const incident = incidentNear(frame, after);
    attribute(frame, incident, accused, [...new Set([...accusers, ...frame.speakers])], frame.hedged);
  }
  BEHIND.lastIndex = 0;
  for (let m = BEHIND.exec(text); m; m = BEHIND.exec(text)) {
    const at = sentence.start + m.index;
    if (negatedBefore(frame, at)) continue;
    if (/\b(who|whoever|what|which)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index))) continue; // "who could be behind" asks, it does not say
    const suspected = frame.hedged || /could|may|might|likely/i.test(m[0]);
    // The actor said to be behind is the nearest one before the verb ("accused Russia of being behind").
    const nearest = [...frame.slots]
      .reverse()
      .find((s) => s.kind === "actor" && s.end <= at && s.start >= clauseStart(frame, at) - 60);
    // "North Korean actors known as the Lazarus Group were behind": the named actor and its sponsor.
    const namer = nearest
      ? [...frame.slots]
          .reverse()
          .find(
            (s) =>
              s.kind === "actor" &&
              s.end <= nearest.start &&
              NAMING_GAP.test(state.text.slice(s.end, nearest.start)),
          )
      : undefined;
    const actors = /pointed|points|point/i.test(m[0])
      ? objectAfter(frame, at + m[0].length).map((s) => s.key)
      : nearest
        ? [nearest.key, ...(namer ? [namer.key] : [])]
        : [];
    attribute(frame, incidentNear(frame, at), actors, frame.speakers, suspected);
  }
  BY_AGENT.lastIndex = 0;
  for (let m = BY_AGENT.exec(text); m; m = BY_AGENT.exec(text)) {
    const at = sentence.start + m.index;
    if (negatedBefore(frame, at)) continue;
    const after = at + m[0].length;
    // "carried out from Chinese territory": a demonym names the agent too.
    const agents = /from$/i.test(m[0])
      ? frame.slots
          .filter((s) => s.kind !== "incident" && s.start >= after && s.start <= after + 25)
          .slice(0, 1)
          .map((s) => s.key)
      : agentAfter(frame, after);
    const before = [...frame.incidents].reverse().find((i) => i.end <= after);
    const incident = before?.key ?? incidentNear(frame, at);
    attribute(frame, incident, agents, frame.speakers, frame.hedged);
  }
  ACTIVE_AGENT.lastIndex = 0;
  for (let m = ACTIVE_AGENT.exec(text); m; m = ACTIVE_AGENT.exec(text)) {
    const at = sentence.start + m.index;
    if (negatedBefore(frame, at) || /\bby\s+$/i.test(text.slice(0, m.index))) continue;
    const agents = subjectBefore(frame, at).map((s) => s.key);
    const incident = frame.incidents.find((i) => i.start >= at + m![0].length)?.key;
    attribute(frame, incident, agents, frame.speakers, frame.hedged);
  }
  // "formally attributed the February cyberattack on Viasat to Russia"
  ATTRIBUTED.lastIndex = 0;
  for (let m = ATTRIBUTED.exec(text); m; m = ATTRIBUTED.exec(text)) {
    const at = sentence.start + m.index;
    if (negatedBefore(frame, at)) continue;
    const end = clauseEnd(frame, at + m[0].length);
    const incident = frame.incidents.find((i) => i.start >= at && i.start < end);
    if (!incident) continue;
    const claimants = [...new Set([...actorsOf(frame, subjectBefore(frame, at)), ...frame.speakers])];
    // "linked a group known as APT40 to a 2021 compromise of ...": the actor comes first.
    const between = state.text.slice(at + m[0].length, incident.start);
    if (
      /\bto\s+(?:(?:the|an?|this|that)\s+)?(?:[\w-]+\s+){0,3}$/i.test(between) &&
      !/^\s*to\b/i.test(between)
    ) {
      const actors = frame.slots
        .filter((s) => s.kind === "actor" && s.start >= at + m![0].length && s.end <= incident.start)
        .map((s) => s.key);
      attribute(frame, incident.key, actors, claimants, frame.hedged);
      continue;
    }
    const to = / to\s+/.exec(state.text.slice(incident.end, end));
    if (!to) continue;
    const actors = objectAfter(frame, incident.end + to.index).map((s) => s.key);
    attribute(frame, incident.key, actors, claimants, frame.hedged);
  }
  // Wording that blames by itself: "Russian-backed coup plot", "its invasion of Ukraine".
  for (const incident of frame.incidents)
    attribute(frame, incident.key, incident.attackers, frame.speakers, frame.hedged);
}

function denials(frame: Frame): void {
  const { state, sentence } = frame;
  DENY.lastIndex = 0;
  for (let m = DENY.exec(sentence.text); m; m = DENY.exec(sentence.text)) {
    const at = sentence.start + m.index;
    const after = at + m[0].length;
    const object = state.text.slice(after, clauseEnd(frame, after));
    const incidentAfter = frame.incidents.find((i) => i.start >= after && i.start < clauseEnd(frame, after));
    if (!incidentAfter && !DENIAL_OBJECT.test(object)) continue;
    // A spokesperson denies for the ministry and the state it speaks for.
    // "Beijing denied everything", "dismissed the findings", in a sentence naming no attack: every
    // incident laid at its door so far.
    const blanket = frame.incidents.length === 0 && BLANKET_DENIAL.test(object);
    for (const key of actorsOf(frame, subjectBefore(frame, at))) {
      const accusedOf = blanket
        ? state.claims.filter((c) => c.type === "attributed-to" && c.target === key).map((c) => c.source)
        : [];
      const incident = incidentAfter?.key ?? state.lastAccusedOf.get(key) ?? state.currentIncident;
      for (const denied of new Set(accusedOf.length ? accusedOf : incident ? [incident] : []))
        emit(frame, "denied", key, denied, { claimants: [] });
    }
  }
}

/** "said the campaign was "totally unacceptable"": judging the attack condemns it. */
const CONDEMNING_VERDICT =
  /\b(?:was|were|is|are|as)\s+(?:an?\s+)?["“]?(?:(?:totally|completely|utterly|wholly|simply|absolutely|deeply)\s+)?(?:unacceptable|reckless|irresponsible|outrageous|deplorable|despicable|cowardly|shameful|intolerable|disgraceful|abhorrent|egregious)\b/gi;

function condemnations(frame: Frame): void {
  const { sentence } = frame;
  CONDEMNING_VERDICT.lastIndex = 0;
  for (let m = CONDEMNING_VERDICT.exec(sentence.text); m; m = CONDEMNING_VERDICT.exec(sentence.text)) {
    const at = sentence.start + m.index;
    if (negatedBefore(frame, at)) continue;
    // The attack is the subject judged, in the same clause as the verdict.
    const incident = [...frame.incidents].reverse().find((i) => i.end <= at && at - i.end <= 20)?.key;
    for (const actor of actorsOf(frame, frame.speakerSlots))
      emit(frame, "condemned", actor, incident, { claimants: [] });
  }
  CONDEMN.lastIndex = 0;
  for (let m = CONDEMN.exec(sentence.text); m; m = CONDEMN.exec(sentence.text)) {
    const at = sentence.start + m.index;
    const after = at + m[0].length;
    // Only an attack named as the object is condemned ("condemned the decision to cut ties" is not).
    const incident = frame.incidents.find((i) => i.start >= after && i.start < clauseEnd(frame, after))?.key;
    // "Britain and Japan were among the countries that also condemned the attack": the subject is the list's.
    const among = AMONG_THOSE_WHO.exec(frame.state.text.slice(sentence.start, at));
    const subject = subjectBefore(frame, at);
    const actors =
      subject.length === 0 && among ? subjectBefore(frame, sentence.start + among.index) : subject;
    for (const actor of actorsOf(frame, actors)) emit(frame, "condemned", actor, incident, { claimants: [] });
  }
}

/** An attack on a state's institution is an attack on that state too. */
function attacks(frame: Frame): void {
  for (const incident of frame.incidents) {
    const targets = new Set(incident.targets);
    for (const t of incident.targets) {
      const country =
        frame.state.entities.get(t)?.type === "agency" ? frame.state.entities.get(t)?.country : undefined;
      if (country) targets.add(country);
    }
    for (const target of targets)
      emit(frame, "attacked", incident.key, target, { claimants: [], date: incident.date });
  }
}

export function incidentClaims(frame: Frame): void {
  attacks(frame);
  attributions(frame);
  denials(frame);
  condemnations(frame);
}

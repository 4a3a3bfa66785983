/**
 * The ownership stage, once every sentence is read and the incidents are consolidated: a body the
 * text named with no owner ("the electoral commission", "the Department of Finance") got, at its
 * first mention, the state the reading had last spoken of. That guess is made before the article
 * says who is accused: "Minsk denies it. The electoral commission said its portal was wiped. Malawi
 * blamed Belarus" gave the commission to Belarus. Here each such guess is checked against the whole
 * article: a body stays with its guessed state unless that state ended up accused; then it belongs
 * to the dateline's state, else to the state the article is about among the others, else to none.
 * A help claim's state end the sentence never named is such a guess too, checked the same way (see
 * settleGuessedHelpEnds). Then a body the article never gives an owner that speaks of an attack
 * belongs to the state that attack hit (see homeOfSpeakingBodies): the claimants read that owner;
 * the part-of claims do not (see ownersGivenHere).
 */
import { TRACE, trace } from "./trace";
import { accusedSide, topicState, type DocumentView, type GuessedOwner } from "./document-state";
import type { Findings } from "./consolidate";
import { bodyOfState, institutionKey, ownedByNoState } from "./mentions";
import type { ExtractedClaim, ExtractedEntity } from "./types";

/** What the reading knew of the owners it guessed. */
export interface OwnerGuesses {
  guessed: ReadonlyMap<string, GuessedOwner>;
  /** Officials whose state only the article's topic gave, by person: that state. */
  offices: ReadonlyMap<string, string>;
  /** The state whose capital the dateline names: the page's own state. */
  dateline?: string;
}

/**
 * The states hit, as the claims say: a state attacked, or the state of a body attacked. A state
 * that is only the guessed owner of a body attacked is no evidence (it is what is being checked).
 */
function victimStates(view: DocumentView, claims: readonly ExtractedClaim[], guessed: OwnerGuesses) {
  const attacks = claims.filter((c) => c.type === "attacked");
  const guessedOwnerHit = (incident: string, owner: string) =>
    attacks.some(
      (a) =>
        a.source === incident &&
        guessed.guessed.has(a.target) &&
        view.entities.get(a.target)?.country === owner,
    );
  const victims = new Set<string>();
  for (const a of attacks) {
    const target = view.entities.get(a.target);
    if (target?.type === "state" && !guessedOwnerHit(a.source, a.target)) victims.add(a.target);
    else if (target?.type === "agency" && target.country && !guessed.guessed.has(a.target))
      victims.add(target.country);
  }
  return victims;
}

/**
 * The states an article does not mean when it names a body with no owner: the accused, and the
 * state behind an accused group or body. That state is the gazetteer's (a group's sponsor note, a
 * listed body's country) as well as the text's: here the note only keeps a body from an owner, as
 * homeState's accused side does, and never becomes an edge. A state the article also says was hit,
 * or whose capital is its dateline, is the article's own and stays.
 */
function excludedOwners(
  view: DocumentView,
  claims: readonly ExtractedClaim[],
  guessed: OwnerGuesses,
  victims: ReadonlySet<string>,
) {
  // A state that denies is on the side the article accuses, named or not ("Moscow denied any role.
  // The transport agency said ..."): the body is not the denier's.
  const accused = accusedSide(
    view,
    claims
      .filter((c) => c.type === "attributed-to" || c.type === "denied")
      .map((c) => (c.type === "denied" ? c.source : c.target)),
    guessed.guessed,
  );
  for (const victim of victims) accused.delete(victim);
  if (guessed.dateline) accused.delete(guessed.dateline);
  return accused;
}

/**
 * The state a guessed body belongs to after all (see the top of this file): the article's own state
 * is its dateline's, else the state it is most about among the others if the article says that
 * state was hit; a state merely named more often than the rest decides nothing.
 */
function settledOwner(
  view: DocumentView,
  guess: string,
  sides: { accused: ReadonlySet<string>; victims: ReadonlySet<string> },
  dateline?: string,
) {
  if (!sides.accused.has(guess)) return guess;
  if (dateline) return dateline;
  const topic = topicState(view, [...sides.accused]);
  return topic && sides.victims.has(topic) ? topic : undefined;
}

/** The body with its new owner: key and label rebuilt from its label without an owner. */
function rehomed(
  view: DocumentView,
  entity: ExtractedEntity,
  guessed: GuessedOwner,
  owner: string | undefined,
): ExtractedEntity {
  const moved: ExtractedEntity = {
    ...entity,
    key: guessed.ownerInKey ? institutionKey(guessed.label, owner) : entity.key,
    label: guessed.ownerInKey ? bodyOfState(view, guessed.label, owner) : entity.label,
  };
  if (owner) moved.country = owner;
  else delete moved.country;
  return moved;
}

/** A body's move: the entity it becomes, and the state it leaves. */
interface Move {
  entity: ExtractedEntity;
  from: string;
}

/**
 * An incident that hit a moved body hit the body's new state, not its guessed one ("the attack on
 * the electoral commission" was an attack on the commission's state). Undefined: the claim goes.
 */
function retargeted(claims: readonly ExtractedClaim[], moves: Map<string, Move>) {
  const movedState = new Map<string, string | undefined>();
  for (const c of claims) {
    const move = c.type === "attacked" ? moves.get(c.target) : undefined;
    if (move) movedState.set(`${c.source} ${move.from}`, move.entity.country);
  }
  return (incident: string, target: string): string | undefined => {
    const key = `${incident} ${target}`;
    return movedState.has(key) ? movedState.get(key) : (moves.get(target)?.entity.key ?? target);
  };
}

/** The entities with the moved bodies in place; a body moved onto another's key joins it. */
function movedEntities(
  entities: readonly ExtractedEntity[],
  moves: Map<string, Move>,
  targetOf: (incident: string, target: string) => string | undefined,
): ExtractedEntity[] {
  const out = new Map<string, ExtractedEntity>();
  for (const e of entities) {
    const moved = moves.get(e.key)?.entity ?? e;
    const before = moved.targets ?? [];
    const targets = before.map((t) => targetOf(moved.key, t));
    const next = targets.some((t, i) => t !== before[i])
      ? { ...moved, targets: [...new Set(targets.filter((t): t is string => !!t))] }
      : moved;
    const already = out.get(next.key);
    // The same body, named once with its owner and once without: one node.
    out.set(
      next.key,
      already
        ? {
            ...already,
            aliases: [...new Set([...already.aliases, ...next.aliases])],
            mentions: [...already.mentions, ...next.mentions],
          }
        : next,
    );
  }
  return [...out.values()];
}

/**
 * New entities and claims with every guessed body settled (see above); claims and incident
 * targets follow the new keys. The input is never changed (when nothing moves, it is returned as it is).
 */
export function settleGuessedOwners(found: Findings, reading: DocumentView, guesses: OwnerGuesses): Settled {
  const settled = homeOfSpeakingBodies(
    settleGuessedHelpEnds(
      settleGuessedOffices(settleGuesses(found, reading, guesses), reading, guesses),
      reading,
      guesses,
    ),
    reading,
  );
  const inferred = ownersGivenHere(found.entities, settled.entities);
  for (const [key, guess] of guesses.guessed) if (guess.contested) inferred.add(key);
  return { ...settled, ownersInferred: inferred };
}

/** The findings once owners are settled, and the bodies whose owner this stage gave (see ownersGivenHere). */
export interface Settled extends Findings {
  ownersInferred: ReadonlySet<string>;
}

/**
 * The bodies whose state this stage gave or changed (and, added by the caller, those whose guessed
 * owner their own sentence contests): a guessed owner moved off the accused side,
 * or an unowned body given the state its attack hit. Neither is written in the text: such an owner
 * still tells who stands behind the body's claims, but makes no part-of claim (on the dev pages 1
 * of 14 such claims was right). A body moved onto the key of one named with its owner keeps that
 * owner's claim. The dateline's state too is only inferred: a body given it was 0 found / 2 false on
 * dev (an accused state's own outlet: Tehran's, Moscow's).
 */
function ownersGivenHere(before: readonly ExtractedEntity[], after: readonly ExtractedEntity[]): Set<string> {
  const owner = new Map(before.map((e) => [e.key, e.country]));
  return new Set(
    after.filter((e) => e.type === "agency" && e.country && owner.get(e.key) !== e.country).map((e) => e.key),
  );
}

/** The findings' entities as the reading's view, and the sides the settled owners are checked against. */
function settling(found: Findings, reading: DocumentView, guesses: OwnerGuesses) {
  const view: DocumentView = { ...reading, entities: new Map(found.entities.map((e) => [e.key, e])) };
  const victims = victimStates(view, found.claims, guesses);
  return { view, sides: { accused: excludedOwners(view, found.claims, guesses, victims), victims } };
}

function settleGuesses(found: Findings, reading: DocumentView, guesses: OwnerGuesses): Findings {
  if (guesses.guessed.size === 0) return found;
  const { view, sides } = settling(found, reading, guesses);
  const moves = new Map<string, Move>();
  for (const [key, guessed] of guesses.guessed) {
    const entity = view.entities.get(key);
    if (entity?.type !== "agency" || !entity.country) continue;
    const owner = settledOwner(view, entity.country, sides, guesses.dateline);
    if (owner !== entity.country)
      moves.set(key, { entity: rehomed(view, entity, guessed, owner), from: entity.country });
    if (TRACE && owner !== entity.country) {
      const settled = owner === guesses.dateline ? "dateline" : "victim-topic";
      trace("OWNER", { doc: view.id, key: moves.get(key)!.entity.key, country: owner, settled });
    }
  }
  if (moves.size === 0) return found;
  const targetOf = retargeted(found.claims, moves);
  const claims: ExtractedClaim[] = [];
  for (const c of found.claims) {
    const source = moves.get(c.source)?.entity.key ?? c.source;
    const target =
      c.type === "attacked" ? targetOf(c.source, c.target) : (moves.get(c.target)?.entity.key ?? c.target);
    if (!target) continue;
    const claimants = c.claimants.some((k) => moves.has(k))
      ? [...new Set(c.claimants.map((k) => moves.get(k)?.entity.key ?? k))]
      : c.claimants;
    claims.push(
      source === c.source && target === c.target && claimants === c.claimants
        ? c
        : { ...c, source, target, claimants },
    );
  }
  return { entities: movedEntities(found.entities, moves, targetOf), claims };
}

/**
 * An official the reading gave the article's topic state ("Energy Secretary X" before the article
 * says the attack came from Russia) is settled as a guessed body is: an office is never given to the
 * side the article accuses, so the affiliation moves to the state a body would settle on, else goes.
 */
function settleGuessedOffices(found: Findings, reading: DocumentView, guesses: OwnerGuesses): Findings {
  if (guesses.offices.size === 0) return found;
  const { view, sides } = settling(found, reading, guesses);
  const held = new Set(found.claims.map((c) => `${c.type} ${c.source} ${c.target}`));
  // An official who denies the attack speaks for the accused side: the topic state stands.
  const deniers = new Set(found.claims.filter((c) => c.type === "denied").map((c) => c.source));
  const claims: ExtractedClaim[] = [];
  for (const c of found.claims) {
    const guess =
      c.type === "affiliated-with" && !deniers.has(c.source) ? guesses.offices.get(c.source) : undefined;
    const owner = guess === c.target ? settledOwner(view, c.target, sides, guesses.dateline) : c.target;
    if (owner === c.target) claims.push(c);
    else if (owner && view.entities.has(owner) && !held.has(`${c.type} ${c.source} ${owner}`))
      claims.push({ ...c, target: owner });
  }
  return claims.length === found.claims.length && claims.every((c, i) => c === found.claims[i])
    ? found
    : { entities: found.entities, claims };
}

/** The end of a help claim that names the side helped or asking: the helped, the requester. */
const HELPED_END: Partial<Record<ExtractedClaim["type"], "source" | "target">> = {
  assisted: "target",
  "offered-help": "target",
  "requested-help": "source",
};

/**
 * A help claim's state end its sentence never names (the state "the government", "we" or an
 * unnamed beneficiary stood for while the sentence was claimed) is a guess, settled as a guessed
 * body is: help is neither given to nor asked by the side the article ends up accusing (an offer
 * "to help" read while Russia was the state most spoken of, before the article blames it), so that
 * end moves to the state a body would settle on, else the claim goes.
 */
function settleGuessedHelpEnds(found: Findings, reading: DocumentView, guesses: OwnerGuesses): Findings {
  const { view, sides } = settling(found, reading, guesses);
  if (sides.accused.size === 0) return found;
  const held = new Set(found.claims.map((c) => `${c.type} ${c.source} ${c.target}`));
  const claims: ExtractedClaim[] = [];
  for (const c of found.claims) {
    const end = HELPED_END[c.type];
    const guess = end && guessedState(view, c, c[end]) ? c[end] : undefined;
    if (!end || !guess || !sides.accused.has(guess)) {
      claims.push(c);
      continue;
    }
    const settled = settledOwner(view, guess, sides, guesses.dateline);
    const moved = settled && view.entities.has(settled) ? { ...c, [end]: settled } : undefined;
    if (moved && !held.has(`${moved.type} ${moved.source} ${moved.target}`) && apart(view, moved))
      claims.push(moved);
  }
  return claims.length === found.claims.length && claims.every((c, i) => c === found.claims[i])
    ? found
    : { entities: found.entities, claims };
}

/** A state end no mention of which stands in the claim's evidence: the sentence did not name it. */
function guessedState(view: DocumentView, claim: ExtractedClaim, key: string): boolean {
  const entity = view.entities.get(key);
  return (
    entity?.type === "state" &&
    !entity.mentions.some((m) => claim.evidence.some((e) => m.start >= e.start && m.start < e.end))
  );
}

/** Two different sides: not one actor, nor a state and its own body. */
function apart(view: DocumentView, claim: ExtractedClaim): boolean {
  return (
    claim.source !== claim.target &&
    view.entities.get(claim.source)?.country !== claim.target &&
    view.entities.get(claim.target)?.country !== claim.source
  );
}

/**
 * The one state the attacks an attribution is about hit: for an incident, the states of its
 * targets (a state, or a body's owner); for a group, those of the incidents the article ties to it.
 * None when they are several or none.
 */
function attributionVictim(found: Findings, entities: ReadonlyMap<string, ExtractedEntity>) {
  const hit = new Map<string, Set<string>>();
  for (const c of found.claims) {
    if (c.type !== "attacked") continue;
    const target = entities.get(c.target);
    const state =
      target?.type === "state" ? c.target : target?.type === "agency" ? target.country : undefined;
    if (state) hit.set(c.source, (hit.get(c.source) ?? new Set()).add(state));
  }
  const statesOf = (source: string): Set<string> => {
    if (entities.get(source)?.type === "incident") return hit.get(source) ?? new Set();
    const out = new Set<string>();
    for (const c of found.claims)
      if (c.type === "attributed-to" && c.target === source) hit.get(c.source)?.forEach((s) => out.add(s));
    return out;
  };
  return (source: string) => {
    const states = statesOf(source);
    return states.size === 1 ? [...states][0] : undefined;
  };
}

/**
 * A body the article never gives an owner ("the National Cyber Security Directorate") that speaks
 * of an attack, itself or through a person who works for it, belongs to the state that attack hit:
 * a country's own agencies investigate and report the attacks on it. A body that speaks of attacks
 * on different states, or has a parent body, keeps no owner.
 */
function homeOfSpeakingBodies(found: Findings, reading: DocumentView): Findings {
  const entities = new Map(found.entities.map((e) => [e.key, e]));
  const unowned = (key: string) => {
    const entity = entities.get(key);
    const info = reading.lexicon.entities.get(key);
    return (
      entity?.type === "agency" &&
      !entity.country &&
      !entity.parent &&
      !info?.country &&
      !info?.parent &&
      !ownedByNoState(entity.label)
    );
  };
  const officesOf = new Map<string, string[]>();
  for (const c of found.claims)
    if (c.type === "affiliated-with") officesOf.set(c.source, [...(officesOf.get(c.source) ?? []), c.target]);
  const victimOf = attributionVictim(found, entities);
  const homes = new Map<string, Set<string | undefined>>();
  for (const c of found.claims) {
    if (c.type !== "attributed-to") continue;
    const speakers = [...c.claimants, ...c.evidence.flatMap((e) => e.claimants ?? [])];
    const bodies = [...speakers, ...speakers.flatMap((k) => officesOf.get(k) ?? [])].filter(unowned);
    if (bodies.length === 0) continue;
    const home = victimOf(c.source);
    for (const body of bodies) homes.set(body, (homes.get(body) ?? new Set()).add(home));
  }
  const owners = new Map<string, string>();
  for (const [body, states] of homes) {
    const [state] = [...states];
    if (states.size === 1 && state && entities.has(state)) owners.set(body, state);
  }
  if (owners.size === 0) return found;
  if (TRACE)
    for (const [key, country] of owners) trace("OWNER", { doc: reading.id, key, country, home: true });
  return {
    entities: found.entities.map((e) => (owners.has(e.key) ? { ...e, country: owners.get(e.key) } : e)),
    claims: found.claims,
  };
}

/**
 * Who stands behind a claimant, as the whole article tells it: a speaker's office is often given
 * only later ("Orlen Vask, who heads the port authority, ...") and a body's owner is decided only
 * once the article has been read to the end. Each attribution's claimants gain, after reading,
 * the bodies their persons are affiliated with and the states those bodies (or the claimant bodies)
 * belong to, among the article's final entities and claims (every body's owner settled by the
 * ownership stage, ownership.ts: a body with no owner of its own speaks for no state here).
 */
import { EXTRACTION_DEFAULTS } from "./defaults";
import { accusedSide, topicState, type DocumentView } from "./document-state";
import {
  alternation,
  GOVERNMENT_SITE_HEADS,
  ISSUER_LINE_LABELS,
  NAME_WORDS,
  NOUN_LEMMAS,
  patternFor,
  REPORTED_VOICE_WORDS,
  type Words,
} from "./lexicon";
import { issuerNameForms, nameForm } from "./issuer-entity";
import { patternsOf } from "./speakers";
import { matchesOf } from "./text";
import type { ExtractedClaim, ExtractedEntity } from "./types";

/**
 * A claimant the claim stage could not name yet: the body bringing the charges a sentence tells of
 * ("X and Y are accused of ..."), when the article names it only later ("said a spokeswoman for
 * the City Prosecutor's Office"). It becomes that body, named nearest the claim, or no one.
 */
export const PROSECUTING_BODY_LATER = "?prosecuting-body";

const PROSECUTING = new RegExp(String.raw`\b(?:${NOUN_LEMMAS.prosecutingBody.join("|")})`, "i");

/**
 * A claimant the claim stage could not name yet: the issuer of a page that speaks in its own voice
 * ("We attribute the activity to X") before naming itself. It becomes the body (an organization
 * or agency the page does not say was hit) the page names first, within its head, or no one.
 */
export const PAGE_ISSUER_LATER = "?page-issuer";

/**
 * A claimant the claim stage could not name yet: the state unnamed officials speak for ("officials
 * blamed X"), the article's own state once the article is read (see `articleState`), or no one.
 */
export const ARTICLE_STATE_LATER = "?article-state";

function pageIssuer(
  claims: readonly ExtractedClaim[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
): string | undefined {
  const hit = new Set(claims.filter((c) => c.type === "attacked").map((c) => c.target));
  let best: string | undefined;
  let first: number = EXTRACTION_DEFAULTS.pageHeadChars;
  for (const entity of entities.values()) {
    if ((entity.type !== "organization" && entity.type !== "agency") || hit.has(entity.key)) continue;
    for (const m of entity.mentions) if (m.start < first) [best, first] = [entity.key, m.start];
  }
  return best;
}

function prosecutingBodyNear(
  at: number,
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const entity of entities.values()) {
    if (entity.type !== "agency" || !PROSECUTING.test(entity.label)) continue;
    for (const m of entity.mentions) {
      const d = Math.abs(m.start - at);
      if (d < distance) [best, distance] = [entity.key, d];
    }
  }
  return best;
}

/** A government page's issuer line in its head: "From: Ministry of X and Jane Doe MP", "Issued by: X". */
const ISSUER_LINE = new RegExp(
  String.raw`^[ \t]*(?:${alternation(ISSUER_LINE_LABELS)}):[ \t]*\S[^\n]*$`,
  "gim",
);

/**
 * What may stand on a letterhead's line beside the body's name: the state it belongs to, written as
 * a state styles itself ("Ministry of Foreign Affairs - Kingdom of X", "Ministry of Y | Republic
 * of Z"), and the separators between them.
 */
const LETTERHEAD_REST = new RegExp(
  String.raw`^(?:[\s,|()\u2013\u2014-]|\b(?:${alternation(NAME_WORDS.letterheadStateWords)})\b)*$`,
  "iu",
);

/** A name headed by a ministry's or department's word: a headline read as a name is not one. */
const GOVERNMENT_HEAD = new RegExp(String.raw`^(?:${alternation(GOVERNMENT_SITE_HEADS)})\b`, "iu");

/** A state's style, the sign of a letterhead rather than a caption or a section label ("Republic of X"). */
const LETTERHEAD_STYLE = new RegExp(
  String.raw`\b(?:${alternation(NAME_WORDS.letterheadStyleWords)})\b`,
  "iu",
);

/** The line of `text` around `at`, as offsets. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const newline = text.indexOf("\n", at);
  return { start: text.lastIndexOf("\n", at - 1) + 1, end: newline < 0 ? text.length : newline };
}

/**
 * The state of a letterhead naming `body`: a line of the page's head holding nothing but a ministry's
 * or department's name and the state it belongs to in its style ("Ministry of Foreign Affairs -
 * Kingdom of X"), or the name alone under a line giving the style ("REPUBLIC OF Y" above "MINISTRY
 * OF Z"). A short line naming a ministry on a news page (a caption, a section label) gives no state's
 * style, and is no letterhead.
 */
function letterheadState(
  text: string,
  body: Readonly<ExtractedEntity>,
  states: readonly Readonly<ExtractedEntity>[],
): string | undefined {
  for (const m of body.mentions) {
    if (m.start >= EXTRACTION_DEFAULTS.pageHeadChars || !GOVERNMENT_HEAD.test(text.slice(m.start, m.end)))
      continue;
    const line = lineAround(text, m.start);
    const above = line.start > 0 ? lineAround(text, line.start - 1) : line;
    let rest = text.slice(line.start, line.end);
    for (const n of body.mentions)
      if (n.start >= line.start && n.end <= line.end)
        rest =
          rest.slice(0, n.start - line.start) + " ".repeat(n.end - n.start) + rest.slice(n.end - line.start);
    let state: string | undefined;
    for (const e of states)
      for (const n of e.mentions) {
        if (n.start < above.start || n.end > line.end) continue;
        state ??= e.key;
        if (n.start >= line.start)
          rest =
            rest.slice(0, n.start - line.start) +
            " ".repeat(n.end - n.start) +
            rest.slice(n.end - line.start);
      }
    if (state && LETTERHEAD_REST.test(rest) && LETTERHEAD_STYLE.test(text.slice(above.start, line.end)))
      return state;
  }
  return undefined;
}

/**
 * The government bodies (agencies) a page names as its issuer, each with the state it speaks for:
 * those its issuer lines or letterhead name, and the one its markup gives first (the site's owner
 * before an author), by that name or by the name before its last comma ("Ministry of X, Republic of
 * Y"). A news page's publisher is an outlet, never an agency of the article. A body the page says
 * was hit is no issuer. Its state is its own, else the letterhead's, else the article's; but a body
 * only the markup names (issuer-entity.ts) and whose name holds no state has none here: a ministry's
 * statement on another state's incident does not speak for the state it reports.
 */
function issuingBodies(
  text: string,
  markupIssuers: readonly string[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
  claims: readonly ExtractedClaim[],
  home: string | undefined,
): [body: string, state: string | undefined][] {
  const head = text.slice(0, EXTRACTION_DEFAULTS.pageHeadChars);
  const lines = matchesOf(ISSUER_LINE, head).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const hit = new Set(claims.filter((c) => c.type === "attacked").map((c) => c.target));
  const agencies = [...entities.values()].filter((e) => e.type === "agency" && !hit.has(e.key));
  const states = [...entities.values()].filter((e) => e.type === "state");
  const namedBy = (name: string) => {
    const forms = issuerNameForms(name);
    return agencies.filter((e) => [e.label, ...e.aliases].some((n) => forms.has(nameForm(n))));
  };
  const inMarkup = markupIssuers.map(namedBy).find((bodies) => bodies.length > 0) ?? [];
  const letterheads = new Map<string, string>();
  for (const e of agencies) {
    const state = letterheadState(text, e, states);
    if (state) letterheads.set(e.key, state);
  }
  const bodies = agencies.filter(
    (e) =>
      inMarkup.includes(e) ||
      letterheads.has(e.key) ||
      e.mentions.some((m) => lines.some((l) => m.start >= l.start && m.start < l.end)),
  );
  // "Ministry of X" read bare and "Ministry of X of Y" read with its state are one body: the one with a state speaks.
  const owned = bodies.filter((e) => e.country !== undefined);
  return (owned.length > 0 ? owned : bodies).map((e) => [
    e.key,
    e.country ?? letterheads.get(e.key) ?? (e.mentions.length > 0 ? home : undefined),
  ]);
}

/**
 * The article's own state, for a government body it ties to no state: its topic (see `topicState`)
 * off the accused side (an attribution's accused and the states behind them: a group's sponsor, a
 * body's state; every denier) and off the states helping.
 */
function articleState(view: DocumentView, claims: readonly ExtractedClaim[]): string | undefined {
  const accused = accusedSide(
    view,
    claims
      .filter((c) => c.type === "attributed-to" || c.type === "denied")
      .map((c) => (c.type === "denied" ? c.source : c.target)),
  );
  // Helpers (offered, delivered or asked-for help) are guests of the article, not its state (a condemner may be
  // the victim itself: it stays).
  const helpers = claims.flatMap((c) =>
    c.type === "offered-help" || c.type === "assisted"
      ? [c.source]
      : c.type === "requested-help"
        ? [c.target]
        : [],
  );
  return topicState(view, [...accused, ...helpers]);
}

/**
 * A sentence with no reporting of its own: no verb of speech or judging, no source phrase, no report
 * or claim named, no negation ("Press reports tie it to X", "experts believe", "has not confirmed").
 */
export const ownVoiceOf = (words: Words) => {
  const { speechCue } = patternsOf(words);
  const reported = patternFor(
    words,
    "claimant-bodies.reported",
    (w) =>
      new RegExp(
        String.raw`\b(?:${w.nouns.reportDocument.any}|${w.verbs.judgement.any}|${alternation(REPORTED_VOICE_WORDS)})\b`,
        "i",
      ),
  );
  return (quote: string) => !speechCue.test(quote) && !reported.test(quote);
};

/** A body's name marking it international or regional ("the European Cybercrime Centre"). */
const SUPRANATIONAL_NAME = new RegExp(String.raw`\b(?:${alternation(NAME_WORDS.supranationalNameWords)})\b`);

export function withClaimantBodies(
  claims: readonly ExtractedClaim[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
  reading: DocumentView,
  markupIssuers: readonly string[] = [],
): ExtractedClaim[] {
  const stateOf = (key: string) => {
    const entity = entities.get(key);
    return entity?.type === "agency" ? entity.country : undefined;
  };
  // A government body the article never tied to a state speaks for the article's own state.
  const home = articleState({ ...reading, entities }, claims);
  // A government page issued by a body of its own ("From: Ministry of X"): what the page says its
  // state holds, it says through that body.
  const issuers = issuingBodies(reading.text, markupIssuers, entities, claims, home);
  // Whom each accused group is said to work for, and the states each incident hit.
  const sponsorsOf = new Map<string, string[]>();
  const victimsOf = new Map<string, string[]>();
  for (const c of claims) {
    if (c.type === "attributed-to" && entities.get(c.source)?.type === "group")
      sponsorsOf.set(c.source, [...(sponsorsOf.get(c.source) ?? []), c.target]);
    if (c.type === "attacked")
      victimsOf.set(c.source, [
        ...(victimsOf.get(c.source) ?? []),
        entities.get(c.target)?.country ?? c.target,
      ]);
  }
  const officesOf = new Map<string, string[]>();
  for (const c of claims)
    if (c.type === "affiliated-with") officesOf.set(c.source, [...(officesOf.get(c.source) ?? []), c.target]);
  // Neither a part of another body nor an international or regional body.
  const homeBody = (entity: Readonly<ExtractedEntity>) =>
    entity.parent === undefined && !SUPRANATIONAL_NAME.test(entity.label);
  // A body of an international organization (the Council of the EU, the European Commission) speaks
  // for the organization as a state's agency speaks for its state.
  const unionOf = new Map<string, string>();
  for (const c of claims)
    if (
      c.type === "part-of" &&
      entities.get(c.source)?.type === "agency" &&
      entities.get(c.target)?.type === "organization"
    )
      unionOf.set(c.source, c.target);
  // A body the text alone put under an organization ("NATO's North Atlantic Council") speaks for it
  // too, though partOfClaims makes no part-of claim for it.
  for (const [key, e] of entities)
    if (
      e.type === "agency" &&
      e.parent &&
      entities.get(e.parent)?.type === "organization" &&
      !unionOf.has(key)
    )
      unionOf.set(key, e.parent);
  const speaksForState = (key: string) => {
    const entity = entities.get(key);
    if (entity?.type !== "agency") return undefined;
    return entity.country ?? unionOf.get(key) ?? (homeBody(entity) ? home : undefined);
  };
  let issuerKnown: { key: string | undefined } | undefined;
  const issuer = () => (issuerKnown ??= { key: pageIssuer(claims, entities) }).key;
  // What a government page plainly asserts in its own voice, its issuer asserts ("A crew we track as
  // X broke into the port"); never what it reports of others, hedges or does not confirm.
  const pageVoice = issuers.slice(0, 1).map(([body]) => body);
  const ownVoice = ownVoiceOf(reading.lexicon.words);
  const completed = claims.map((claim) => {
    if (claim.type !== "attributed-to") return claim;
    if (claim.claimants.length === 0) {
      if (
        pageVoice.length === 0 ||
        claim.stance !== "asserted" ||
        !claim.evidence.every((e) => ownVoice(e.quote))
      )
        return claim;
      claim = {
        ...claim,
        claimants: pageVoice,
        evidence: claim.evidence.map((e) => ({ ...e, claimants: pageVoice })),
      };
    }
    // The accused and their state never claim the accusation, whether the claim stage named them or
    // they came with a claimant's office. Only a threat group claiming its own deed ("X claimed the
    // attack") stays among its claimants.
    const accused = new Set([claim.source, claim.target, stateOf(claim.target) ?? claim.target]);
    // The body an accused group is said to work for is the accused side too ("The directorate" read
    // as the GRU the group answers to never claims that group's deed), and so is that body's state.
    // A sponsor of the victim's own state is a misread sponsor, and may well be the body speaking.
    // So is a body whose own officer claims the deed: a service owning up to its group's operation.
    const victims = victimsOf.get(claim.source) ?? [];
    const spokenFor = claim.claimants.flatMap((k) => officesOf.get(k) ?? []);
    for (const sponsor of sponsorsOf.get(claim.target) ?? []) {
      const side = stateOf(sponsor) ?? sponsor;
      if (!victims.includes(side) && !spokenFor.includes(sponsor)) accused.add(sponsor).add(side);
    }
    const ownDeed = (key: string) => key === claim.target && entities.get(key)?.type === "group";
    // A threat group claims only its own deeds ("X claimed the attack on its channel"): named beside
    // a speaker, or as the actor a clause talks about, it says nothing of another's.
    // A claimant named ahead of the article's own mention of it (a transcript's turn label) speaks
    // only if the article names it at all.
    const speaks = (key: string) => {
      const entity = entities.get(key);
      return entity !== undefined && (entity.type !== "group" || key === claim.target);
    };
    const complete = (given: readonly string[]) => {
      const keys = given.flatMap((k) => {
        if (k === ARTICLE_STATE_LATER) return home && !given.includes(home) ? [home] : [];
        if (k === PAGE_ISSUER_LATER) {
          const body = issuer();
          return body && !given.includes(body) && !accused.has(body) ? [body] : [];
        }
        if (k !== PROSECUTING_BODY_LATER) return [k];
        const body = prosecutingBodyNear(claim.evidence[0]?.start ?? 0, entities);
        return body && !given.includes(body) ? [body] : [];
      });
      const out = keys.filter((k) => speaks(k) && (ownDeed(k) || !accused.has(k)));
      const add = (key: string | undefined) => {
        if (key && entities.has(key) && !accused.has(key) && !out.includes(key)) out.push(key);
      };
      for (const key of keys) {
        for (const body of officesOf.get(key) ?? []) {
          add(body);
          add(speaksForState(body));
        }
        add(speaksForState(key));
      }
      for (const [body, state] of issuers) if (state && out.includes(state)) add(body);
      return out;
    };
    return {
      ...claim,
      claimants: complete(claim.claimants),
      evidence: claim.evidence.map((e) => (e.claimants ? { ...e, claimants: complete(e.claimants) } : e)),
    };
  });
  return withFirmOfChain(completed, entities);
}

/**
 * A research firm's attribution retold without its name: "Tallis Cyber tied the wiper to X", and
 * later "the attack, which hit the treasury, was carried out by X" or "the same crew also breached
 * Y". An attribution no one is said to make gains the one firm (an organization, not a government
 * body, no victim, no body with members) that claims another attribution of the same incident or actor: the same incident blamed on
 * another actor, the accused's own deeds or sponsor, another accused of the same. Two firms, or
 * none, and it stays the article's own.
 */
function withFirmOfChain(
  claims: readonly ExtractedClaim[],
  entities: ReadonlyMap<string, Readonly<ExtractedEntity>>,
): ExtractedClaim[] {
  const attributions = claims.filter((c) => c.type === "attributed-to");
  const isIncident = (key: string) => entities.get(key)?.type === "incident";
  // A victim company speaks of its own breach, and a body with members (NATO, the EU) for them: neither is
  // a research firm whose finding the article goes on retelling.
  const noFirm = new Set(
    claims.filter((c) => c.type === "attacked" || c.type === "member-of").map((c) => c.target),
  );
  const firmsOf = (claim: ExtractedClaim) =>
    claim.claimants.filter((k) => entities.get(k)?.type === "organization" && !noFirm.has(k));
  return claims.map((claim) => {
    if (
      claim.type !== "attributed-to" ||
      claim.claimants.length > 0 ||
      claim.evidence.some((e) => (e.claimants ?? []).length > 0)
    )
      return claim;
    // Another incident blamed on the same accused is another deed, and no one's word for this one.
    const linked = attributions.filter(
      (r) =>
        r !== claim &&
        (r.source === claim.source ||
          r.target === claim.source ||
          (!isIncident(r.source) && (r.source === claim.target || r.target === claim.target))),
    );
    const [firm, ...others] = new Set(linked.flatMap(firmsOf));
    if (!firm || others.length > 0 || firm === claim.source || firm === claim.target) return claim;
    return {
      ...claim,
      claimants: [firm],
      evidence: claim.evidence.map((e) => ({ ...e, claimants: [firm] })),
    };
  });
}

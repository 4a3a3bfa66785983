/**
 * The extraction stages' tunables in one place, each with why it has its value. Stages import the
 * object and read their own part; nothing else in src/extract hard-codes these numbers.
 */
export const EXTRACTION_DEFAULTS = {
  /** Metadata: how far into a page its dateline, byline and "Published" lines are looked for; claimants: where a page's issuer opens a sentence. */
  pageHeadChars: 2500,
  /** Metadata: a scraper's `Source:` line is within the first lines of the file. */
  sourceLineChars: 600,
  /** Metadata: a line this short that holds a full date is a byline or date line, not prose. */
  dateLineChars: 80,
  /** Metadata: a press release's sign-off date line ("Brno, 12 October 2026") is within the last chars of the page. */
  pageTailChars: 1200,
  /** Sentences: lines at least this long, and this close to their paragraph's longest, are hard-wrapped prose. */
  wrapMinLength: 40,
  wrapOfLongest: 0.72,
  /**
   * Incidents: a date further than this many characters from an attack mention does not date it
   * (one before it counts double distance). A date after the victims the mention names is measured
   * from the last of them and reaches `incidentDateReachAfter`: past the object, about a clause of
   * prose ("..., the island's pensions agency, on Sunday"); on validation 90 dates one more incident
   * than 120 and the dev sets do not move (75 loses one on dev4, 60 several and the seeds).
   */
  incidentDateReach: 120,
  incidentDateReachAfter: 90,
  /** Speakers: a quotation's speaker is named within this many sentences after it opens. */
  quoteSpeakerSentences: 3,
  /**
   * Speakers: "the report says" or "the firm wrote" stands for the body that published a document or
   * spoke as a firm at most this many sentences before (a firm's finding is retold in the sentences
   * right after the one introducing its report; further on, "the report" may be another's).
   */
  publisherSentences: 3,
  /** People: "the EU's top diplomat" waits this many sentences for the person holding the office. */
  pendingRoleSentences: 3,
  /** Claimants: "Japan joined the statement" takes up an attribution made at most this many characters before. */
  endorsedClaimReach: 800,
  /** Bodies: the words an open portfolio after "ministry of" may span (the tagger reads no further). */
  portfolioWords: 8,
  /** Victims: the words a title may hold between its office word and the "of" before its state ("Minister of Security of Argentina"). */
  titleWordsBeforeState: 8,
  /** Bodies: how far after a foreign ministry's name its sentence's reprisal verb ("summoned", "will expel") is looked for; the sentence's end bounds it first. */
  reprisalReach: 160,
  /** Entities: longer surface forms are sentences, not names, and are not kept as aliases. */
  maxAliasLength: 80,
  /**
   * Targets: how far back from an appositive ("..., an attack that ...") its clause's attack verb is
   * looked for; a bound on the search only (the clause's own breaks decide), about two lines of prose.
   */
  appositiveVerbReach: 200,
  /**
   * Memberships: how far (characters) before a member noun with no body named after it ("Malta is
   * a full member") the bloc it means may have been named; about the sentence before it, as
   * news name the bloc just before saying who belongs ("The EU denounced the raid. Malta
   * is a full member").
   */
  unnamedBlocReach: 250,
  /**
   * Condemnations: how far back from an incident mention the copula of 'This was a cowardly attack'
   * is looked for (so "condemned it" next may stand for the attack); a bound on the search only,
   * room for a copula, an article and three modifiers.
   */
  copulaReach: 60,
  /**
   * Targets: the word positions tried for the main verb after a relative clause that stands between
   * an attack noun and its verb ("a worm that hackers used to hit X in 2022 crippled Y"): its subject,
   * its own verb and a short object; past that the verb found belongs to a later clause.
   */
  relativeClauseWords: 6,
  /**
   * Claimants: the bounds of a relative clause's reporters and of its antecedent, a noun phrase
   * each, so a search never runs across a clause: the reporters between the relative word and its
   * verb (a list of three bodies with a date fits in 90), the antecedent's mention (a name and a
   * short description, about 60) and an attack noun right before the relative word (40), what the
   * clause says after its verb (two lines of prose, 160), a description in apposition after a
   * speaker (70) and a short opening phrase before a sentence's subject (40).
   */
  relativeReporterChars: 90,
  relativeAntecedentChars: 60,
  relativeAttackNounChars: 40,
  relativeReportReach: 160,
  descriptionAsideChars: 70,
  subjectOpeningChars: 40,
  /**
   * Owners: a body named with no owner belongs to the article's topic state only when that state is
   * plainly the topic: its mentions (a headline or opening mention counting `topicLeadWeight` more)
   * lead every other state's by `topicMargin`; a near tie gives no owner (a false part-of edge costs
   * more than a missed one). On the dev sets a margin of 1 keeps one more wrong owner than 2.
   */
  topicLeadWeight: 3,
  topicMargin: 2,
  /** How many years older than the article's latest incident one may be and its victims still weigh in the topic. */
  topicVictimYears: 2,
  /**
   * "the port attack": how far (characters) on either side of an earlier mention of an incident the
   * describing word ("port") may stand to name it ("an attack hit Tema port"); about five words.
   */
  describedIncidentReach: 30,
  /**
   * A headline's undated attack ("X links Y to payroll breach", dated by the publication year for
   * want of another) is the story's first targeted one when that one happened at most this many
   * years before the publication year: the story's own recent attack, not one recalled as
   * background from years before.
   */
  headlineIncidentYearsBack: 1,
  /**
   * The earliest year that dates an attack or sets the year the text speaks of (reading.ts; the
   * focus year dates a month named alone): the year a state joined an alliance or a treaty was
   * signed tells history, and neither the attack condemned in that sentence nor one "in March"
   * told right after it happened then. No state-linked cyber incident is older than the networks
   * of the 1980s; the page's own latest year (incidents.ts, latestYearOf) reads years from 1980 on
   * for the same reason.
   */
  earliestStoryYear: 1980,
} as const;

export type ExtractionDefaults = typeof EXTRACTION_DEFAULTS;

/**
 * The words the claim rules react to, kept as lemmas in one place and inflected once when a
 * lexicon is built (inflect.ts: compromise conjugates verbs and pluralises nouns). A rule never spells a verb
 * form itself: it asks for `words.deny.any` and gets "deny|denies|denied|denying". Adding
 * "lent" to help delivered is adding "lend" to `deliver` here.
 */
import { ANIMAL_NAMES } from "./animal-names";
import type { CueIndex } from "../pattern-cue";
import { escapeForm } from "./alternations";

/** Attack verbs that also mean pursuit or interference ("go after", "tamper with"); see `looseAttack`. */
const LOOSE_ATTACK = ["go after", "tamper with"] as const;

/** Verb lemmas; a phrasal verb ("carry out") inflects its first word. */
export const VERB_LEMMAS = {
  /** Reporting verbs: who says the sentence. */
  speech: [
    "say",
    "tell",
    "add",
    "declare",
    "warn",
    "announce",
    "write",
    "insist",
    "assure",
    "tweet",
    "confirm",
    "explain",
    "stress",
    "reveal",
    "indicate",
    "remark",
    "assert",
    "affirm",
    "assess",
    "conclude",
  ],
  /**
   * Verbs that report only before "that" ("X alleged that"; "alleged MSS officers" is no speech).
   * people.ts (servingAfter) and rules/attribution/charges.ts (believers) also read them bare, after a
   * relative word ("who X find work for", "which analysts find").
   */
  speechThat: ["allege", "believe", "argue", "maintain", "establish", "find", "determine"],
  /** Reporting verbs whose present forms are nouns too ("member states", "the claims"): used in the past only. */
  speechPast: ["state", "note", "claim", "report"],
  /** Verbs saying where a person holds office ("all said to serve in X"), before in/with/at/for. */
  serveIn: ["serve"],
  /** Verbs saying whom a person works for ("who works for X"), before for/at/in; "work with" is partnering. */
  workAt: ["work"],
  /** Verbs saying which body a person is part of, before the body ("the officers, A and B, belonged to the SVR"). */
  belongTo: ["belong to"],
  /** Verbs of judging whose subject makes the claim after them, "that" or not ("investigators believe the group is linked"). */
  judgement: ["believe", "suspect", "think", "judge", "conclude", "determine", "fear"],
  /** Verbs whose subject hits a target ("hackers breached the port's network"); passive, the subject is hit. */
  attack: [
    "attack",
    "hit",
    "target",
    "hack",
    "breach",
    "strike",
    "compromise",
    "infiltrate",
    "penetrate",
    "access",
    "break into",
    "get into",
    "hack into",
    "gain access to",
    "plant malware on",
    "plant malware in",
    "install malware on",
    // Spear-phishing told by whom it was sent to ("sent phishing emails to its clerks").
    "send phishing emails to",
    "send phishing email to",
    ...LOOSE_ATTACK,
  ],
  /**
   * Attack verbs loose enough to take any object ("tampered with the ledgers held by X"): their victim
   * must head the object or own the system it names, not merely appear in it.
   */
  looseAttack: LOOSE_ATTACK,
  /** What an attack does to what it hits ("crippled the servers"); passive, said of systems as often as of victims. */
  impact: [
    "infect",
    "cripple",
    "disrupt",
    "paralyse",
    "paralyze",
    "damage",
    "destroy",
    "wipe",
    "encrypt",
    "deface",
    "affect",
    "take down",
    "bring down",
    "knock out",
    "shut down",
    "halt",
    "freeze",
    "wreck",
    "disable",
    "lock",
  ],
  /**
   * "the fund suffered a ransomware attack", "institutions received attack attempts", "the board was
   * subjected to a DDoS attack": the subject was hit.
   */
  undergo: [
    "suffer",
    "face",
    "come under",
    "subject to",
    "experience",
    "receive",
    "sustain",
    "endure",
    "undergo",
    "withstand",
  ],
  /**
   * "X had its registry servers encrypted", "X saw its website defaced": verbs whose subject undergoes
   * what is done to the computer systems it owns (incident-targets.ts `HAVE_OWN_SYSTEM`).
   */
  ownSystemUndergo: ["have", "see"],
  /**
   * "the treasury lost payroll data in a break-in": the subject lost what the attack after "in" took
   * (incident-targets.ts `lostIn`).
   */
  loseIn: ["lose"],
  /** "ransomware forced the port operator to close its terminals": the object was hit. */
  compel: ["force", "compel", "oblige"],
  /**
   * "hackers stole records from the tax office", "emails leaked from the ministry": what the data is
   * taken from was hit. No "copy" or "download": auditors copy and residents download from a body
   * they were given access to, so those verbs tell no theft.
   */
  steal: ["steal", "leak", "exfiltrate", "siphon", "siphon off"],
  /** Verbs whose object, or passive subject, is a victim the mention stage names ("hacked Tarn Freight", "the Lisk Treasury was hit"). */
  hit: [
    "attack",
    "hack",
    "breach",
    "compromise",
    "infiltrate",
    "target",
    "hit",
    "strike",
    "disrupt",
    "cripple",
    "paralyse",
    "paralyze",
    "knock offline",
  ],
  /** How researchers watch a threat group ("a group that analysts have tracked since 2021"). */
  observe: ["track", "follow", "monitor", "watch", "observe"],
  /** "tried to break into", "attempted to hack": an attempt is an attack too. */
  attempt: ["try", "attempt", "seek", "manage"],
  /** "said it had foiled an attack": a defence against an attack, at the time of the attack. */
  foil: ["foil", "thwart", "repel", "repulse", "fend off", "block"],
  /** "has never conducted cyberattacks", "will never condone attacks on": doing or allowing attacks, a practice a negation denies. */
  practise: [
    "conduct",
    "carry out",
    "launch",
    "engage in",
    "condone",
    "tolerate",
    "mount",
    "commit",
    "perpetrate",
    "undertake",
    "sponsor",
    "wage",
  ],
  /** "In 2023 the agency discovered that ...": a finding told in the year it was made. */
  discover: ["discover", "find", "detect", "learn", "notice", "uncover"],
  /** "X accused Y of ...": the object is blamed for something named after of/for/over/on. */
  blame: ["accuse", "blame", "charge", "sanction", "indict", "punish"],
  /** "charged X with the intrusion": blame verbs that name the act after "with". */
  charge: ["charge", "indict"],
  /** "carried out by X", "X orchestrated the attack": the agent did it. */
  perpetrate: [
    "carry out",
    "direct",
    "orchestrate",
    "conduct",
    "launch",
    "perpetrate",
    "mastermind",
    "organise",
    "organize",
    "stage",
    "mount",
    "commit",
  ],
  /** "developed by X", "backed by X": the agent stands behind it, said only in the passive. */
  sponsor: [
    "sponsor",
    "back",
    "run",
    "operate",
    "develop",
    "create",
    "write",
    "deploy",
    "build",
    "claim",
    "do",
    "direct",
    "control",
    "command",
    "task",
    "fund",
    "finance",
  ],
  /**
   * The sponsor verbs (a subset of `sponsor`, used as a guard) said as readily of anything a body
   * runs or pays for ("the hospital's pharmacy, operated by the health board", "a laboratory funded
   * by the army"): their by-agent stands behind an attack or a group only when that is what they qualify.
   */
  govern: ["run", "operate", "control", "command", "direct", "task", "fund", "finance"],
  /** "attacks claimed by X", "bragged about it online": the group claims the attack itself (and so claims its own role). */
  selfClaim: ["claim", "brag about", "boast of", "boast about"],
  /** "a GRU officer who took part in the attack": the subject had a hand in it. */
  participate: ["take part in", "participate in", "play a role in", "play a part in"],
  /** "attributed the attack to X", "ties the group to X". */
  attribute: ["attribute", "link", "pin", "tie", "trace", "connect", "associate"],
  /** Ties said as readily of anything as of a group's sponsor ("mailboxes associated with the ministry"). */
  looseTie: ["associate"],
  /**
   * "a group that works for X", "Sandworm belongs to the GRU": the subject serves its sponsor.
   */
  serve: [
    "work for",
    "belong to",
    "answer to",
    "report to",
    "act for",
    "subordinate to",
  ],
  /**
   * What a group does with its sponsor's orders ("takes its tasking from X", "receives orders and
   * money from X"): with a command noun and "from", the one it serves (group-sponsor.ts).
   */
  heed: ["take", "receive", "get", "follow", "accept"],
  /** "had exploited flaws in the email software": the subject used a weakness to get in. */
  exploit: ["exploit", "abuse"],
  /** "the tools found on the servers belong to X": what an attack left behind leads to its owner. */
  provenance: ["belong to"],
  /**
   * Belonging to a body, said of the clause's subject ("Estonia joined NATO", "the crew operates
   * under the GRU"): a state is a member, an agency a part, a group the body's arm.
   */
  belong: ["join", "accede to", "belong to", "operate under", "operate within", "sit within", "answer to"],
  // ATTR18: provenance said of the trace noun itself, so only that noun's own modifiers may stand
  // between it and the verb (tracesRule; "the malware targeted computers used by X" is not X's).
  /** "the implants on the servers matched those of X": the finite verb's subject is the trace noun. */
  provenanceMatch: ["match those of", "match that of"],
  /** "the infrastructure once used by X": the participle qualifies the noun right before it. */
  provenanceUse: ["use by"],
  /** "the code resembled tools used by X": a trace of the attack likened to, or holding, another's. */
  traceLikeness: ["resemble", "include", "contain", "reuse", "mirror", "share code with", "overlap with"],
  /** "acts on behalf of X", "operating on behalf of the Chinese state". */
  proxy: ["act", "operate", "work", "spy", "hack"],
  /** Verbs that predicate an authorship noun of an attack ("bore the hallmarks of X", "shows the signature of X"). */
  predicateAuthorship: ["bear", "carry", "have", "show", "leave"],
  deny: ["deny", "reject", "dismiss", "refute", "oppose"],
  condemn: ["condemn", "denounce", "decry"],
  /**
   * Verbs by which a side puts its own label on an accusation ("called the accusations 'a fabrication'",
   * "characterized the findings as 'fantasies'", "qualified the report as 'an invention'").
   */
  labelAccusation: [
    "call",
    "describe",
    "characterize",
    "characterise",
    "qualify",
    "term",
    "brand",
    "label",
    "dismiss",
  ],
  /**
   * Verbs whose infinitive after them is another's act, or none: "urged the bloc to condemn the
   * attack", "declined to denounce it" (the subject condemns nothing).
   */
  actLeftUndone: [
    "ask",
    "urge",
    "call on",
    "call upon",
    "invite",
    "request",
    "encourage",
    "decline",
    "refuse",
    "fail",
  ],
  /** "asked Britain for help", "appealed to its allies", "turned to the FBI". */
  request: ["ask", "request", "appeal", "call on", "turn to", "seek", "want"],
  /** Help promised, not (yet) given. */
  offer: ["offer", "pledge", "promise", "vow"],
  /** "if the Romanian side needs it", "as soon as Moldova wants them": the one an offer is held open for. */
  takeUp: ["need", "want", "wish", "request", "ask for", "accept"],
  /** Help given ("sent experts", "helped restore", "lent equipment"). */
  deliver: [
    "help",
    "assist",
    "support",
    "provide",
    "share",
    "send",
    "deploy",
    "dispatch",
    "deliver",
    "lend",
    "exchange",
    "fly in",
  ],
  /** Help handed to the one named after "with" ("will share its findings with X"): that one is helped. */
  shareWith: ["share", "exchange"],
  /** Help put in beside others' ("thanks X for its offer to contribute its analysts"). */
  contribute: ["contribute"],
  /** Help taken in ("received indicators from X", "obtained assistance from X"): the one named after "from" helped. */
  receive: ["receive", "obtain", "get", "accept"],
  /** Movements of a team sent to help ("a team from X arrived in Y"). */
  arrive: ["travel", "arrive", "fly", "go", "send", "deploy", "dispatch", "land"],
  /** "brought in the firm X to investigate": the one hired helps the one hiring. */
  hire: ["bring in", "hire", "call in", "engage", "enlist", "retain", "contract"],
  /** Thanks and credit name the helper ("thanked X for", "credited X with restoring", "praised X's support"). */
  thank: ["thank", "credit", "praise", "commend"],
  /** What a hired firm or a sent team does ("brought in X to investigate"). */
  respond: [
    "investigate",
    "respond",
    "restore",
    "recover",
    "contain",
    "clean up",
    "analyse",
    "analyze",
    "examine",
    "trace",
    "rebuild",
  ],
  /**
   * Holding an office, read after "who" in the -s form only ("X, who leads incident response at Firm
   * Y"): past forms tell a post the person no longer holds ("who headed the agency until 2020").
   */
  holdOffice: ["lead", "head", "run", "direct", "manage", "chair"],
  /**
   * Diplomatic reprisals ("summoned the ambassador", "will expel two diplomats"): the act of the
   * state that accuses, never of the one that denies.
   */
  reprisal: ["summon", "expel", "recall", "declare persona non grata"],
  /**
   * DATE24: verbs that make an attack known and take it as their object ("the watchdog disclosed the
   * breach last summer"), unlike reporting verbs that take a clause ("said the breach began in May").
   */
  disclose: [
    "disclose",
    "announce",
    "reveal",
    "report",
    "confirm",
    "acknowledge",
    "make public",
    "publicise",
    "publicize",
  ],
  /** Verbs whose object is a charge or a sanction ("brought charges", "imposed sanctions"): those are nouns there. */
  proceed: ["bring", "file", "press", "face", "impose", "announce", "unseal", "lodge", "level", "lift"],
  /** Verbs that penalise their object by themselves ("the Treasury designated two officers for the hack"). */
  designate: ["designate", "blacklist"],
  /** A verb that penalises its object when a sanctions list follows ("added A and B to its sanctions list"). */
  enlist: ["add"],
  /** Acts an accusation names besides attacks ("accused of spying", "of meddling", "of being behind"). */
  wrongdoing: ["be", "gain", "steal", "spy", "interfere", "meddle", "target", "sabotage"],
  /** How a text names an actor ("a group it calls X", "known as X", "tracked as X"). */
  naming: ["call", "dub", "name", "track as", "know as", "nickname"],
  /** What a body does that looks into an attack (its own state's: not the accused; "the ministry is investigating"). */
  inquire: ["investigate", "look into", "probe", "examine", "track"],
  /**
   * "named North Korea as the culprit", "identified Iran as responsible": the object is said to be behind it.
   * "name" is also a naming verb ("a group it names X"): here it counts only with a culprit role after the object.
   */
  identify: ["name", "identify", "single out", "unmask", "expose"],
  /** Verbs of doubting: the clause after them is not asserted ("analysts doubt that the culprit is X"). */
  doubt: ["doubt", "question", "dispute"],
  /** "Prague pointed the finger at Moscow", "the evidence points to Iran": the subject accuses the one after it. */
  accuseAt: ["point the finger at", "point at", "point to", "point toward", "point towards"],
  /** "Australia and Japan joined the statement", "backed the assessment": the subject makes an earlier claim its own. */
  endorse: ["join", "back", "endorse", "support", "echo", "share", "second", "concur with", "agree with"],
  /** Verbs of knowing: negated ("no evidence suggested", "could not confirm"), the clause under them is not asserted. */
  establish: [
    "suggest",
    "confirm",
    "say",
    "indicate",
    "establish",
    "determine",
    "identify",
    "know",
    "prove",
    "show",
  ],
  /** "an outage at X was caused by an intrusion": the disruption's cause is the attack. */
  cause: ["cause", "trigger"],
  /** "planted wiper malware on", "installed a backdoor in": putting a tool on a system, an attack with "on/in". */
  implant: ["plant", "install", "deploy"],
  /** What a charge document does to the persons it charges ("the complaint names A and B", "lists C"). */
  chargeList: ["name", "identify", "list"],
  /** What a list of persons does with its members ("the defendants include A and B"). */
  comprise: ["include", "comprise"],
  /** Verbs naming a sentence's own speaker after its quotation ('"...," an engineer told X'). */
  ownSpeech: ["say", "tell", "add", "write", "ask"],
  /** Verbs a statement speaks with ("the statement said", "read the communiqué"). */
  statementSpeech: ["say", "add", "state", "read", "continue", "note"],
  /** What a body does with a document it wrote ("X published a note", "a report released by X"). */
  publish: ["publish", "release", "issue", "put out"],
  /** Says what a group is or does, accusing it ("describes X as a unit of Y"). */
  describe: ["describe"],
  /**
   * Tells a named party what follows ("X informed the regulator that", "the regulator was
   * notified by X that"): the teller makes the claim, never the party told.
   */
  inform: ["inform", "notify"],
  /** What a body does with the states it is made of ("the bloc, which unites A and B"): membership only. */
  gatherMembers: ["group", "bring together", "unite"],
  // Threat-group naming (GROUP17).
  /**
   * How a crew signs its own deeds ("hackers who go by X", "a crew that posts as X"): the name after
   * it is the crew's. Apart from `naming`, whose subject other rules read as the one who names.
   */
  handle: ["go by", "post as"],
  /**
   * How a crew names itself, with "itself"/"themselves" after the verb ("a gang that calls itself X",
   * "hackers who sign themselves X", "a crew styling itself X"): the name after the reflexive is the crew's.
   */
  selfNaming: ["call", "sign", "style", "dub", "name"],
  // INC20: targets inside a relative clause of an attack noun.
  /**
   * What an attack did to a victim's systems, told only in a relative clause after the attack noun ("a
   * wiper that erased the billing servers of X"): alone these verbs tell no attack (a clerk erases files), so they
   * only open the victim's phrase after "that"/"which".
   */
  clauseImpact: ["erase", "delete", "corrupt", "scramble"],
  /**
   * "the attackers reached the payroll servers of X", "the intrusion also reached X's portal": a verb
   * that tells an intrusion only when a computer system is its object; "reached the ministry for
   * comment" or "reached an agreement" tells none, so the object is required (incident-targets.ts).
   */
  reachSystem: ["reach"],
  /** Verbs of help whose object is the one helped ("helped the registry restore", "is assisting Comelec"). */
  aid: ["help", "assist"],
  // CLAIM21: who speaks a sentence.
  /**
   * Deeds whose past form after a name makes it a clause's subject ("said Venezuela carried out the
   * attack"): the name is what is said, not an inverted speaker ("said Jane Doe").
   */
  subjectDeed: ["carry", "launch", "hack", "conduct"],
  // INC24: attacks told by what they did to a body's systems.
  /**
   * Impacts only an attack has on a computer system ("the billing servers of X were encrypted"): their
   * passive tells the attack on the systems' owner wherever the sentence puts its date. Not "paralyse"
   * (strikes do it) nor "infect" (people are).
   */
  cyberImpact: ["encrypt", "deface", "wipe"],
  /**
   * Going out of service, said of a victim's computer systems ("the ticket system of X went dark"):
   * in a story of attacks, another incident when it hits another victim. Not "crash" (markets do).
   */
  outage: ["go dark", "go down", "go offline"],
  /**
   * Deeds only an intruder does to another's computer systems, whoever the text makes their subject
   * ("somebody got into the ledger servers of X", "someone defaced X's site"): with a named victim's
   * systems as object they tell an attack. Not "shut down", "lock" or "disable" (defenders do them),
   * nor "hit" or "paralyse" (strikes and sanctions do); those an outage shares are `bringDown`.
   */
  intrude: [
    "break into",
    "get into",
    "get inside",
    "hack",
    "hack into",
    "breach",
    "infiltrate",
    "penetrate",
    "gain access to",
    "plant malware on",
    "plant malware in",
    "deface",
  ],
  /**
   * Deeds an attack shares with outages, faulty updates, engineers and police ("took down the portal
   * of X", "knocked out its computers", "flooded the site"): an attack only when their subject is an
   * attacker, a crew, an attack or its traffic, or a pronoun (incident-spans.ts `agentSubject`).
   */
  bringDown: ["take down", "knock out", "flood"],
  /**
   * Verbs whose object stands between them and "offline" ("knocked the portals of X offline", "took the
   * website of X offline"): a deed against the object's owner; "take" only of an agent of an attack
   * (incident-spans.ts `agentSubject`), since staff take their own sites offline too.
   */
  putOffline: ["knock", "take"],
  /**
   * Reading another's mail ("an intruder had been reading the mailboxes of X", "hackers read the email
   * of staff at X"): told of an agent of an attack, a deed against the mail's owner (incident-spans.ts
   * `readsMail`); a clerk reads mail too, so the agent is required.
   */
  readMail: ["read"],
  /** Of those, the one that is an attack by itself: no one defaces a site to protect it. */
  hostileByItself: ["deface"],
  /** Verbs whose any form beside an encryption or a wipe tells it was an attack's ("hackers ... hacked"). */
  hostileSign: ["hack", "attack", "intrude"],
  /**
   * Staying somewhere for a while ("spent weeks inside the mail servers of X", "lurked inside X's
   * network"): said of an agent of an attack inside a named victim's computer systems, the stay is an
   * intrusion (incident-spans.ts `intruderDeed`); the forms of "be" ("had been inside") tell it too.
   */
  dwell: ["spend", "sit", "lurk", "hide", "remain", "stay"],
  /** Holding a seat in a body ("A and B both sit in the SCO", "A sits in BRICS"): membership, with "in". */
  sitIn: ["sit"],
} as const;

/**
 * Member nouns naming a state as the member (see NOUN_LEMMAS.member and .stateMember); "participating
 * state" is what the OSCE calls its members.
 */
const STATE_MEMBER_NOUNS = ["member state", "member country", "member nation", "participating state"];

/**
 * Command nouns that name a sponsor only as the group's own predicate ("X operates under the
 * protection of Y"), not after a deed ("spied on diplomats under the protection of Y"); see
 * NOUN_LEMMAS.command and .predicateOnlyCommand.
 */
const PREDICATE_ONLY_COMMAND_NOUNS = ["protection"];

/** Noun lemmas; each also matches its plural. */
export const NOUN_LEMMAS = {
  help: [
    "help",
    "assistance",
    "support",
    "aid",
    "expertise",
    "backing",
    "cooperation",
    "training",
    "funding",
  ],
  /** A gathering where thanks may be said for anything ("thanked X at the summit", "during talks"). */
  occasion: ["summit", "meeting", "talks", "conference", "forum", "ceremony", "reception", "dinner", "session"],
  /** Working together, which helps the side not hit ("in close cooperation with X", "in partnership with X"). */
  partnership: ["cooperation", "collaboration", "coordination", "partnership"],
  /** The work after an attack that an outside body joins ("joined the investigation"). */
  responseWork: ["investigation", "probe", "inquiry", "response", "recovery"],
  /** What help delivered hands over ("shared intelligence", "sent equipment"); not "assessment": "supported the assessment that" weighs evidence. */
  deliverable: ["information", "intelligence", "data", "equipment", "resource", "indicator"],
  /** What an attack is called when a rule needs one after its verb ("carried out the intrusion"). */
  attack: [
    "cyberattack",
    "cyber-attack",
    "cyber attack",
    "attack",
    "hack",
    "breach",
    "intrusion",
    "defacement",
    "operation",
    "campaign",
    "heist",
    "theft",
  ],
  /** Nouns that name one incident in the incident stage ("a hack", "these intrusions"); see also INCIDENT_WORDS. */
  incident: [
    "hack",
    "break-in",
    "infiltration",
    "penetration",
    "data breach",
    "breach",
    "intrusion",
    "defacement",
    "attack",
    "assault",
    "strike",
    "operation",
    "outbreak",
  ],
  /**
   * Nouns of a cyber attack, its tools and its doers only, never of another crime ("the breach", "its
   * leak site", "the hackers"; not "attack", "theft"): beside one, a bare "gang" is a threat crew.
   */
  cyberDeed: [
    "cyberattack",
    "cyber-attack",
    "cyber attack",
    "hack",
    "hacker",
    "breach",
    "intrusion",
    "ransomware",
    "malware",
    "wiper",
    "phishing",
    "defacement",
    "leak site",
    "DDoS",
  ],
  /** Heads joined to "cyber", hyphenated or spaced ("cyberattack", "cyber-espionage", "cyber campaigns"). */
  cyberCompound: [
    "attack",
    "assault",
    "strike",
    "operation",
    "campaign",
    "war",
    "warfare",
    "espionage",
    "intrusion",
  ],
  /**
   * Events a page about cyber attacks recalls as incidents when it dates them ("the 2016 heist", "the
   * 2021 leak of records from X", "the August disruption of X's token platform").
   */
  recalledEvent: ["heist", "theft", "blackout", "power outage", "outage"],
  /** Attacks named as a noun that name their victim after "of" ("the breach of the electoral board", "the defacement of X"). */
  nominalAttack: ["compromise", "breach", "intrusion", "hack", "hacking", "infiltration", "penetration", "defacement"],
  /** Of those, the events that take something from their victim ("the theft of gold from X", "the leak of records from X"). */
  takenEvent: ["heist", "theft", "leak"],
  /** What one reads of another's mail (words.ts verbs `readMail`): "the mailboxes of X", "mail belonging to X". */
  mail: ["mail", "email", "e-mail", "mailbox", "inbox", "correspondence"],
  /** What a name before "ransomware" or "hacking" is when it names attackers ("the ransomware gang"). */
  crew: ["group", "collective", "team", "unit", "crew", "gang", "operator", "actor", "cartel"],
  /** Bodies a state or service owns ("Russia's military intelligence service, the GRU"). */
  body: [
    "service",
    "agency",
    "unit",
    "directorate",
    "ministry",
    "office",
    "bureau",
    "authority",
    "command",
    "centre",
    "center",
    "arm",
    "branch",
    "wing",
    "military",
  ],
  request: ["request", "appeal", "plea"],
  /** Help promised, named by a noun ("welcomed the offer by X to send analysts", "thanks X for its pledge"). */
  offer: ["offer", "pledge"],
  /** What is put to a state for its answer, not laid at its door ("rejected the proposal", "turned down the invitation"). */
  // Not "plan", "idea", "draft", "resolution": accusations come in those too ("a plan drawn up by the
  // GRU", "a draft statement blamed X"), and rejecting one of them is a denial.
  proposal: ["proposal", "invitation", "offer", "initiative", "motion"],
  /** What a denial rejects ("dismissed the accusations"). */
  accusation: [
    "accusation",
    "allegation",
    "claim",
    "charge",
    "report",
    "suggestion",
    "finding",
    "assessment",
    "conclusion",
    "attribution",
    "link",
    "connection",
    "involvement",
    "responsibility",
    "role",
    "evidence",
    // What a prosecution brings against the accused ("rejected the indictment").
    "indictment",
  ],
  /**
   * What a side disowns having with a deed ("has no connection to the attack", "has no hand in such
   * crimes", "has no relation whatsoever to it"): the noun after "has no".
   */
  disownedTie: ["connection", "involvement", "role", "link", "relation", "hand"],
  /** What a state imposes on those it holds behind an attack ("sanctions on two officers over the hack"). */
  penalty: [
    "sanction",
    "charge",
    "indictment",
    "travel ban",
    "asset freeze",
    "restrictive measure",
    "penalty",
  ],
  /** What a penalised name is put on ("its cyber sanctions list", "the EU's sanctions regime"). */
  penaltyRegister: ["list", "register", "regime"],
  /** Who a penalty or charge names inside a body ("two officers of X", "the head of X"). */
  personnel: [
    "officer",
    "official",
    "member",
    "agent",
    "operative",
    "head",
    "chief",
    "commander",
    "employee",
  ],
  /**
   * Offices whose holder speaks for the body after "of" ("the secretary-general of ASEAN, who
   * condemned"): the body acts through them, as it does not through "researchers from X".
   */
  speakingOffice: [
    "secretary-general",
    "secretary general",
    "head",
    "chief",
    "director",
    "director-general",
    "president",
    "chair",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commissioner",
    "ambassador",
    "minister",
  ],
  /** What is condemned besides attacks, as a description of one ("malicious cyber activity", "the malware"). */
  hostileAct: ["activity", "malware", "ransomware", "wiper", "aggression", "sabotage"],
  /** What an endorsement takes up ("joined the statement", "shares the assessment"). */
  stance: [
    "statement",
    "assessment",
    "attribution",
    "conclusion",
    "finding",
    "accusation",
    "judgement",
    "judgment",
  ],
  /** What an attacker exploits ("flaws in Microsoft's Exchange software"). */
  flaw: ["flaw", "vulnerability", "weakness", "bug", "loophole", "zero-day"],
  /** What an attack leaves behind for investigators to trace ("the tools found on the servers"). */
  trace: ["tool", "malware", "code", "implant", "backdoor", "infrastructure", "toolkit", "fingerprint"],
  /** What attackers take from a victim ("emails stolen from the ministry", "records leaked from the fund"). */
  stolenData: [
    "data",
    "email",
    "document",
    "file",
    "record",
    "credential",
    "password",
    "message",
    "cable",
    "correspondence",
    "information",
  ],
  /** Who an attack verb's subject is when the text names no group ("hackers breached", "a state actor gained access"). */
  attacker: ["hacker", "attacker", "intruder", "spy", "cybercriminal", "actor", "saboteur", "hacktivist"],
  /** Those a story has named, referred back to as the doers ("the duo hacked", "the same crew infiltrated"). */
  perpetrator: ["pair", "duo", "defendant", "suspect", "operator", "accused"],
  /** Who is behind an attack, as a role one is named in ("named X as the culprit"). */
  culprit: ["culprit", "perpetrator", "attacker", "author", "mastermind", "instigator", "aggressor"],
  /** Who belongs to a body ("a NATO member", "an EU member state"); written with a hyphen too ("member-state"). */
  member: ["member", ...STATE_MEMBER_NOUNS],
  /** The member nouns that say the member is a state ("one member country of the bloc"): no agency or person is one. */
  stateMember: STATE_MEMBER_NOUNS,
  /** Who stands with a body without being said to be in it ("NATO allies X and Y", "EU partners"). */
  ally: ["ally"],
  partner: ["partner"],
  /** Who is behind an attack when "behind" or "responsible" follows ("as the state behind it", "the party responsible"). */
  culpritHead: ["party", "state", "country", "actor", "group", "one", "force"],
  /** Agents of a state who hack only when the sentence says so ("officers who tried to hack into ..."). */
  operative: ["officer", "operative", "agent"],
  /** Persons a sentence refers back to by their count ("the two men", "both women"), not by a role. */
  countedPerson: ["man", "woman", "individual", "national", "citizen"],
  /**
   * Nouns of persons that introduce the names after them in apposition ("two Russian citizens, A
   * and B", "a Lagos man, C", "a former employee of the bank, D"): not offices, which titles read.
   */
  describedPerson: [
    "man",
    "woman",
    "individual",
    "national",
    "citizen",
    "resident",
    "employee",
    "programmer",
    "engineer",
    "technician",
    "hacker",
    "affiliate",
    "suspect",
    "defendant",
  ],
  /** People sent to help ("a team of experts"). */
  team: [
    "team",
    "expert",
    "specialist",
    "investigator",
    "official",
    "agent",
    "officer",
    "analyst",
    // Who works on the systems hit ("sent two technicians", "its engineers were on site", "incident responders").
    "technician",
    "engineer",
    "responder",
  ],
  /** People sent whose arrival alone is no help (talks, visits): a delegation, not a response team. */
  delegate: ["official", "officer", "agent", "diplomat", "delegation", "delegate"],
  /** Services named by their state's adjective alone ("British intelligence", "Dutch police"): the state acts. */
  institution: ["intelligence", "police", "authority", "government", "military", "army", "navy"],
  /** Who researches an attack for a company ("the firm's researchers"). */
  researcher: ["researcher", "analyst", "investigator", "expert"],
  /** What shows who did an attack, before "of" ("the work of X", "bore the hallmarks of X", "the signature of X"). */
  authorship: ["work", "handiwork", "doing", "hallmark", "fingerprint", "signature", "trademark"],
  /** People who speak for a state without being named ("officials said", "according to investigators"). */
  officialdom: ["official", "authority", "investigator", "government"],
  /** Who brings charges, and what they file ("prosecutors say", "according to the indictment"). */
  prosecution: [
    "prosecutor",
    "indictment",
    "charging document",
    "court document",
    "court filing",
    "criminal complaint",
    "charge sheet",
    "grand jury",
  ],
  /** Words naming a body that brings charges ("Department of Justice", "City Prosecutor's Office"). */
  prosecutingBody: ["prosecutor", "prosecution", "justice", "attorney", "procuracy", "procuratorate"],
  /** Who gives a threat group its name besides researchers ("a crew the vendors call X"). */
  namer: ["industry", "vendor", "firm", "company"],
  /** A threat group's business, in apposition to its name ("X, a ransomware operation"). */
  threatOperation: ["operation"],
  /** What researchers watch of a group when they file it under a name ("tracked its activity under the name X"). */
  observedActivity: ["activity", "operation", "campaign", "intrusion"],
  /** What a group is to its sponsor ("a unit of the GRU", "a front for Sandworm", "a contractor for the MSS"). */
  subordinate: [
    "unit",
    "sub-unit",
    "arm",
    "front",
    "proxy",
    "branch",
    "element",
    "division",
    "team",
    "contractor",
    "part",
    "subsidiary",
  ],
  /** Who a group acts for, as the object of "under the direction of", "at the behest of", "on the orders of". */
  command: ["direction", "control", "command", "order", "auspices", "guidance", "behest", "instruction", "tasking", "task", ...PREDICATE_ONLY_COMMAND_NOUNS],
  /** The command nouns that name a sponsor only as the group's own predicate. */
  predicateOnlyCommand: PREDICATE_ONLY_COMMAND_NOUNS,
  /** What a threat group is called when not by name ("the group", "a hacking collective"). */
  group: ["group", "gang", "collective", "crew", "outfit", "cluster", "actor"],
  /** A group noun that says by itself its members are criminals: "the Lockbyte gang" needs no "ransomware" before it. */
  criminalGroup: ["gang"],
  /** Who reports for the outlet itself ("CORRESPONDENT:", "our reporter X"): what they say, the article says. */
  journalist: [
    "reporter",
    "correspondent",
    "host",
    "anchor",
    "presenter",
    "newsreader",
    "interviewer",
    "journalist",
    "editor",
    "moderator",
  ],
  /** Words that make a state's body speak for it ("the foreign ministry's spokeswoman"). */
  spokesperson: ["spokesperson", "spokesman", "spokeswoman"],
  /** Harm named as a noun before its victim ("an intrusion at Tarn Freight", "the outage of the Lisk Treasury"). */
  harm: [
    "cyberattack",
    "cyber-attack",
    "cyber attack",
    "attack",
    "hack",
    "breach",
    "compromise",
    "hit",
    "intrusion",
    "infiltration",
    "ransomware",
    "outage",
    "defacement",
    "hacking",
  ],
  /** What an owner's possessive names as hit ("Ruritania's refineries", "the ministry's email"). */
  possessedTarget: [
    "government",
    "state",
    "infrastructure",
    "network",
    "system",
    "website",
    "institution",
    "ministry",
    "agency",
    "bank",
    "central bank",
    "parliament",
    "election",
    "server",
    "grid",
    "sector",
    "computer",
    "service",
    "company",
    "administration",
    "authority",
    "military",
    "army",
    "force",
    "defence",
    "defense",
    "embassy",
    "treasury",
    "port",
    "facility",
    "plant",
    "watchdog",
    "commission",
    "board",
    "office",
    "police",
    "court",
    "utility",
    "hospital",
    "airport",
    "pipeline",
    "mine",
    "refinery",
    "terminal",
    "regulator",
    "department",
    "email",
    "lawmaker",
    "parliamentarian",
    "legislature",
    "senate",
    "congress",
    // INC21: records a state or body keeps ("Latvia's voter register", "the fund's pension database"): their owner was hit.
    "register",
    "registry",
    "database",
    "platform",
  ],
  /** What a demonym names as hit ("a Ruritanian port", "the state-owned Ruritanian broadcaster"). */
  demonymTarget: [
    "port",
    "facility",
    "plant",
    "pipeline",
    "bank",
    "hospital",
    "airport",
    "utility",
    "grid",
    "refinery",
    "railway",
    "government",
    "ministry",
    "agency",
    "election",
    "infrastructure",
    "broadcaster",
    "television",
    "parliament",
    "lawmaker",
    "parliamentarian",
    "official",
  ],
  /**
   * Facilities and services a place's name may stand before, lower-case, as their location ("the
   * Velburg water company", "Tarnow port", "Oststadt police"): the name is the place, not the body hit.
   */
  placedFacility: [
    "company",
    "utility",
    "station",
    "plant",
    "port",
    "harbour",
    "hospital",
    "clinic",
    "police",
    "airport",
    "refinery",
    "terminal",
    "pipeline",
    "railway",
    "heating",
    "waterworks",
    "council",
    "municipality",
  ],
  /** What an energy word makes a facility ("a Ruritanian power station", "energy suppliers"). */
  energyAsset: ["plant", "station", "grid", "network", "company", "supply", "supplier"],
  /** Computer systems whose owner closes their noun phrase ("the servers run by X"). */
  ownedSystem: [
    "network",
    "system",
    "server",
    "account",
    "computer",
    "website",
    "database",
    "platform",
    "portal",
    "station",
    "controller",
    "mailbox",
    "ledger",
  ],
  /** What a public-sector word makes a target ("government websites", "state media servers"). */
  publicAsset: [
    "website",
    "institution",
    "network",
    "system",
    "infrastructure",
    "server",
    "agency",
    "body",
    "site",
    "ministry",
    "department",
  ],
  /** What an attack may cause at a body ("an outage at X", "the halt of X's payments"). */
  disruption: [
    "halt",
    "outage",
    "disruption",
    "shutdown",
    "failure",
    "collapse",
    "crash",
    "stoppage",
    "blackout",
  ],
  /** Those a charge is brought against ("the defendants are A and B", "the accused include C"). */
  defendant: ["defendant", "accused", "suspect"],
  /** A charge document, whose "named" is its verb, not the participle "called" ("the indictment named A"). */
  chargeDocument: [
    "indictment",
    "charging document",
    "court document",
    "court filing",
    "criminal complaint",
    "complaint",
    "charge sheet",
  ],
  /** Military and police ranks before a name ("Colonel A", "Senior Lieutenant B", "Maj. C"). */
  rank: [
    "general",
    "lieutenant general",
    "major general",
    "brigadier general",
    "brigadier",
    "colonel",
    "lieutenant colonel",
    "major",
    "captain",
    "lieutenant",
    "senior lieutenant",
    "first lieutenant",
    "second lieutenant",
    "sergeant",
    "staff sergeant",
    "corporal",
    "private",
    "warrant officer",
    "admiral",
    "commander",
    "commodore",
    "ensign",
    "inspector",
    "chief inspector",
    "superintendent",
    "constable",
    "detective",
    "gen",
    "col",
    "maj",
    "capt",
    "lt",
    "sgt",
    "cpl",
    "cmdr",
  ],
  /** Bodies a list of states may be given as ("the governments of A, B and C said"). */
  listedBodies: ["government", "foreign ministry", "ministry", "authority", "leader", "agency"],
  /** A document a body accuses in ("its new report ties X to Y", "the agency's analysis blames Z"). */
  reportDocument: ["report", "analysis", "assessment", "finding", "investigation", "advisory"],
  /**
   * A document a body publishes, which the sentences after let speak for it ("X published a note.
   * '...,' the note reads"). Not "assessment" or "finding": what the text says the body concluded.
   */
  publication: ["report", "note", "blog post", "advisory", "analysis", "study"],
  /**
   * What a body or an official puts out or reads out, whose words a colon then gives ("X published
   * its assessment: ...", "went further in its own statement: ...", "read a statement: ...").
   */
  statedDocument: ["statement", "report", "assessment", "finding", "conclusion", "analysis", "advisory", "note"],
  /**
   * What an accused side answers besides an accusation noun: the accuser's text or its parts
   * ("termed the declaration 'pure invention'", "described the conclusions of the other side as").
   */
  accusingText: ["statement", "communiqué", "declaration", "conclusion", "announcement"],
  /**
   * A government no name gives, owning a request ("at the government's request", "the authorities'
   * request"), or its state told by a description ("at the kingdom's request", "the country's").
   */
  unnamedGovernment: ["government", "authority", "administration", "kingdom", "country", "republic"],
  /** Attack nouns a body named right before them suffered, never did ("the Ministry of Finance breach"). */
  suffered: ["breach", "hack", "intrusion", "outage", "defacement", "leak"],
  /**
   * What a body undergoes that is no attack, whose complement after "for/over/about" is the attack's
   * topic or cause ("came under criticism for its reply to the attack", "faced questions over the
   * breach"): the body was not the victim for that (incident-targets.ts `victimBefore`).
   */
  undergoneTopic: [
    "criticism",
    "question",
    "fire",
    "scrutiny",
    "pressure",
    "backlash",
    "blame",
    "lawsuit",
    "fine",
    "penalty",
    "inquiry",
    "investigation",
    "complaint",
    "accusation",
  ],
  // Threat-group naming (GROUP17).
  /**
   * Nouns that stand for a threat group only when a naming verb gives its name ("a team known to
   * researchers as X", "a unit that analysts call X"); alone they are any team or unit.
   */
  namedTeam: ["team", "unit"],
  /**
   * An operator stands for a threat group only when a namer gives its name ("an operator we track as
   * X", "the operators researchers call X"); with no namer it is any port's or grid's ("the grid
   * operator known as X") or a crew's member ("a gang's operator known as X").
   */
  trackedOperator: ["operator"],
  /**
   * Where a crew speaks online ("a channel, Dune_Owls", "the persona KelpBit"): it stands for the crew
   * only when the name beside it has a handle's shape; alone it is any outlet's or anyone's.
   */
  onlinePersona: ["channel", "persona", "account"],
  // HELP24: the people of a body a sent team works beside.
  /**
   * A body's own people besides the team nouns ("working with the court's IT staff", "alongside
   * the ministry's own personnel"): the body they belong to is the one helped.
   */
  staff: ["staff", "personnel", "employee", "worker", "unit", "crew"],
  /**
   * What a language is written or spoken as ("the Portuguese original is binding", "an English translation"):
   * a demonym before one of these names the language, not the state.
   */
  languageText: ["text", "translation", "original", "language", "subtitle", "transcript"],
} as const;

/** Determiners that make a noun phrase definite ("the accusation", "these claims", "its attack"). */
export const DEFINITE_DETERMINERS = ["the", "these", "those", "such", "this", "that", "its"] as const;

/** Prepositions whose object is no subject ("experts from X", "at the request of X", "traced it to the same group"). */
export const GOVERNING_PREPOSITIONS = ["by", "from", "with", "to", "in", "into", "against", "at", "of", "for", "on"] as const;
/** A preposition right before a slot: its object (an incident's "intrusion into X" too) is no subject. */
export const GOVERNED = new RegExp(String.raw`\b(?:${GOVERNING_PREPOSITIONS.join("|")})\s+(?:the\s+)?$`, "i");

/** Copulas and passive auxiliaries, as written ("it was the same group", "was behind"). */
export const COPULAS = ["is", "are", "was", "were", "be", "been", "being"] as const;

/** Copulas of a plural subject ("the defendants are A and B"). */
export const PLURAL_COPULAS = ["are", "were"] as const;

/** Pronouns that stand for a thing named before ("declined it", "turned them down"). */
export const THING_PRONOUNS = ["it", "them"] as const;

/** Object pronouns ("accusing them of ..."). */
export const OBJECT_PRONOUNS = ["them", "him", "her", "it", "us", "me"] as const;

/** Names of a state's foreign ministry, whose spokespeople speak for the state. */
export const FOREIGN_MINISTRY_NAMES = [
  "foreign affairs",
  "external affairs",
  "foreign ministry",
  "foreign office",
  "state department",
] as const;

/** Perfect auxiliaries that may stand between a subject and its verb ("the government has asked"). */
export const PERFECT_AUXILIARIES = ["has", "have", "had"] as const;

/** Finite forms of "be": "that was", "which is" open no clause with a subject of its own; "is providing", "were sent" open a progressive or passive. */
export const FINITE_BE = ["is", "are", "was", "were"] as const;

/** Past forms of "be" with the participle FINITE_BE lacks: "had been inside", "were inside" tell where someone was. */
export const PAST_BE = ["was", "were", "been"] as const;

/** Modal auxiliaries ("which could", "that may"). */
export const MODALS = ["will", "would", "could", "can", "may", "might", "should", "must"] as const;

/**
 * Prepositions that open another phrase after an answer's object ("condemned the attack in a
 * statement with Qatar", "alongside Japan"): what follows them is no longer the attack's object.
 */
export const PHRASE_OPENING_PREPOSITIONS = ["in", "with", "alongside", "after", "at", "during"] as const;

/** Prepositions that open the phrase of what an attack hit ("into the servers of X", "on the website of X"). */
export const OBJECT_PREPOSITIONS = ["on", "against", "at", "into", "to", "from"] as const;

/**
 * Prepositions after a definite attack noun that open the phrase naming what it hit ("the strike on
 * the Peruvian court", "the intrusion into the Chilean ministry"); not "to" or "from", which open
 * what was done or taken.
 */
export const VICTIM_PREPOSITIONS = ["on", "against", "at", "into", "of"] as const;

/** Determiners that open a coordinated object's noun phrase ("and the portal of Y", "and its servers"). */
export const OBJECT_DETERMINERS = ["the", "its", "their", "a", "an"] as const;

/** Particles a verb leaves after its object ("knocked the websites of X offline and ..."). */
export const OBJECT_PARTICLES = ["offline", "off-line", "down", "out"] as const;

/** Adverbs between "and" and a second verb of the same subject ("and later reached", "and then wiped"). */
export const SEQUENCE_ADVERBS = ["also", "later", "then"] as const;

/** Possessive determiners before what a group heeds from its sponsor ("takes its tasking from"). */
export const POSSESSIVE_DETERMINERS = ["its", "their", "his", "her"] as const;

/** Quantities of a whole before "of" ("part of the network", "much of the platform"). */
export const PARTITIVES = ["part", "some", "all", "most", "much", "many", "half"] as const;

/** Adverbs that may stand between a subject and its verb ("the government formally asked"). */
export const VERB_ADVERBS = [
  "also",
  "formally",
  "officially",
  "already",
  "then",
  "later",
  "now",
  "quickly",
  "immediately",
  "since",
  "first",
] as const;

/** Auxiliaries and adverbs between a relative pronoun and its verb ("who have already", "which quickly"). */
export const RELATIVE_CLAUSE_LEADS = [
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "been",
  "also",
  "already",
  "then",
  "later",
  "quickly",
  "swiftly",
  "promptly",
  "immediately",
] as const;

/**
 * Adverbs of habit in a denial's own verb group ("routinely denies", "has in the past rejected"): the
 * denier's practice, not its answer to one incident.
 */
export const HABIT_ADVERBS = [
  "routinely",
  "habitually",
  "regularly",
  "typically",
  "usually",
  "invariably",
  "in the past",
] as const;

/** Quantifiers over a kind of thing ("any similar charge", "all similar claims"): no one thing named. */
export const KIND_QUANTIFIERS = ["any", "all"] as const;

/** Auxiliaries of a simple or emphatic verb group ("does not", "did deny"), besides perfect ones and modals. */
export const DO_AUXILIARIES = ["do", "does", "did"] as const;

/** Adverbs inside a progressive or perfect verb group of help given ("is still providing", "has also sent"). */
export const ONGOING_ADVERBS = ["also", "now", "still", "already", "currently"] as const;

// The clause reader: the words of a clause's verb group, as written.
/** Subject pronouns that stand for whoever speaks the sentence ("X said it had asked", "we were not behind it"). */
export const SPEAKER_PRONOUNS: readonly string[] = ["it", "they", "we"];

/** Pronouns after which a verb's base form is finite ("we thank", "I offer"); lower case but "I", as written. */
export const BASE_FORM_PRONOUNS: readonly string[] = ["we", "they", "I"];

/** Auxiliaries between a pronoun subject and its verb ("it has been", "they were"): perfect ones and finite "be". */
export const PRONOUN_VERB_AUXILIARIES: readonly string[] = [...PERFECT_AUXILIARIES, ...FINITE_BE, "been"];

/** What may stand between a pronoun subject and its verb besides an -ly adverb ("it has also been"). */
export const PRONOUN_VERB_GAP: readonly string[] = ["also", ...PRONOUN_VERB_AUXILIARIES];

/** Conjunctions that join a second verb to the first one's subject ("flew in, and has since been helping"). */
export const VERB_JOINING_CONJUNCTIONS: readonly string[] = ["and", "but"];

/** Adverbs between such a conjunction and the verb it joins ("and later said", "but then asked"). */
export const JOINED_VERB_ADVERBS: readonly string[] = ["also", "later", "then", "now", "already", "still"];

/** Words between a modal or "to" and the verb it leaves unasserted ("could also ask", "to not yet help"). */
export const UNASSERTED_VERB_LEADS: readonly string[] = ["also", "not", "yet", "still", "now", "be", "have"];

/** Verbs besides the copulas that link a subject to a belonging noun ("remains a member of", "became part of"). */
export const BELONGING_LINKS: readonly string[] = ["remains", "remained", "became", "as"];

/**
 * Words that may follow the head of a noun phrase (prepositions, conjunctions, relative words,
 * some adverbs): a name before any other lower-case word qualifies that word ("EU sanctions").
 */
export const HEAD_FOLLOWERS = [
  "in",
  "on",
  "at",
  "as",
  "since",
  "after",
  "before",
  "and",
  "or",
  "but",
  "when",
  "while",
  "last",
  "this",
  "that",
  "which",
  "who",
  "whose",
  "to",
  "for",
  "from",
  "with",
  "by",
  "of",
  "over",
  "under",
  "into",
  "during",
  "until",
  "itself",
  "themselves",
  "alone",
  "too",
  "also",
  "again",
  "late",
  "early",
  "earlier",
  "later",
] as const;

/** A lower-case noun right after a name, no preposition or conjunction: the name qualifies it ("EU sanctions"). */
export const QUALIFIES_NOUN = new RegExp(
  String.raw`^\s+(?!(?:${alternation(HEAD_FOLLOWERS)})\b)\p{Ll}+\b`,
  "u",
);

/** Determiners and prepositions: the word after them is a noun ("the request", "for help"), not a verb. */
export const NOUN_MARKERS = [
  "the",
  "a",
  "an",
  "this",
  "its",
  "their",
  "his",
  "her",
  "our",
  "whose",
  "any",
  "no",
  "such",
  "for",
  "of",
  "with",
  "without",
  "on",
  "in",
  "from",
  "against",
  "about",
] as const;

/** Words opening a conditional or an open question ("if Lima asks", "whether NATO would help"): nothing asserted. */
export const CONDITIONALS = ["if", "unless", "whether"] as const;

/** Words between a name and a noun of belonging that deny or end it ("is not a member", "a former part"). */
export const BELONGING_NEGATORS = ["not", "never", "no longer", "by no means", "former", "formerly", "ex"] as const;
/** Negators that deny a noun of belonging only right before it ("is no member of"; "no doubt a member" is one). */
export const BELONGING_NOUN_NEGATORS = ["no"] as const;

/** Kinds of a thing after "all"/"any" ("all forms of cyberattacks"): a deed in general, no incident. */
export const GENERIC_KINDS = ["form", "forms", "kind", "kinds", "type", "types", "sort", "sorts"] as const;

/** Words that put a deed or charge apart from the one the article is about ("dismissed similar accusations"). */
export const OTHER_DEED_QUALIFIERS = ["similar", "previous", "past", "earlier", "other", "such"] as const;

/** Degrees of a stated confidence that report an assessment ("X had high confidence that"). */
export const CONFIDENCE_DEGREES = ["high", "moderate", "low", "medium", "full", "great"] as const;

/** Copulas and stative verbs before "confident" ("X is / remains highly confident that"), as written. */
export const CONFIDENT_COPULAS = ["is", "are", "was", "were", "remain", "remains", "remained"] as const;

/** Fixed phrases that hedge a claim: the claim is `suspected`, not asserted. Not inflected. */
export const HEDGES = [
  "could not rule out",
  "could not rule it out",
  "cannot rule out",
  "can not rule out",
  "appear to",
  "appears to",
  "appeared to",
  "too early to say",
  "too early to draw",
  "too early to tell",
  "likely",
  "almost certainly",
  "possibly",
  "probably",
  "suspect",
  "suspects",
  "suspected",
  "allegedly",
  "alleged",
  "believed to",
  "thought to",
  "may have",
  "might have",
  "could have",
  "could be",
  "reportedly",
  "presumably",
  "apparent",
  "apparently",
  "in the context of",
  "not exclude",
  // "X has low confidence that": a stated confidence reports the claim (speakers.ts), a low one hedges it.
  "low confidence",
  "low-confidence",
  "low degree of confidence",
] as const;

/** Modifiers between a name and its collective noun, up to three ("Russian state-backed cyber actors", "US senior officials"). */
export const COLLECTIVE_MODIFIERS: readonly string[] = [
  "top",
  "senior",
  "state",
  "security",
  "intelligence",
  "cyber",
  "military",
  "government",
  "foreign",
  "defence",
  "defense",
  "special",
  "law enforcement",
  "national",
  "state-sponsored",
  "state-backed",
  "state-affiliated",
  "state-linked",
  "state-directed",
];

/**
 * Collective nouns that turn a demonym or a possessive name before them into the state or body
 * acting ("British officials", "Russia's hackers"); case as written in running text.
 */
export const COLLECTIVE_NOUNS: readonly string[] = [
  "official",
  "officials",
  "actor",
  "actors",
  "cyber actor",
  "cyber actors",
  "hacking group",
  "hacking groups",
  "leader",
  "leaders",
  "leadership",
  "government",
  "governments",
  "Government",
  "Governments",
  "authorities",
  "Authorities",
  "agencies",
  "services",
  "bodies",
  "experts",
  "sources",
  "diplomat",
  "diplomats",
  "hackers",
  "forces",
  "military",
  "troops",
  "counterparts",
  "investigators",
  "prosecutors",
  "officers",
  "spies",
  "ministers",
  "administration",
  "regime",
  "side",
  "state",
  "technicians",
  "engineers",
  "specialists",
  "teams",
  "staff",
  "personnel",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "representative",
  "representatives",
  "institutions",
  "ministries",
  "websites",
  "networks",
  "systems",
  "infrastructure",
];

/** Collective nouns (and titles read bare) that make their holder a speaker for the state ("Iranian officials said"). */
export const SPEAKER_COLLECTIVES: readonly string[] = [
  "official",
  "officials",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "sources",
  "diplomat",
  "diplomats",
  "representative",
  "representatives",
  "prosecutor",
  "prosecutors",
  "leader",
  "leaders",
];

/** Collective nouns that make a name before them the acting state only when it names a state ("Iranian engineers", not "NATO engineers"). */
export const STATE_ONLY_COLLECTIVES: readonly string[] = ["engineers"];

/** Words tying agents to whom they serve, before "to"/"with" ("hackers linked to the FSB", "a crew affiliated with the IRGC"). */
export const SERVING_LINKS: readonly string[] = ["linked", "tied", "connected", "loyal", "affiliated"];

/** Adverbs between a group's "it" and its sponsor verb ("it still works for", "it most likely serves"). */
export const SPONSOR_VERB_ADVERBS: readonly string[] = [
  "also",
  "still",
  "now",
  "probably",
  "likely",
  "mainly",
  "primarily",
  "almost certainly",
  "most likely",
];

/** Adjectives a culprit role may carry ("as the likely perpetrator", "as the real force behind it"). */
export const CULPRIT_MODIFIERS = [
  "likely",
  "probable",
  "possible",
  "main",
  "prime",
  "chief",
  "real",
  "ultimate",
];

/** Words of evidence an authorship noun may carry ("the technical signature of X", "all the hallmarks of X"). */
export const AUTHORSHIP_MODIFIERS = [
  "technical",
  "digital",
  "telltale",
  "tell-tale",
  "unmistakable",
  "clear",
  "classic",
];
/**
 * The determiners that may stand right before an authorship noun ("the work of X", "all the hallmarks
 * of X"); the verbs that may are the `predicateAuthorship` lemmas. Any other lower-case word ("the hard
 * work of X", "the tireless work of X") makes it praise, not blame. Not inflected.
 */
export const AUTHORSHIP_LEADS = ["the", "a", "an", "all", "its", "their"];

/** Words that negate the clause they open ("not", "never", "without"). Not inflected. */
export const NEGATIONS = [
  "not",
  "no",
  "never",
  "n't",
  "cannot",
  "can't",
  "without",
  "neither",
  "nor",
  "short of",
  "declined to",
  "refused to",
] as const;

/** Subjects that deny the deed of their verb ("nobody got into the servers"); "no one" is "no" and a word. */
export const NEGATIVE_SUBJECTS: readonly string[] = ["nobody", "none"];

/** Subjects said only under a negation, a question or a condition ("no sign that anyone got into X"). */
export const POLARITY_SUBJECTS: readonly string[] = ["anyone", "anybody"];

/** Words that leave the clause after them unasserted ("there was no evidence that ..."). */
export const NO_EVIDENCE_PHRASES: readonly string[] = [
  "no evidence",
  "no sign",
  "no signs",
  "no indication",
  "no proof",
];

/** Words that judge an attack and so condemn it ("was totally unacceptable"). Not inflected. */
export const VERDICTS = [
  "unacceptable",
  "reckless",
  "irresponsible",
  "outrageous",
  "deplorable",
  "despicable",
  "cowardly",
  "shameful",
  "intolerable",
  "disgraceful",
  "abhorrent",
  "egregious",
] as const;

/** Words that dismiss an accusation and so deny it ("called the charges unfounded"). Not inflected. */
export const DISMISSALS = [
  "unfounded",
  "groundless",
  "baseless",
  "absurd",
  "false",
  "fabricated",
  "political",
  "smear",
  "slander",
  "lies",
  "nonsense",
  "not based",
  // Nouns that say the accusation was made up ("called the charges a fabrication", "Russophobic fiction").
  "fabrication",
  "fiction",
  "invention",
  "invented",
  // Nouns that say the accusation is idle talk or a ploy ("mere speculation", "anti-Chinese hype").
  "speculation",
  "provocation",
  "fantasy",
  "fantasies",
  "propaganda",
  "farce",
  "hysteria",
  "hype",
] as const;

/**
 * Phrases that disown an act with no denial verb or accusation noun ("said Moscow had nothing to do
 * with it", "called the story a provocation"): whoever says them speaks for the accused side.
 */
export const DISAVOWALS = ["nothing to do with", "no involvement", "no role in", "provocation"] as const;

/** A firm's research heads besides its researchers ("its head of research, Jane Roe"): they speak for the firm. */
export const FIRM_RESEARCH_HEADS = ["head of research", "research director", "director of research"] as const;

export type VerbList = keyof typeof VERB_LEMMAS;
export type NounList = keyof typeof NOUN_LEMMAS;

/** The lemmas a lexicon is built from: the defaults, or the defaults with a caller's additions. */
export interface Lemmas {
  verbs: Record<VerbList, readonly string[]>;
  nouns: Record<NounList, readonly string[]>;
  hedges: readonly string[];
  negations: readonly string[];
  verdicts: readonly string[];
  dismissals: readonly string[];
}

export const DEFAULT_LEMMAS: Lemmas = {
  verbs: VERB_LEMMAS,
  nouns: NOUN_LEMMAS,
  hedges: HEDGES,
  negations: NEGATIONS,
  verdicts: VERDICTS,
  dismissals: DISMISSALS,
};

/**
 * The inflected forms of one verb list, each as a regex alternation ready to embed in `(?:…)`,
 * written as a trie (`trieAlternation`: "orchestrat(?:e(?:s|d)?|ing)"): every thread compiles
 * the hundreds of patterns built from these lists, and a stem written once is far less code.
 */
export interface VerbForms {
  /** Every form: base, -s, past, participle, -ing. */
  any: string;
  /** Base and -s forms ("deny", "denies"). */
  present: string;
  /** The -s form alone ("denies"): unlike the base form, never a noun ("state", "report"). */
  third: string;
  /** Past tense and participle ("denied", "written"). */
  past: string;
  /** Participles only, for passives ("carried out by"). */
  participle: string;
  gerund: string;
  /** The lemmas' stems (a final "e" dropped), for the whole word family: "accus" for "accusations". */
  stem: string;
  forms: string[];
}

export interface NounForms {
  /** Singular and plural. */
  any: string;
  forms: string[];
}

export interface Words {
  verbs: Record<VerbList, VerbForms>;
  nouns: Record<NounList, NounForms>;
  /** Hedge phrases as one alternation. */
  hedges: string;
  /** Negation words as one alternation. */
  negation: string;
  /** Judgements that condemn, and dismissals that deny, each as one alternation. */
  verdict: string;
  dismissal: string;
  /**
   * The patterns built from these words, by id, each compiled on first use (`patternFor`): a table
   * of the lexicon's own, so no module holds a cache, and a lexicon with extra lemmas has its own.
   */
  patterns: Map<string, RegExp>;
  /** Likewise the cue indexes built from these words' patterns (`cueIndexFor`). */
  cueIndexes: Map<string, CueIndex>;
}

/** Longest first, so "carried out" wins over "carried". */
export function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeForm)
    .join("|");
}

/** A record with each value mapped (keys kept). */
export function mapValues<K extends string, V, W>(record: Record<K, V>, f: (v: V, k: K) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as V, k as K)])) as Record<K, W>;
}

export interface ExtraLemmas {
  verbs?: Partial<Record<VerbList, readonly string[]>>;
  nouns?: Partial<Record<NounList, readonly string[]>>;
  hedges?: readonly string[];
}

/** The defaults with a caller's extra lemmas added to the lists it names. */
export function withLemmas(extra: ExtraLemmas): Lemmas {
  return {
    verbs: mapValues(DEFAULT_LEMMAS.verbs, (v, k) => [...v, ...(extra.verbs?.[k] ?? [])]),
    nouns: mapValues(DEFAULT_LEMMAS.nouns, (v, k) => [...v, ...(extra.nouns?.[k] ?? [])]),
    hedges: [...DEFAULT_LEMMAS.hedges, ...(extra.hedges ?? [])],
    negations: DEFAULT_LEMMAS.negations,
    verdicts: DEFAULT_LEMMAS.verdicts,
    dismissals: DEFAULT_LEMMAS.dismissals,
  };
}

/** A pattern built from a lexicon's words, compiled once per lexicon under `id` (in `words.patterns`). */
export function patternFor(words: Words, id: string, build: (words: Words) => RegExp): RegExp {
  let re = words.patterns.get(id);
  if (!re) words.patterns.set(id, (re = build(words)));
  return re;
}

/** A verb of thanking in any form ("thanked", "credits"), for the stages that read whom a sentence thanks. */
export const thankVerb = (words: Words): RegExp =>
  patternFor(words, "thank-verb", (w) => new RegExp(`\\b(?:${w.verbs.thank.any})\\b`, "i"));

/**
 * "Iran denied it was behind the attack", "denies that its hackers took part": the clause a denial
 * verb takes as its object is what the subject rejects, so nothing in it is asserted (the denial
 * rules read the verb itself). "denied claims that Iran was behind it" reports the accusers' claim,
 * which the attribution rules keep, with the accusers as claimants; a coordinated verb after the
 * denial ("denied any role and blamed Kyiv") is asserted, and so is a clause a subordinator opens
 * after the verb's own object ("dismissed staff after hackers attacked it"). Tested on the text
 * before a trigger or an attack's actor: it matches when that text ends inside such a clause.
 */
export const deniedClauseEnd = (words: Words): RegExp =>
  patternFor(
    words,
    "denied-clause",
    (w) =>
      new RegExp(
        `\\b(?:${w.verbs.deny.any})\\s+(?:that\\s+)?(?:(?!(?:that|${alternation([...CLAUSE_COORDINATORS, ...SUBORDINATORS])}|${w.nouns.accusation.any})\\b)[\\w'’-]+\\s+){0,4}$`,
        "i",
      ),
  );

/** A cue index over patterns built from a lexicon's words, built once per lexicon under `id`. */
export function cueIndexFor(words: Words, id: string, build: (words: Words) => CueIndex): CueIndex {
  let index = words.cueIndexes.get(id);
  if (!index) words.cueIndexes.set(id, (index = build(words)));
  return index;
}

/**
 * Words of names, read by the mention and person stages as they are written (not inflected):
 * what makes a capitalised run a public body's or a company's name, and what a person's name may hold.
 */
/** The bodies a chief executive (officer) heads. */
const CHIEF_EXECUTIVE_BODIES = [
  "company",
  "corporation",
  "bank",
  "authority",
  "agency",
  "group",
  "utility",
  "exchange",
];
/** The bodies a chair (chairperson, chairman, chairwoman) heads: one list for the three titles. */
const CHAIR_BODIES = [
  "commission",
  "board",
  "committee",
  "council",
  "bank",
  "authority",
  "company",
  "corporation",
];

export const NAME_WORDS = {
  /** Head nouns of a public body's name ("Ministry of Finance", "the National Treasury"); lower case. */
  institutionHeads: [
    "ministry",
    "agency",
    "office",
    "council",
    "centre",
    "center",
    "service",
    "department",
    "directorate",
    "bureau",
    "command",
    "committee",
    "cabinet",
    "commission",
    "authority",
    "police",
    "prosecutor",
    "treasury",
    "senate",
    "guard",
    "board",
    "tribunal",
    "regulator",
    "navy",
    "fund",
    "registry",
    "inspectorate",
    "secretariat",
    "force",
    "forces",
  ],
  /** Heads that name a public body only in a longer name ("Transportation Security Administration", not "Biden Administration"). */
  looseInstitutionHeads: ["administration", "organization", "organisation"],
  /**
   * Heads that name a public body only with a public qualifier in the name ("National Statistics
   * Institute", "Institute of Social Security", "the National Cyber Hub"): bare, they are as often a
   * think tank's or a firm's ("Hudson Institute", "Innovation Hub"); lower case.
   */
  qualifiedInstitutionHeads: ["institute", "hub"],
  /**
   * Words of a think tank's name ("Institute of Strategic Studies", "Gulf Policy Institute"): with
   * one, an institute with no public word in its name is an organization; capitalised as written.
   */
  thinkTankNameWords: ["Studies", "Policy", "Strategic", "Strategy", "Relations", "Affairs", "Peace"],
  /**
   * Heads that name a state's body only with the state written in or before the name or a public
   * qualifier in it ("Chile's Planning Secretariat", "the Civil Registry of Chile", "the National
   * Vehicle Registry", "the Lisk Coastal Defence Forces"); with neither they are an international
   * body's or a firm's, wherever they sit ("the Commonwealth Secretariat in London", "the Public
   * Interest Registry"), or no body's ("the Labour Force Survey"); lower case.
   */
  ownedInstitutionHeads: ["secretariat", "registry", "force", "forces"],
  /**
   * Heads that name a body only capitalised and closing the capitals ("the Kenya Defence Forces"):
   * in lower case ("Kenya's labour force") or before another capitalised noun ("the Ghana Labour
   * Force Survey") they are a common noun; lower case.
   */
  capitalisedOnlyHeads: ["force", "forces"],
  /**
   * Of those heads, the ones an unowned name makes an international body's ("the Commonwealth
   * Secretariat"); an unowned "Land Registry" is no firm's either, so it makes nothing; lower case.
   */
  ownerlessOrganizationHeads: ["secretariat"],
  /** Words right before an office that make it a past one ("a former defence ministry official"); lower case. */
  pastOfficeWords: ["former", "ex-"],
  /** Prepositions that carry a body's name on after "General" ("Directorate General of Customs"). */
  bodyNameLinks: ["of", "for"],
  /**
   * Words naming a party's or a movement's politics: an institute or hub named with one is a party's
   * foundation, not a public body ("the National Democratic Institute"); capitalised as written.
   */
  partisanNameWords: ["Democratic", "Republican", "Liberal", "Conservative", "Socialist", "Christian"],
  /**
   * Heads of a lower-case description of a state's body, besides institutionHeads, that a run of
   * capitals in apposition then names ("Lisk's national computer emergency team, LKCT,"; "Orr's
   * cyber watchdog, NDCS, said"); as written.
   */
  describedBodyExtraHeads: ["team", "watchdog", "CERT", "CSIRT", "CIRT"],
  /**
   * Lower-case words that, between a state's possessive and a run of capitals or beside the run
   * anywhere in the article ("Turkey's ruling AKP", "Lisk's KPC party", "KPC lawmakers"), make the
   * run a party's or a company's short form, not a public body's (with the company nouns and
   * descriptors); "other" makes it the modifier of a noun after it ("Lisk's other ASEAN partners").
   */
  nonPublicInitialismWords: ["ruling", "opposition", "party", "private", "listed", "flagship", "biggest", "largest", "leading", "top", "other", "lawmaker", "legislator", "mp", "candidate", "campaign", "manifesto", "voter"],
  /**
   * Words opening a sentence or clause that never open a company's name, dropped from a capitalised
   * run before a company's suffix ("But Orr Labs"); "Next", "Last", "Our" open real names; as written.
   */
  nameOpeningFunctionWords: [
    "The",
    "A",
    "An",
    "In",
    "At",
    "On",
    "For",
    "By",
    "From",
    "And",
    "But",
    "However",
    "Meanwhile",
    "Separately",
    "Instead",
  ],
  /** Words before a bare "CERT"/"CSIRT" that make it a state's response team ("Chile's national CERT"); lower case. */
  responseTeamQualifiers: ["national", "government"],
  /**
   * How a response team's spelled-out name ends ("Bhutan Computer Incident Response Team"): a state's
   * team, as national CERTs are named, never a company's product; capitalised as written.
   */
  responseTeamNameEnds: [
    "Emergency Response Team",
    "Incident Response Team",
    "Emergency Response Technical Team",
    "Emergency Readiness Team",
    // "the Lisk National CERT (LNCERT)": the acronym itself as the name's last word.
    "CERT",
    "CSIRT",
  ],
  /** Words in a body's name that make it public ("National", "Social Security"); capitalised as written in names. */
  publicNameQualifiers: [
    "National",
    "State",
    "Federal",
    "Government",
    "Governmental",
    "Social Security",
    "Pension",
    "Pensions",
    "Statistics",
    "Statistical",
    "Census",
    "Meteorological",
  ],
  /** Heads of a bloc's executive that speak as the bloc when named after it ("the ECOWAS Commission"); lower case. */
  blocVoiceHeads: ["commission"],
  /**
   * Words of a bloc's name, one of which every alliance or regional body the gazetteer lists has in
   * its name or an alias ("the Arab League", "NATO" as "the Alliance", "ASEAN" as "Association of
   * Southeast Asian Nations"), and no firm's: what lets a member noun with no body named after it
   * ("Malta is a full member") mean the bloc just spoken of; capitalised as written in names.
   */
  blocNameWords: [
    "Union",
    "Community",
    "Council",
    "Organization",
    "Organisation",
    "Association",
    "Forum",
    "League",
    "Alliance",
    "Commonwealth",
    "Cooperation",
    "Co-operation",
    "Treaty",
  ],
  /**
   * Head nouns besides the institution heads by which news refer back to a body or company just
   * named ("helping the bank to rebuild", "arrived to help the company"); the first ones only name companies.
   */
  referringBodyNouns: {
    company: ["company", "firm", "operator", "utility", "insurer", "lender", "airline", "carrier", "lab"],
    /**
     * Heads of an international body's name by which the copy names it again once it has been
     * named in full, capitalised as a short form ("the Forum" after "the Pacific Islands Forum",
     * "the Community" after "the Caribbean Community").
     */
    organization: ["forum", "community", "association"],
    body: ["bank", "exchange", "hospital", "port", "unit", "network", "institute", "fund"],
  },
  /** Words that make a name given with a bracketed short form a public body, not a company. */
  publicBodyWords: [
    "Ministry",
    "Ministerio",
    "Department",
    "Administration",
    "Authority",
    "Agency",
    "Service",
    "Servicio",
    "Office",
    "Bureau",
    "Directorate",
    "Council",
    "Commission",
    "Fund",
    "Institute",
    "Police",
    "Guard",
    "Parliament",
    "Assembly",
    "Tribunal",
    "Court",
    "Inspectorate",
    "Secretariat",
    "Regulator",
    "Centre",
    "Center",
    // A public hospital is a body of its state ("the Lisk University Hospitals (LUH)").
    "Hospital",
    "Hospitals",
  ],
  /**
   * Titles naming only the head of a body ("Director-General X", "Deputy Governor X"), each with the
   * head nouns of the bodies it heads: a governor heads a (central) bank, not a police force or a
   * motor-vehicles department. Lower case, one space between words; "deputy/vice/acting" may precede.
   */
  headTitles: {
    governor: ["bank", "reserve"],
    "director general": [
      "agency",
      "directorate",
      "office",
      "authority",
      "centre",
      "center",
      "service",
      "bureau",
      "institute",
      "organisation",
      "organization",
    ],
    commissioner: ["commission", "police", "regulator", "authority"],
    chairperson: CHAIR_BODIES,
    chairman: CHAIR_BODIES,
    chairwoman: CHAIR_BODIES,
    "chief executive": CHIEF_EXECUTIVE_BODIES,
    "chief executive officer": CHIEF_EXECUTIVE_BODIES,
  } as Record<string, readonly string[]>,
  /** Last words a body's name may end on besides its head and body words: "Directorate General", "the Harbour Dive Team". */
  bodyNameEnds: ["General", "Unit", "Division", "Forces", "Force", "Team", "Wing", "Cell"],
  /** A body's offices that speak for it, not bodies of the state; lower case, one space between words. */
  speakingUnits: [
    "press office",
    "press service",
    "press centre",
    "press center",
    "media office",
    "media centre",
    "media center",
    "office of the spokesperson",
    "office of the spokesman",
    "office of the spokeswoman",
    "office of the press secretary",
    "spokesperson's office",
    "spokesman's office",
    "spokeswoman's office",
  ],
  /**
   * Nouns of a body's publicity work: an office or department named by these alone, joined by "and",
   * speaks for the body ("Press Department", "Communication and Image Office"); lower case.
   */
  publicityNouns: [
    "press",
    "media",
    "communication",
    "communications",
    "image",
    "public relations",
    "public affairs",
  ],
  /** Heads of a unit named by publicity nouns ("Media Office", "Public Relations Department"); lower case. */
  publicityUnitHeads: ["office", "department", "unit", "centre", "center", "service"],
  /** First words of international bodies' names: such a body sits in a city without belonging to its state (EU bodies are agencies of the EU: not here). */
  internationalNameOpeners: ["International", "United Nations", "UN", "World", "Inter"],
  /** Plural nouns for the members a bloc's name ends on ("Organization of Andean States"); capitalised as written. */
  memberStateNouns: ["States", "Nations", "Countries", "Republics"],
  /**
   * Words before "States" naming one state or a federation's own states, not a bloc's members ("the
   * United States", "the Northern States", "the Federated States"); capitalised as written.
   */
  federatedStateWords: ["United", "Northern", "Southern", "Eastern", "Western", "Central", "Federated", "Federal", "Malay"],
  /** Prepositions after which a state inside a body's name is what it deals with, not its owner ("Committee on X"). */
  subjectPrepositions: [
    "on",
    "for",
    "against",
    "with",
    "about",
    "in",
    "to",
    "from",
    "between",
    "toward",
    "towards",
  ],
  /** Prefixes that make a state's name or demonym a leaning ("pro-Russian", "anti-Western"): the state is not named as an actor. */
  leaningPrefixes: ["pro", "anti"],
  /** First words of names many states give their bodies ("National ...", "Foreign Office", "Security Service"). */
  genericBodyNameOpeners: [
    "National",
    "State",
    "Federal",
    "Central",
    "General",
    "Supreme",
    "Foreign",
    "Home",
    "Security",
  ],
  /** Last words that make a victim's capitalised name a public body ("the Fiji Revenue Service was hit"). */
  victimBodyEnds: [
    "Ministry",
    "Treasury",
    "Parliament",
    "Senate",
    "Assembly",
    "Police",
    "Army",
    "Navy",
    "Guard",
    "Bank",
    "Commission",
    "Council",
    "Court",
    "Customs",
    "Agency",
    "Authority",
    "Office",
    "Department",
    "Directorate",
    "Service",
    "Fund",
    "Institute",
    "Tribunal",
    "Prosecutor",
    "Board",
    "Regulator",
    "Defence",
    "Defense",
    "Forces",
  ],
  /** Lower-case words that join the capitalised words of a company's name ("Port Autonome de Lisk", "Banco do Orr"). */
  nameJoiners: ["de", "du", "des", "del", "do", "da", "di"],
  /**
   * Legal forms written as words after a company's name ("Orr Timber Sdn Bhd", "Lisk Rail JSC",
   * "Tarn Werke GmbH"): the name ends on them, like a suffix's.
   */
  legalFormWords: [
    "Bhd",
    "Berhad",
    "GmbH",
    "JSC",
    "PJSC",
    "OJSC",
    "Tbk",
    "LLP",
    // Civil-law forms written without dots ("Orr Vrac SA", "Tarn Hosting SARL", "Lisk Grid PCL").
    "SA",
    "SARL",
    "SpA",
    "AG",
    "AB",
    "NV",
    "PCL",
  ],
  /** Company suffixes also written as abbreviations with a dot ("Orr Cable Co."), the dot the name's. */
  abbreviatedCompanySuffixes: ["Co", "Corp", "Inc", "Ltd", "Bhd"],
  /**
   * Legal forms written in initials after a company's name ("Tarn Coin K.K.", "Orr Agraria R.L.");
   * their dots keep them out of the word pattern of a name's words.
   */
  legalFormInitials: [
    "K.K.",
    "R.L.",
    "S.A.",
    "S.L.",
    "N.V.",
    "B.V.",
    "S.p.A.",
    "S.A.S.",
    "Q.P.S.C.",
    "P.J.S.C.",
    "J.S.C.",
    // Forms written in lower case or with a slash ("Orr Energija d.d.", "Tarn Cargo A/S"), and the
    // abbreviated words of Asian and British forms ("Orr Metering Co., Ltd.", "Lisk Remit Pvt. Ltd.").
    "d.d.",
    "a.s.",
    "d.o.o.",
    "s.r.o.",
    "A/S",
    "I/S",
    "Co.",
    "Co., Ltd.",
    "Pvt. Ltd.",
  ],
  /** Legal or trade suffixes that end a company's name ("Khuzestan Steel Company"). */
  companySuffixes: [
    "Company",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Limited",
    "Plc",
    "PLC",
    "LLC",
    "Holdings",
    "Airlines",
    "Airways",
  ],
  /**
   * Initialisms of cyber news's technical and generic words ("attacked ICS networks", "bypassed MFA",
   * "the SOC", "Poland's national CERT", "SMS codes"): they are never the initials of a body the
   * article named, even when its name spells them ("Immigration and Citizenship Service"), nor the
   * systems, logins and data words the trade writes in capitals ("CMS plugins", "the LAN", "SIM swaps").
   */
  technicalInitialisms: [
    "CERT",
    "CSIRT",
    "CIRT",
    "ICS",
    "SCADA",
    "OT",
    "IT",
    "PLC",
    "HMI",
    "SOC",
    "NOC",
    "MFA",
    "SMS",
    "VPN",
    "DNS",
    "API",
    "AI",
    "DDoS",
    "DOS",
    "APT",
    "RAT",
    "EDR",
    "XDR",
    "IOC",
    "TTP",
    "RDP",
    "SQL",
    "URL",
    "ISP",
    "USB",
    "PDF",
    "GPS",
    "ATM",
    "ERP",
    "CVE",
    "CEO",
    "CTO",
    "CIO",
    "CISO",
    "CFO",
    "NGO",
    "GDP",
    "VAT",
    "PIN",
    "CMS",
    "LAN",
    "WAN",
    "SSO",
    "OTP",
    "PII",
    "SIM",
    "NAS",
    "VPS",
    "SSH",
    "TLS",
    "SSL",
    "CRM",
    "IoT",
    "OS",
    "HR",
    "SIEM",
    "IAM",
  ],
  /** A company name's generic last word: "Ironbark Security" is "Ironbark" further on. */
  companyNameTails: [
    "Security",
    "Lab",
    "Labs",
    "Cyber",
    "Technologies",
    "Group",
    "Intelligence",
    "Systems",
    "Networks",
    "Research",
    "Analytics",
    "Solutions",
    "Corporation",
    "Partners",
  ],
  /** Lower-case words inside surnames ("al-Khatib", "van der Berg", "da Silva"). */
  nameParticles: ["al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "du", "dos", "del"],
  /** Honorifics a transcript's turn label may open with ("Hon. X:", "Dr X:"). */
  honorifics: ["Hon", "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Prof"],
  /**
   * Honorifics only with their full stop ("Eng. Faith Chebet", an engineer's): without it the word
   * is a name ("Eng" is a given name and a surname in Singapore and Malaysia).
   */
  dottedHonorifics: ["eng"],
  /**
   * Offices a person keeps as a title before the name after another office ("the ministry's
   * spokesperson, Ambassador X", "Chairman of the Senate Committee on ICT, Senator X"): the office
   * before the comma is the one held there. Lower case.
   */
  courtesyTitles: ["ambassador", "senator", "delegate"],
  /** Short words written after a hyphen that are no syllable of a given name ("Moscow-led", "state-run"). */
  notGivenNameParts: ["led", "run", "born", "era", "like", "wide", "made", "held", "up", "on"],
  /** Head nouns of a description that makes the name beside it a company ("Tarn Freight, a logistics company"). */
  companyNouns: [
    "company",
    "firm",
    "operator",
    "provider",
    "utility",
    "lender",
    "cooperative",
    "insurer",
    "airline",
    "carrier",
    "broadcaster",
    "newspaper",
    "manufacturer",
    "maker",
    "contractor",
    "supplier",
    "producer",
    "retailer",
    "conglomerate",
    "vendor",
    "giant",
    "startup",
    "start-up",
    "hospital",
    "university",
    "exchange",
    "platform",
    "shipbuilder",
    "shipyard",
    "automaker",
    "carmaker",
    "chipmaker",
    "distributor",
    "processor",
  ],
  /**
   * Business and utility nouns that "and" joins inside one company's name ("Orr Power and Light",
   * "Lisk Gas and Heat"): after any other word "and" joins two names.
   */
  businessNameNouns: [
    "Power",
    "Light",
    "Lighting",
    "Heat",
    "Heating",
    "Water",
    "Gas",
    "Electric",
    "Electricity",
    "Energy",
    "Telecom",
    "Telecommunications",
    "Transport",
    "Shipping",
    "Logistics",
    "Steel",
    "Mining",
    "Sewerage",
  ],
  /**
   * Words opening a public body's name in Spanish, Portuguese or French ("Superintendencia de
   * Bancos", "Autorité de Régulation"): gold types these bodies as their state's agencies, unless a
   * utility's word makes the body a company (`foreignUtilityWords`) or the text says it is private.
   * Not "Caja": savings banks are named so as often as social security funds.
   */
  foreignPublicBodyHeads: [
    "Superintendencia",
    "Superintendência",
    "Instituto",
    "Institut",
    "Autoridad",
    "Autoridade",
    "Autorité",
    "Dirección",
    "Direção",
    "Direction",
    "Agence",
    "Agência",
    "Agencia",
    "Registro",
    "Secretaría",
    "Procuraduría",
    "Contraloría",
  ],
  /** Words that make a name in Spanish or Portuguese a public body's wherever they stand ("Caja Nacional de Seguridad Social"). */
  foreignPublicNameWords: ["Seguro Social", "Seguridad Social", "Previsión Social", "Seguridade Social"],
  /** A utility's words in Spanish, Portuguese or French names ("Instituto Costarricense de Electricidad" is a company). */
  foreignUtilityWords: [
    "Electricidad",
    "Electricité",
    "Électricité",
    "Eléctrica",
    "Energía",
    "Énergie",
    "Energia",
    "Petróleos",
  ],
  /**
   * A power utility's words in an English body's name ("the Lisk Electricity Board", "the Orr Power
   * Authority"): like `foreignUtilityWords`, they make the body a company that sells power, not an
   * agency, unless the name also holds one of `utilityAgencyNameWords`.
   */
  powerUtilityWords: ["Electricity", "Electric", "Power"],
  /**
   * Words that keep a power utility's body its state's agency: a regulator's ("the Lisk Electricity
   * Regulatory Commission") and water's, a resource its state manages ("Electricity and Water Authority").
   */
  utilityAgencyNameWords: ["Regulatory", "Regulation", "Regulator", "Water"],
  /** Computer systems whose owner an attack sentence names ("the billing servers of X", "X's ticketing website"). */
  computerSystems: [
    "systems",
    "system",
    "servers",
    "server",
    "networks",
    "network",
    "websites",
    "website",
    "portals",
    "portal",
    "databases",
    "database",
    "sites",
    "site",
    "platforms",
    "platform",
    "computers",
  ],
  /** Last words of a place's name, which no victim's name ends in ("Brisk City", "Lisk Province"). */
  placeNameEnds: ["City", "Province", "Region", "District", "County", "Prefecture", "Municipality"],
  /** Compass words that open a region's name ("East Java", "West Sulawesi", "Central Highlands"). */
  placeNameOpeners: [
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
  ],
  /**
   * A company described in lower case by what it runs (issue 8: companies, state-owned too, are
   * organizations; gold names them by the description, "the state-run water distributor"). Words
   * saying who owns or serves it, written before the trade ("a municipal gas company").
   */
  describedUtilityOwners: [
    "state-owned",
    "state-run",
    "government-owned",
    "government-run",
    "city-owned",
    "council-owned",
    "municipal",
    "national",
    "government",
    "public",
    "provincial",
  ],
  /** What such a company runs, in lower case ("power", "container"); "and" may join two ("tram and bus"). */
  describedUtilityTrades: [
    "power",
    "electricity",
    "electric",
    "gas",
    "water",
    "wastewater",
    "port",
    "container",
    "freight",
    "rail",
    "railway",
    "transport",
    "public transport",
    "transit",
    "tram",
    "bus",
    "postal",
    "hospital",
    "telecoms",
    "pipeline",
    "oil",
    "fuel",
    "heating",
    "grid",
  ],
  /**
   * The nouns heading such a description ("distributor", "utility", "port operator"). Not "authority":
   * gold types a port or water authority as its state's agency more often than not.
   */
  describedUtilityHeads: [
    "distributor",
    "utility",
    "operator",
    "company",
    "corporation",
    "terminal",
    "network",
    "bank",
    "carrier",
    "provider",
    "supplier",
  ],
  /** Words of ownership that make an apposition's noun phrase a company's, whatever its head ("the state-owned grid manager"). */
  companyOwnership: ["state-owned", "state-run", "government-owned", "privately held", "publicly listed"],
  /** Nouns that, written before a name, make it a company's ("the state oil company Petrona"). */
  organizationDescriptors: [
    "network",
    "broadcaster",
    "company",
    "firm",
    "operator",
    "provider",
    "utility",
    "bank",
    "hospital",
    "port",
    "university",
    "newspaper",
    "studio",
    "manufacturer",
    "contractor",
    "supplier",
    "producer",
    "retailer",
    "insurer",
    "airline",
    "channel",
    "lender",
    "carrier",
    "conglomerate",
    "developer",
    "shipping group",
    "media group",
    "energy group",
    "banking group",
    "insurance group",
    "telecoms group",
    "retail group",
  ],
  /**
   * Words after which a company's description opens its noun phrase with no determiner ("analysts at
   * security firm X", "computers worldwide, including those of shipping group Y"); a hit-verb's past
   * does too ("the attack hit logistics firm Z"), from the verb lemmas.
   */
  descriptionLeads: ["at", "from", "by", "with", "for", "of", "and", "including"],
  /** Descriptors that are also a person's job: before a given name they tell a person ("developer Jorge Soto"). */
  personJobDescriptors: [
    "developer",
    "contractor",
    "operator",
    "supplier",
    "producer",
    "carrier",
    "provider",
  ],
  /**
   * Last words of threat groups' names in the security vendors' naming schemes: the fixed suffixes
   * of one vendor's adversary names ("... Bear", "... Panda", "... Kitten", "... Chollima", "... Spider")
   * and the weather words of another's ("... Typhoon", "... Sleet"), then any common animal
   * (`ANIMAL_NAMES`), since new names follow the same pattern.
   */
  threatNameAnimals: [
    "Bear", "Buffalo", "Chollima", "Crane", "Jackal", "Kitten", "Leopard", "Lynx", "Ocelot", "Panda",
    "Saiga", "Spider", "Tiger", "Wolf", "Typhoon", "Blizzard", "Sandstorm", "Sleet", "Tempest", "Cyclone",
    "Tsunami",
    ...ANIMAL_NAMES,
  ],
  /**
   * What only an extortion crew keeps and runs ("posted the files on its leak site"): the subject
   * that has one is a threat group; lower case.
   */
  crewPossessions: ["leak site", "leak blog", "data leak site", "shame site", "extortion site"],
  /** Words before a group noun that make it a threat group's ("the hacking group X", "Y, a ransomware crew"); lower case. */
  threatGroupModifiers: [
    "hacking",
    "hacker",
    "hacktivist",
    "ransomware",
    "threat",
    "cyber",
    "cybercrime",
    "cybercriminal",
    "criminal",
    "espionage",
    "cyber-espionage",
    "cyberespionage",
    "spying",
    "apt",
    "state-sponsored",
    "state-backed",
    "state-linked",
    "state-aligned",
    "extortion",
    "malware",
    "phishing",
    "ddos",
  ],
  /** First words of body labels many states use, which need the state's name to be one body ("Ministry of Finance of Peru"). */
  genericBodyLabelStarts: [
    "Ministry",
    "Department",
    "Office",
    "National",
    "Federal",
    "State",
    "Central",
    "General",
    "Armed Forces",
    "Police",
    "Parliament",
    "Senate",
    "Coast Guard",
    "Prime Minister",
    "President",
    "Electoral",
    "Cabinet",
    "Council",
    "Security",
    "Supreme",
    "Public",
    "Social",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Cybersecurity",
    "Cyber security",
    "Intelligence",
  ],
  /** A ministry's portfolio as an adjective ("the foreign ministry") and its label ("Ministry of Foreign Affairs"). */
  ministryPortfolios: {
    foreign: "Foreign Affairs",
    defence: "Defence",
    defense: "Defence",
    interior: "Interior",
    finance: "Finance",
    justice: "Justice",
    economy: "Economy",
    health: "Health",
    energy: "Energy",
    digital: "Digital Affairs",
    education: "Education",
    transport: "Transport",
    communications: "Communications",
  },
  /** Plural heads shared by coordinated bodies ("the foreign and defence ministries") and their singular. */
  coordinatedBodyHeads: { ministries: "ministry", departments: "department" },
  /** Portfolios after "ministry of" that news write in lower case ("the ministry of internal affairs"). */
  ministryOf: [
    "foreign affairs",
    "defence",
    "defense",
    "finance",
    "justice",
    "interior",
    "internal affairs",
    "economy",
    "health",
    "energy",
    "digital affairs",
    "digital transformation",
    "education",
    "transport",
    "communications",
  ],
  /**
   * Public bodies news name in lower case ("the country's electoral commission", "its central
   * bank"), each with the qualifiers it may carry ("national police", "federal police").
   */
  lowerCaseBodies: [
    {
      qualifiers: [],
      names: [
        "cabinet of ministers",
        "cyber security agency",
        "cyber security centre",
        "cyber security center",
        "cybersecurity agency",
        "cybersecurity centre",
        "cybersecurity center",
        "central bank",
        "national bank",
        "coast guard",
        "national assembly",
        "senate",
        "armed forces",
        "army",
        "navy",
        "air force",
        "social security fund",
        "social security institute",
        "social security agency",
        "social security administration",
        "tax authority",
        "tax agency",
        "tax administration",
        "tax office",
        "customs service",
        "customs authority",
        "customs agency",
      ],
    },
    {
      qualifiers: ["national"],
      names: [
        "security and defence council",
        "security and defense council",
        "security council",
        "parliament",
      ],
    },
    {
      qualifiers: ["state", "national"],
      names: ["security service", "security agency", "intelligence service", "intelligence agency"],
    },
    {
      qualifiers: ["national", "independent"],
      names: [
        "electoral commission",
        "electoral board",
        "electoral authority",
        "electoral council",
        "electoral tribunal",
        "election commission",
        "election board",
        "election authority",
        "election council",
        "election tribunal",
      ],
    },
    { qualifiers: ["national", "federal"], names: ["police", "police force"] },
    {
      qualifiers: ["national", "public", "state"],
      names: ["prosecutor", "prosecutor's office", "prosecutor general"],
    },
  ],
  /**
   * Lower-case bodies read only with a state to own them (written, or the passage's): "the prime
   * minister's office" of no known state is no body anyone can match, and the state is the better target.
   */
  ownedLowerCaseBodies: [
    "prime minister's office",
    "president's office",
    "presidential office",
    "presidential administration",
    "president's administration",
    "port authority",
  ],
  /**
   * Offices held for a state as a whole, as a title's last office noun (plural too): the
   * executive's, whose state the context may tell when the title names none, and the others.
   */
  stateOffices: {
    executive: [
      "prime minister",
      "minister",
      "president",
      "premier",
      "chancellor",
      "secretary",
      "king",
      "queen",
    ],
    other: ["ambassador", "envoy", "senator", "lawmaker", "mp", "attorney general"],
  },
  /**
   * Words of the titles through which a government answers abroad (an accused state that just
   * denied speaks through them): "Foreign Minister", "External Affairs Minister", "spokeswoman".
   * "foreign" only as the foreign ministry's: a Foreign Trade Minister is no diplomat.
   */
  diplomaticTitleWords: [
    "foreign minist",
    "foreign affairs",
    "foreign secretary",
    "external",
    "spokes",
    "ambassador",
    "envoy",
  ],
  /** Words of a state's style beside a body's name on its letterhead ("Kingdom of X", "Republic of Y"). */
  letterheadStateWords: ["republic", "kingdom", "government", "of", "the"],
  /** Words of a state's style that mark a head line as a letterhead, not a caption ("Republic of X"). */
  letterheadStyleWords: ["republic", "kingdom"],
  /**
   * Words anywhere in a body's name that make it an international or regional body ("the European
   * Cybercrime Centre", "the Regional Cyber Hub"): it speaks for no state the article is about.
   */
  supranationalNameWords: [
    "International",
    "Regional",
    "Global",
    "European",
    "Europol",
    "Interpol",
    "United Nations",
    "UN",
    "World",
    "Multinational",
    "Intergovernmental",
  ],
  // Threat-group naming (GROUP17).
  /** Words that give the name after them as its bearers' own ("the self-styled "Cyber Fist""). */
  selfNamingModifiers: ["self-styled", "self-proclaimed", "self-described"],
  /** Last words of a research firm's name, which no threat group's name ends in ("Tarn Labs"). */
  researchFirmHeads: ["Lab", "Labs"],
  // Entity recognition (ENT22).
  /** Last words of a threat-research firm's name that are no single head ("Orr Threat Research"). */
  researchFirmNameEnds: ["Threat Research", "Threat Intelligence"],
  // Entity recognition (ENT20).
  /**
   * Last words of a facility's name that news and gold treat as the company running it, like a
   * company's suffix ("Orr International Airport"); capitalised as written in names.
   */
  operatedFacilityEnds: ["Airport"],
  // Entity recognition (ENT21).
  /**
   * Heads of a legislature's, a court's or a head of state's office name ("Supreme Court of Justice",
   * "Chamber of Deputies", "Federal Assembly"): gold types them all as the state's agencies; lower case.
   */
  legislatureAndCourtHeads: ["court", "parliament", "congress", "assembly", "chamber", "presidency"],
  /**
   * Words that make a court a state's with no state written ("the Constitutional Court"); without
   * one or a state, a court is an arbitration body's or an international one ("Court of Arbitration for Sport").
   */
  stateCourtWords: [
    "Supreme",
    "Constitutional",
    "High",
    "Federal",
    "National",
    "Administrative",
    "Electoral",
  ],
  /**
   * Words before "Congress" that make it a union's, a party's or a movement's, even with a state owning
   * it ("Britain's Trades Union Congress", "the Workers Congress"); capitalised as written in names.
   */
  movementCongressWords: [
    "Union",
    "Unions",
    "Trades",
    "Workers",
    "Labour",
    "Labor",
    "Party",
    "Youth",
    "Students",
  ],
  /** Words that make a chamber a business association, no state's ("Chamber of Commerce and Industry"). */
  businessChamberWords: ["Commerce", "Industry", "Industries", "Trade", "Business", "Mines"],
  /**
   * What follows "House of" in a legislature's name ("House of Representatives", "House of Lords"):
   * only these make "House" a body's head, not a building's or a think tank's ("Chatham House").
   */
  legislativeHouseMembers: [
    "Representatives",
    "Commons",
    "Lords",
    "Councillors",
    "Delegates",
    "Deputies",
    "Assembly",
  ],
  // HELP24: bodies a helper's team is said to work beside by a head noun alone.
  /** Heads besides the institution heads that refer back to a body just named ("with the court's IT staff"); lower case. */
  partnerBodyNouns: ["court", "parliament", "municipality"],
} as const;

/**
 * Words of attack mentions, read by the incident stage as they are written (not inflected).
 */
export const INCIDENT_WORDS = {
  /** Words before an attack noun that still leave it one incident ("a massive cyberattack", "a wave of attacks"). */
  modifiers: [
    "massive",
    "major",
    "large-scale",
    "sophisticated",
    "coordinated",
    "sustained",
    "serious",
    "malicious",
    "new",
    "second",
    "first",
    "latest",
    "recent",
    "fresh",
    "online",
    "digital",
    "cyber",
    "ransomware",
    "ddos",
    "wiper",
    "malware",
    "phishing",
    "hacking",
    "state-sponsored",
    "destructive",
    "barrage of",
    "wave of",
    "waves of",
    "series of",
    "spate of",
  ],
  /** Means of attack that are incident nouns alone or before "attack" ("a DDoS", "the wiper attacks"). */
  techniques: [
    "ransomware",
    "ddos",
    "denial-of-service",
    "denial of service",
    "distributed denial-of-service",
    "distributed denial of service",
    "wiper",
  ],
  /**
   * Incident nouns that name a burglary as often as an intrusion: an incident only in a story of attacks
   * or a sentence about computers ("police are investigating a break-in at the consulate" tells none).
   */
  alsoPhysical: ["break-in", "break-ins"],
  /**
   * Mishaps that take systems down without an attack ("a power cut knocked out X's computers", "a storm
   * struck; it knocked out ..."): a sentence naming one tells no attack by an outage or a `bringDown` deed.
   */
  mishaps: ["power cut", "power failure", "power outage", "blackout", "storm", "fire", "fault", "glitch", "earthquake"],
  /** What floods a site when an attack is the subject of `bringDown` ("a surge of bogus requests took down X"). */
  floodLoad: ["traffic", "requests"],
  /** States of a computer system out of service after a copula ("the portal was down for hours"). */
  outOfService: ["down", "offline", "unreachable", "inaccessible"],
  /** What makes an outage no attack's ("down for maintenance", "offline as a precaution"). */
  plannedOutage: ["maintenance", "upgrade", "upgrades", "precaution", "scheduled", "planned"],
  /** Incident nouns never pluralised in news of one incident ("campaigns", "viruses" are attacks in general). */
  singulars: ["campaign", "compromise", "worm", "virus", "malware"],
  /** What "activity" is when it names an incident ("malicious activity", "espionage activities"). */
  activities: ["malicious", "cyber", "hacking", "espionage"],
  /** Words just before an attack noun that make it attacks in general ("to defend against cyber attacks"). */
  genericBefore: [
    "any",
    "future",
    "possible",
    "potential",
    "such",
    "against",
    "repel",
    "prevent",
    "defend",
    "protect",
    "deter",
    "thwart",
    "counter",
    "threat of",
    "risk of",
    "fear of",
    "fears of",
    "similar",
    "previous",
    "record of",
    "kind of",
    "responding to",
    "respond to",
    "vulnerable to",
    "resilience to",
    "in case of",
    "more",
    "all",
    "all forms of",
    "any form of",
    "every",
    "fight",
    "fights",
    "oppose",
    "opposes",
    "condemn all",
    "condemns all",
  ],
  /** Words just after an attack noun that make it hypothetical or past in general ("attacks could ..."). */
  genericAfter: ["in the past", "could", "would", "might", "may"],
  /** What an impact verb can harm without any system being hit ("the leak hurt the firm's image", "to harm our ties"). */
  notSystems: [
    "relations",
    "ties",
    "reputation",
    "image",
    "credibility",
    "friendship",
    "cooperation",
    "partnership",
    "trust",
  ],
  /** Words telling an attack as one more of a series ("was also breached in 2015", "the first time"): an earlier incident. */
  recall: [
    "also",
    "again",
    "previously",
    "earlier",
    "before",
    "second",
    "first time",
    "last time",
    "not the first",
  ],
} as const;

/**
 * Words that end a noun phrase by opening another clause or joining a second verb to the first
 * ("copied the ledgers and sent them to X", "took files that ..."): what a verb took stops before them.
 */
export const PHRASE_BREAKS = [
  "and",
  "or",
  "but",
  "then",
  "to",
  "who",
  "which",
  "that",
  "before",
  "after",
  "while",
  "so",
] as const;

/** What a group is called after its noun for its part in an attack ("the crew responsible, dubbed X"). */
export const CULPRIT_ROLE_WORDS: readonly string[] = ["responsible"];

/**
 * Words that, besides a negation, make a doubt certainty ("there is little doubt that", "beyond
 * doubt", "we cannot doubt that"): the clause after it is asserted after all. Not inflected.
 */
export const DOUBT_CANCELLERS: readonly string[] = ["little", "beyond"];

/**
 * The deed a threat group is "behind" is a noun phrase ("the crew behind the theft of records from
 * the port is X"): another determiner may open a noun phrase in it only after one of these
 * prepositions, and a relative word ends it ("a loader whose name was X" is another clause).
 */
export const DEED_PHRASE = {
  prepositions: ["of", "on", "against", "at", "in", "from", "into"],
  /** Relative words PHRASE_BREAKS lacks. */
  relatives: ["whose", "where", "when", "whom"],
  /** Determiners that may open the noun phrase after a preposition, besides DEFINITE_DETERMINERS. */
  determiners: ["a", "an", "their", "his", "her", "our"],
} as const;

/**
 * An office holder's title that owns the body after its possessive, one name: "the Tarvo District
 * Attorney's Office", "the Attorney-General's Department", "the Auditor General's Office". The
 * holders (lower case, the last word before "'s") and the heads that may follow them.
 */
export const HOLDER_OFFICES = {
  holders: [
    "prosecutor",
    "attorney",
    "general",
    "auditor",
    "ombudsman",
    "solicitor",
    "registrar",
    "controller",
  ],
  heads: ["office", "department", "chambers", "bureau"],
} as const;

/** Words before "that" that make it no relative word ("and that", "so that", "such that", "now that", "than that"). */
export const NON_RELATIVE_THAT_LEADS = ["and", "so", "such", "now", "than"] as const;

/** Words that open a phrase saying when or where a report was made ("on Monday", "in its annual report", "last year"). */
export const REPORT_TIME_LEADS = [
  "on",
  "in",
  "at",
  "last",
  "earlier",
  "this",
  "since",
  "as early as",
] as const;

/**
 * When a speaker spoke, as an inverted verb of speech may be followed by it ('"...," said yesterday
 * the minister'); weekdays and dates are read apart.
 */
export const SPEECH_TIME_WORDS = [
  "yesterday",
  "today",
  "this morning",
  "this afternoon",
  "this evening",
] as const;

/** Words that open a short phrase before a sentence's subject ("In its note, the agency ...", "Since May the office ..."). */
export const SUBJECT_OPENING_LEADS = ["in", "on", "at", "after", "since", "earlier", "later"] as const;

/** What may qualify reporters left unnamed ("several security firms", "a few independent researchers"). */
export const UNNAMED_REPORTER_MODIFIERS = [
  "several",
  "some",
  "many",
  "other",
  "private",
  "independent",
  "various",
  "multiple",
  "a few",
  "security",
  "cybersecurity",
  "cyber-security",
  "threat",
  "intelligence",
] as const;

/** Ordinals telling an attack as one more of a series ("the third breach of the depot"), beside INCIDENT_WORDS.recall. */
export const SERIES_ORDINALS: readonly string[] = ["second", "third", "fourth", "fifth"];

/** Determiners and counts before the people a team is made of ("will send two experts", "asked for further specialists"). */
export const TEAM_QUANTIFIERS = [
  "a",
  "an",
  "the",
  "its",
  "their",
  "two",
  "three",
  "four",
  "five",
  "several",
  "more",
  "further",
] as const;

/** Adverbs between an attacker and its attack verb ("hackers had twice tried to", "they allegedly breached"). */
export const ATTACK_VERB_ADVERBS = [
  "also",
  "twice",
  "repeatedly",
  "again",
  "first",
  "allegedly",
  "reportedly",
  "previously",
  "once",
  "later",
  "then",
  "recently",
  "successfully",
] as const;

/**
 * What names a news outlet, state-run or not ("the Korean Central News Agency", "the Oman News
 * Agency", "a national news service"): it carries a state's word, it is no body of that state.
 */
export const NEWS_OUTLET_NAMES: readonly string[] = ["news agency", "news service"];

/**
 * News agencies by the names their copy carries ("told Reuters", "..., AFP reported"): a wire
 * reports, it never claims, and its initials are no body of the story's ("AFP" is not the Armed
 * Forces of the Philippines).
 */
export const NEWS_AGENCIES: readonly string[] = [
  "Reuters",
  "AFP",
  "AP",
  "DPA",
  "EFE",
  "ANSA",
  "UPI",
  "PTI",
  "ANI",
  "IANS",
  "TASS",
  "Xinhua",
  "Kyodo",
  "Yonhap",
  "Bernama",
];

/** The labels of a government page's issuer line in its head ("From: Ministry of X", "Issued by: Y"). */
export const ISSUER_LINE_LABELS: readonly string[] = ["from", "issued by", "published by"];

/**
 * Heads of a government body's name, in the languages government sites name themselves in: a site
 * named so ("Ministero degli Affari Esteri", "U.S. Department of the Treasury") is the body issuing
 * the page. An agency or office is left out: news agencies and outlets name themselves so too.
 */
export const GOVERNMENT_SITE_HEADS: readonly string[] = [
  "ministry",
  "ministerio",
  "ministero",
  "ministère",
  "ministerium",
  "department",
  "departamento",
];

/**
 * Words by which a page reports, doubts or denies a finding rather than stating it ("press reports
 * tie it to X", "experts", "no evidence", "has not confirmed"): such a sentence is not the issuer's
 * own assertion.
 */
export const REPORTED_VOICE_WORDS: readonly string[] = [
  "report",
  "reports",
  "claim",
  "claims",
  "expert",
  "experts",
  "media",
  "evidence",
  "not",
  "never",
  "no",
];

/**
 * Prepositions that open a complement of a noun phrase's head ("the target of", "a rival to", "a
 * partner with"): a compound after one modifies the complement's phrase, not the head. Longer than
 * DEED_PHRASE.prepositions (which only lets a deed's noun phrase run on): any complement counts here.
 */
export const HEAD_COMPLEMENT_PREPOSITIONS: readonly string[] = [
  "of",
  "for",
  "to",
  "with",
  "by",
  "against",
  "from",
  "among",
  "behind",
  "on",
  "at",
  "in",
  "into",
];

/** What after a membership or a post says it has ended ("a NATO member until 2019", "worked for X until the vote"). */
export const TENURE_ENDS: readonly string[] = ["until", "till", "up until"];

/** Counts of a counted subject ("both countries", "all three nations"), each with how many it names. */
export const STATE_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * What opens a list of some of a body's members after its member noun ("the member countries of the AU,
 * among them Chad and Mali", "EU members such as Malta"), or closes it ("member states, Chile and Peru
 * among them").
 */
export const MEMBER_LIST_OPENERS: readonly string[] = ["among them", "including", "such as"];
export const MEMBER_LIST_CLOSERS: readonly string[] = ["among them"];

/** A head noun that may follow a body's short name ("the APEC forum", "the CSTO bloc"): the body still ends there. */
export const BODY_NAME_TAILS: readonly string[] = ["forum", "bloc", "grouping"];

/** Plural nouns a counted subject names states with ("all three countries"). */
export const COUNTED_STATE_NOUNS: readonly string[] = ["countries", "states", "nations"];

/**
 * Words that may follow the body a person serves in ("worked for the GRU since 2014", "served in the navy as
 * an officer"): they close the body's name, where a capitalised word would extend it ("the Navy Signals Command").
 */
export const SERVICE_BODY_FOLLOWERS: readonly string[] = [
  // A relative clause on the body ("officers of the GRU whom the court named").
  "who",
  "whom",
  "which",
  "that",
  "of",
  "and",
  "in",
  "since",
  "as",
  "at",
  "under",
  "before",
  "after",
  "when",
  "while",
  "from",
  "on",
  "to",
];

/** Words between the persons listed and their service verb ("A and B, all allegedly serving in"). */
export const SERVICE_LEAD_ADVERBS: readonly string[] = [
  "all",
  "both",
  "each",
  "who",
  "allegedly",
  "reportedly",
];

/** Participles that report a post before "to" ("said to have worked for", "believed to serve in"). */
export const REPORTED_PARTICIPLES: readonly string[] = ["said", "alleged", "believed", "thought", "known"];

/** Relative words whose clause may take the noun before them as its object ("an attack that X blamed on Y"). */
export const OBJECT_RELATIVES: readonly string[] = ["that", "which"];

/** Relative words whose clause, with no comma before it, tells which one the noun is ("the attack that hit X"). */
export const RESTRICTIVE_RELATIVES: readonly string[] = ["that", "which"];

/** What opens a second agent joined to a passive's first ("by a breach in May and by another in June"). */
export const SECOND_AGENT_LEADS: readonly string[] = ["a", "an", "another"];

/** Words after a negation that make it "not only ... but also": the clause is affirmed, not denied. */
export const FOCUS_ADVERBS: readonly string[] = ["only", "just", "merely", "simply"];

// INC17B (incident identity, second round): words of the incident stage added in this round.

/** Words asking for a subject ("What has been hit?", "Which systems were encrypted?"). */
export const INTERROGATIVE_SUBJECTS: readonly string[] = ["what", "who", "which"];

// INC26 (incidents that do not pair, their victims): words added in this round.

/** Words saying a body is privately owned ("X, a private hospital", "a privately held insurer"): no state's body. */
export const PRIVATE_OWNERSHIP_WORDS: readonly string[] = [
  "private",
  "privately owned",
  "privately held",
  "privately run",
];

// TARGET17B: victim names' last words.
/** Buildings a public office is named after, which end its name ("the Public Service Hall"). */
export const BODY_BUILDING_ENDS: readonly string[] = ["Hall"];

/** A local government's last word: the body is a public one of its state ("Oslo Municipality"). */
export const LOCAL_GOVERNMENT_ENDS: readonly string[] = ["Municipality"];

// INC17C (review fixes of the incident branch): words of the date stage.

/** Auxiliaries of a clause told ahead of its event ("will", "could", "is going to"). */
export const FUTURE_AUXILIARIES: readonly string[] = [...MODALS, "shall", "going to"];

// CLAIM17: the words a subject's verb may wait behind.
/**
 * Auxiliaries and adverbs between a subject and its verb of speech or blame ("X has just told
 * reporters that", "officials also blamed", "the ministry publicly accused"): one list for the
 * speaker patterns (speakers.ts) and the unnamed and relative reporters (rules/reporters.ts).
 */
export const VERB_LEAD_ADVERBS: readonly string[] = [
  "further",
  "has",
  "have",
  "had",
  "also",
  "later",
  "then",
  "since",
  "still",
  "repeatedly",
  "publicly",
  "privately",
  "previously",
  "recently",
  "today",
  "jointly",
  "strongly",
  "firmly",
  "just",
  "now",
  "earlier",
  "again",
  "already",
];

// PERSON17C: count words, shared by dates.ts (how many months ago) and people.ts (a count opening a title).
/** Number words in counting order ("two" is 2): "three months ago", "Two officers of the ministry". */
export const COUNT_WORDS: readonly string[] = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
];

// YEARAFTER44: dates told from the event named before them, not from publication.
/**
 * Phrases dating an event from the year (or month) of the event named just before them ("In 2019 the
 * registry was hit; the following year the port was"): each with the years or months it moves on.
 */
export const ANCHORED_DATE_PHRASES: ReadonlyArray<{ phrase: string; years?: number; months?: number }> = [
  { phrase: "the following year", years: 1 },
  { phrase: "the next year", years: 1 },
  { phrase: "the year after", years: 1 },
  { phrase: "the previous year", years: -1 },
  { phrase: "the preceding year", years: -1 },
  { phrase: "the year before", years: -1 },
  { phrase: "that year", years: 0 },
  { phrase: "that same year", years: 0 },
  { phrase: "the same year", years: 0 },
  { phrase: "later that year", years: 0 },
  { phrase: "earlier that year", years: 0 },
  { phrase: "the following month", months: 1 },
  { phrase: "the next month", months: 1 },
  { phrase: "the month after", months: 1 },
  { phrase: "the previous month", months: -1 },
  { phrase: "the preceding month", months: -1 },
  { phrase: "the month before", months: -1 },
  { phrase: "later that month", months: 0 },
  { phrase: "earlier that month", months: 0 },
];

/**
 * "two years later", "a month earlier": a count of years or months on from the event named before (the
 * sign of each word). Not "after"/"before", which take their own anchor ("five years after the leak").
 */
export const ANCHORED_COUNT_DIRECTIONS: Readonly<Record<string, number>> = { later: 1, earlier: -1 };

// Condemnations (STANCE32): what may stand between a condemnation's verb and its object.
/** Prepositions opening a time or manner phrase before the object ("condemned on Monday night the", "in plain terms"). */
export const ADVERBIAL_PREPOSITIONS: readonly string[] = ["on", "in", "at"];

// Denials (ATTR17): what makes a deny verb no denial, and how a denier labels the accusation.
/** Negations and refusals right before a verb ("has not rejected", "refused to deny"). */
export const VERB_NEGATORS: readonly string[] = [
  "not",
  "n't",
  "never",
  "refused to",
  "declined to",
  "failed to",
];

/** Adverbs that may stand between such a negation and its verb ("did not publicly deny"). */
export const NEGATED_VERB_ADVERBS: readonly string[] = [
  "yet",
  "publicly",
  "formally",
  "officially",
  "explicitly",
  "directly",
];

/** Verbs, as written, of "what it calls/termed/described as '…'": the denier's own label. */
export const LABELLING_VERBS: readonly string[] = [
  "calls",
  "called",
  "terms",
  "termed",
  "describes as",
  "described as",
];

// Body owners (PART18): names that say a body is no one state's.
/** First words of regional bodies' names ("North Atlantic Council", "European Banking Authority"): no state is guessed for them. */
export const REGIONAL_BODY_OPENERS: readonly string[] = [
  "European",
  "North Atlantic",
  "Persian Gulf",
  "Gulf Cooperation",
  "Arab",
  "African",
  "Asian",
  "Inter-American",
  "Pacific Islands",
  "Eurasian",
];

/**
 * Words that make a state's demonym after them a region's ("Latin American", "Inter-American", "the
 * Pan American Health Organization"): no state is named there.
 */
export const REGION_DEMONYM_PREFIXES: readonly string[] = ["Pan", "Inter", "Latin", "Central", "North", "South"];

// ATTR18: what may stand between a trace noun and the verb of provenance said of it.
/** Adverbs between a trace noun and "used by" or "matched those of" ("the infrastructure once used by X"). */
export const TRACE_VERB_ADVERBS: readonly string[] = [
  "once",
  "also",
  "previously",
  "earlier",
  "already",
  "since",
  "reportedly",
  "allegedly",
  "all",
  "both",
];
// Report issuers (CLAIM18): "in a joint advisory issued by A and B" makes A and B its claimants.
/** Words that may qualify a report before its noun ("a joint advisory", "its latest report"). */
export const REPORT_MODIFIERS: readonly string[] = ["joint", "new", "latest", "technical", "annual"];

/** Verbs, as written, of a report put out by its issuers ("issued by", "published last week by"). */
export const REPORT_ISSUING_VERBS: readonly string[] = ["issued", "published", "released", "put out"];
// INC18: incident pairing — how a clause, a date or a comparison relates one attack mention to another.
/** Words that join a second verb to a clause ("named X and then hit back"): that verb's subject may be another. */
export const CLAUSE_COORDINATORS: readonly string[] = ["and", "but", "or", "nor"];

/** Words opening a clause with a subject of its own after an accusation's (", and Brazil said", " whereas X says"). */
export const JOINED_CLAUSE_OPENERS: readonly string[] = ["and", "but", "while", "whereas"];

/** What places a mention in time from a date before it ("in May, weeks before the wiper"). */
export const TIME_RELATIONS: readonly string[] = ["before", "after", "ahead of"];

/** Prepositions opening a phrase of time before a clause ("Within hours of the NSC briefing, ..."). */
export const TIME_PHRASE_PREPOSITIONS: readonly string[] = [
  "after",
  "before",
  "following",
  "within",
  "since",
  "during",
  "amid",
];

/**
 * Words opening an adverbial clause ("after hackers attacked it", "because its servers failed"): what
 * follows one is a clause of its own, not the object of the verb before it. Not "as" ("groups such
 * as X", "known as") nor "once" ("its hackers once attacked"), more often inside a clause than
 * opening one.
 */
export const SUBORDINATORS: readonly string[] = [
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "until",
  "if",
  "unless",
  "although",
  "though",
  "whereas",
];

/** Words opening a clause of its own after a negation ("did not say whether attacks ..."): the negation does not reach past them. */
export const NEGATION_REACH_ENDS: readonly string[] = [
  ...RESTRICTIVE_RELATIVES,
  ...SUBORDINATORS,
  ...CONDITIONALS,
  "who",
  "but",
];

/** Determiners, possessives and counts opening a noun phrase: an attack noun after one is no bare plural. */
export const NOUN_PHRASE_OPENERS: readonly string[] = [
  ...DEFINITE_DETERMINERS,
  ...POSSESSIVE_DETERMINERS,
  ...TEAM_QUANTIFIERS,
  ...PARTITIVES,
  "our",
  "my",
  "your",
  "one",
];

/**
 * Words a main clause's subject may open with after a fronted subordinate clause ("After hackers
 * struck, the ministry asked …", "…, it asked …"); a capitalised name opens one too. A participle or
 * a relative after the comma ("…, working alongside …") continues the clause before it.
 */
export const MAIN_CLAUSE_OPENERS: readonly string[] = [
  "the",
  "a",
  "an",
  "its",
  "their",
  "it",
  "they",
  "we",
  "he",
  "she",
  "this",
  "these",
  "those",
];

/** Determiners that may open a mention so placed ("days after an", "weeks before their"). */
export const PLACED_MENTION_DETERMINERS: readonly string[] = [
  "the",
  "a",
  "an",
  "its",
  "their",
  "this",
  "that",
];

/** What compares an attack with another incident ("looked similar to", "compared with"): that one is told in passing. */
export const COMPARISON_PHRASES: readonly string[] = [
  "similar to",
  "akin to",
  "compared to",
  "compared with",
];

/**
 * Words opening a comparison with a state ("Unlike Lisk after a similar attack, the agency ...",
 * "As with Varn last year, ..."): the state named after them is told in passing, not the one the
 * clause's bodies belong to. With COMPARISON_PHRASES.
 */
export const COMPARED_STATE_OPENERS: readonly string[] = ["unlike", "like", "as with", "as in"];

// INC19B: the word "incident" as a mention of the incident under discussion.
/**
 * Nouns after "incident" that make it a compound naming no incident ("the incident response team", "incident
 * responders", "the incident report"): the word then speaks of the handling.
 */
export const INCIDENT_COMPOUND_HEADS: readonly string[] = [
  "response",
  "responder",
  "responders",
  "team",
  "teams",
  "handling",
  "handler",
  "handlers",
  "readiness",
  "report",
  "reports",
  "reporting",
  "management",
  "commander",
  "centre",
  "center",
  "desk",
  "log",
];

// Help rules (HELP19): whose "we" a page speaks in.
/** Documents a body issues under a number ("ADVISORY CERT-X-2026-117", "Bulletin No. 12"): their "we" is the issuer's. */
export const ISSUED_DOCUMENTS: readonly string[] = ["advisory", "alert", "bulletin", "notice", "report"];

// CLAIM41: a body whose findings a speaker presents speaks too.
/**
 * Nouns naming what a body concluded, before "of" or "by" and the body ("citing the findings of X",
 * "on the basis of the conclusions of X", "repeating the findings of X"): the body is a source of
 * the claim, as after "according to". Not inflected.
 */
export const FINDING_NOUNS: readonly string[] = ["findings", "conclusions"];
/** Participles between "evidence" and "by" and the body that gathered it ("the evidence collected by X"). */
export const EVIDENCE_GATHERING_PARTICIPLES: readonly string[] = ["collected", "gathered"];

/** Nouns after a leader's name that make it the government the leader heads ("the Biden administration"). Not inflected. */
export const LED_GOVERNMENT_NOUNS: readonly string[] = ["administration", "government"];

// ATTR19: where an "according to X" source phrase ends.
/**
 * Words that, after a comma, go on with an "according to X" source ("according to the agency,
 * which", "according to analysts, and officials"): the source phrase has not closed. Not inflected.
 */
export const SOURCE_CONTINUERS: readonly string[] = [
  "and",
  "or",
  "a",
  "an",
  "the",
  "its",
  "his",
  "her",
  "their",
  "who",
  "which",
  "whose",
];

/** Prepositions after a participle that goes on describing a source ("a report, written by", "a study, compiled for"). */
export const SOURCE_PARTICIPLE_PREPOSITIONS: readonly string[] = ["by", "at", "for", "in", "with", "from"];

// ATTR21: attribution back-references.
/**
 * Modifiers between a count and the attack noun it counts, when a list after a colon spells the
 * attacks out ("two other intrusions in the region:", "three earlier operations:"). Not inflected.
 */
export const COUNTED_ATTACK_MODIFIERS: readonly string[] = [
  "other",
  "earlier",
  "previous",
  "prior",
  "older",
  "more",
  "further",
  "separate",
  "similar",
  "recent",
];
/**
 * What a copula says of a deed's author ("was behind", "is responsible for", "were involved in"): under
 * a negation and said of the speaker itself ("said it was not behind the attack"), a denial. Not inflected.
 */
export const AUTHORSHIP_PREDICATES: readonly string[] = ["behind", "responsible", "involved"];

/** Negations between a copula and such a predicate ("was not", "has never been", "is in no way"). */
export const AUTHORSHIP_NEGATORS: readonly string[] = ["not", "never", "in no way", "by no means"];

/** Adverbs that take back the deed they qualify ("was wrongly blamed for", "falsely accused of"). Not inflected. */
export const DISOWNING_ADVERBS: readonly string[] = [
  "wrongly",
  "wrongfully",
  "falsely",
  "mistakenly",
  "erroneously",
  "unfairly",
  "unjustly",
];

// CLAIM21: who speaks a sentence.
/**
 * What joins a body to the one a speech verb follows, as its partner in the clause's subject
 * ("Investigations by X, working with Y, have established", "X, together with Y, said"). Not inflected.
 */
export const PARTNER_PHRASES: readonly string[] = [
  "working with",
  "working alongside",
  "together with",
  "jointly with",
  "alongside",
  "in cooperation with",
  "in partnership with",
  "in coordination with",
];

// Lead s22 (REVIEW22 on PREC22's background-war guard).
/**
 * Modifiers that make an "invasion" a cyber incident ("a cyber invasion of its water utility"), not
 * the military invasion a story is set in.
 */
export const CYBER_INVASION_MODIFIERS: readonly string[] = [
  "cyber",
  "digital",
  "online",
  "network",
  "computer",
  "electronic",
  "virtual",
];

// INC23: incidents the incident stage never created.
/**
 * Words before "operation" or "campaign" naming a kind that is no cyber attack ("the military
 * operation hit the ministry's headquarters", "a police operation"): not read as an attack.
 */
export const NON_CYBER_OPERATIONS: readonly string[] = [
  "military",
  "police",
  "rescue",
  "takedown",
  "peacekeeping",
  "special",
  "ground",
  "air",
  "naval",
  "security",
  "counter-terrorism",
  "counterterrorism",
  "law enforcement",
  "bombing",
  "combat",
];

// ENT23: the body a state denies through.
/**
 * The bodies, by canonical label, through which a state answers an accusation ("Beijing denied it.
 * The foreign ministry called the report a smear"): named with no owner right after the accused
 * state's denial, such a body is that state's. Any other body named then (the tax agency that was
 * hit) is not.
 */
export const DENYING_BODY_LABELS: readonly string[] = ["Ministry of Foreign Affairs"];

// ENT23: bodies named before a plural head they share.
/**
 * Plural heads two names before them share ("the Alder and Brook university hospitals", "Lisk's
 * Alder and Brook airports"), with the head each body's own name ends in. Not inflected.
 */
export const SHARED_NAME_HEADS: Readonly<Record<string, string>> = {
  hospitals: "Hospital",
  airports: "Airport",
};

// INC23B: where a claim of responsibility is posted.
/**
 * Services a group posts its claims on ("claimed those attacks on Telegram"): named right after the
 * claimed attack with "on", such a service is where the claim was made, not what was hit.
 */
export const POSTING_SERVICES: readonly string[] = [
  "Telegram",
  "X",
  "Twitter",
  "VK",
  "Discord",
  "Facebook",
  "YouTube",
  "WhatsApp",
  "TikTok",
  "WeChat",
  "LinkedIn",
  "Instagram",
];

/**
 * Where else a group posts its claims, and what on a service it posts them to ("claimed on its leak
 * site", "claimed in a Telegram channel"): said between "claimed" and what is claimed. Not inflected.
 */
export const CLAIM_POSTS = {
  venues: ["leak site", "leak page", "dark web", "blog"],
  outlets: ["channel", "account", "page", "post"],
} as const;

// ATTR24: what may follow a threat group's name given as an attack's agent.
/**
 * Words that may follow a name standing alone as the agent of an attack ("carried out by Grey Ceiba
 * in March", "traced to Indigo Chollima, which"): a time, a place or the next clause. Any other word
 * after it makes the name a modifier ("carried out by Russian hackers"). Not inflected.
 */
export const AGENT_NAME_FOLLOWERS: readonly string[] = [
  "in",
  "on",
  "at",
  "since",
  "last",
  "this",
  "and",
  "during",
  "according",
  "which",
];

/** A demand that tells an encryption was an attacker's ("a ransom note appeared"). Not inflected. */
export const RANSOM_WORDS: readonly string[] = ["ransom", "extortion"];

/**
 * What makes an encryption a protection rather than an attack's ("encrypted end to end", "under a
 * new policy", "after an audit"). Not inflected: plurals spelled.
 */
export const PROTECTIVE_ENCRYPTION: readonly string[] = [
  "end to end",
  "end-to-end",
  "at rest",
  "policy",
  "policies",
  "standard",
  "standards",
  "audit",
  "audits",
  "upgrade",
  "upgrades",
  "precaution",
  "precautions",
];

/** Organizations an article names once: local bodies, public hospitals and foreign public bodies. */
import { nodeKey, slugify } from "../../model/types";
import { noteEntity, topicState, type DocumentState } from "../document-state";
import { alternation, NAME_WORDS, PRIVATE_OWNERSHIP_WORDS } from "../lexicon";
import { type Slot, actorSlot } from "./slots";

/** "private", "privately held": what no state's body is. */
export const PRIVATE_OWNERSHIP = new RegExp(`\\b(?:${alternation(PRIVATE_OWNERSHIP_WORDS)})\\b`, "i");

/** A hospital's name ("Lisk University Hospitals", "Hospital San Telmo"): gold and news treat public hospitals as the state's. */
const HOSPITAL_NAME = /\bHospitals?\b/;

/** A hospital's name that does not say it is private ("Lisk Private Hospital" is a company's). */
export const publicHospitalName = (name: string) => HOSPITAL_NAME.test(name) && !PRIVATE_OWNERSHIP.test(name);

/** A public body's head opening a name in another language ("Superintendencia de Bancos"). */
const FOREIGN_PUBLIC_HEAD = new RegExp(`^(?:${alternation(NAME_WORDS.foreignPublicBodyHeads)})(?=\\s)`, "u");

/** Any of `words` standing as a whole word in a name. */
const anyWord = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, "u");

/** A utility's word in a name ("Power", "Electricidad"): the body is a company. */
const UTILITY_NAME_WORD = anyWord([...NAME_WORDS.businessNameNouns, ...NAME_WORDS.foreignUtilityWords]);

/** A power utility's word in an English name ("Electricity", "Power"). */
const POWER_UTILITY_WORD = anyWord(NAME_WORDS.powerUtilityWords);

/** A word that keeps a utility's body its state's agency ("Regulatory", "Water"). */
const UTILITY_AGENCY_WORD = anyWord(NAME_WORDS.utilityAgencyNameWords);

/**
 * "the Lisk Electricity Authority", "the Orr Power Institute": a body named for the power it sells is
 * a company, as `foreignUtilityWords` make "Instituto ... de Electricidad" one; a regulator or a water
 * authority stays its state's agency.
 */
export const powerUtilityName = (name: string) =>
  POWER_UTILITY_WORD.test(name) && !UTILITY_AGENCY_WORD.test(name);

/** Social security's words in another language, which make any name a public body's ("Caja ... de Seguro Social"). */
const FOREIGN_PUBLIC_NAME_WORD = new RegExp(
  `\\b(?:${alternation(NAME_WORDS.foreignPublicNameWords)})\\b`,
  "u",
);

/** A public body's name in another language, which no utility's word makes a company's. */
export const foreignPublicBodyName = (name: string) =>
  (FOREIGN_PUBLIC_HEAD.test(name) || FOREIGN_PUBLIC_NAME_WORD.test(name)) && !UTILITY_NAME_WORD.test(name);

/** A name that makes a body its state's by itself: a public hospital's, a public body's in another language. */
export const publicBodyByName = (name: string) => publicHospitalName(name) || foreignPublicBodyName(name);

/**
 * Notes an organization known only by the name this article gives it, and the slot of that name;
 * a hospital is a state's body unless the text or its name says it is private ("Lisk Private
 * Hospital"), and so is a body whose name in another language opens on a public body's head.
 */
export function noteLocalOrganization(
  state: DocumentState,
  slots: Slot[],
  start: number,
  end: number,
  label: string,
  privately = false,
): void {
  if (publicBodyByName(label) && !privately) {
    // A hospital is a public body of the state the article is about ("Lisk University Hospitals").
    const country = topicState(state);
    const key = state.localNames.get(label) ?? nodeKey("agency", slugify(label));
    noteEntity(state, key, { type: "agency", label, country }, { start, end }, label);
    state.localNames.set(label, key);
    slots.push(actorSlot(state.text, start, end, key));
    return;
  }
  const key = state.localNames.get(label) ?? nodeKey("organization", slugify(label));
  noteEntity(state, key, { type: "organization", label }, { start, end }, label);
  state.localNames.set(label, key);
  slots.push(actorSlot(state.text, start, end, key));
}

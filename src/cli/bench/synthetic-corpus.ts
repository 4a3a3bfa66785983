/**
 * Synthetic news corpora for the ingest benchmark: each article is a seed article with its states
 * (names, demonyms, capitals) swapped for other countries of `world-countries`, its people swapped
 * for invented names, and its years and days shifted, so extraction meets names it has not seen.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nlp from "compromise";
import countries from "world-countries";
import { seededRandom } from "../../graph/seeded-random";
import type { Gazetteer } from "../../model";

const FIRST_NAMES =
  "Amara Bjorn Chen Dalia Emeka Farida Goran Hana Ivan Jana Kofi Leila Marek Nadia Oskar Priya Rafael Sanna Tomas Umar Vera Wen Ximena Yusuf Zofia Anil Beatriz Cyril Dagny Elif".split(
    " ",
  );
const SURNAMES =
  "Adeyemi Bakker Castillo Dimitrov Eriksen Fontaine Gashi Horvat Ibrahim Jansen Kowalski Lindqvist Moreau Novak Okafor Petrov Quinn Rossi Sato Tanaka Usman Varga Weber Xu Yilmaz Zeller Haddad Ivanova Kaur Mensah".split(
    " ",
  );

/** The same index always gives the same article. */
function generator(seed: number) {
  const next = seededRandom(seed);
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

interface CountryForms {
  name: string;
  demonym: string;
  capital: string;
}

const STATES: CountryForms[] = countries
  .filter((c) => c.independent && c.capital[0] && c.demonyms.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng!.m, capital: c.capital[0]! }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, "gu");

export interface Seed {
  name: string;
  text: string;
  /** The states the seed names, and the people (label and surname) it names. */
  states: CountryForms[];
  people: { full: string; surname: string }[];
}

const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;
const AFTER_TITLE =
  /\b(?:Minister|President|Secretary-General|Chancellor|Commissioner|Ambassador|Director)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/gu;

/** "First Last" names in a seed: the gazetteer's people, compromise's people and "Minister First Last". */
function peopleIn(text: string, known: readonly string[]): Seed["people"] {
  const found = new Set<string>();
  const candidates = [
    ...known.filter((name) => word(name).test(text)),
    ...(nlp(text).people().out("array") as string[]),
    ...[...text.matchAll(AFTER_TITLE)].map((m) => m[1]!),
  ];
  for (const candidate of candidates) {
    const words = candidate
      .replace(/['’]s\b/g, "")
      .replace(/[^\p{L}\s-]/gu, "")
      .trim()
      .split(/\s+/)
      .slice(-2);
    if (words.length === 2 && words.every((w) => NAME_WORD.test(w))) found.add(words.join(" "));
  }
  return [...found].map((full) => ({ full, surname: full.split(" ")[1]! }));
}

export async function readSeeds(dir: string, gazetteer: Gazetteer): Promise<Seed[]> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|md|html?)$/.test(n)).sort();
  const known = gazetteer.entities.filter((e) => e.type === "person").flatMap((e) => [e.label, ...e.aliases]);
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(dir, name), "utf8");
      return {
        name,
        text,
        states: STATES.filter((s) => word(s.name).test(text) || word(s.demonym).test(text)),
        people: peopleIn(text, known),
      };
    }),
  );
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Article `index` of a corpus: a seed with its states, people, years and days varied. */
export function syntheticArticle(seeds: readonly Seed[], index: number): { name: string; text: string } {
  const seed = seeds[index % seeds.length]!;
  const rng = generator(index + 1);
  let text = seed.text;
  const used = new Set(seed.states.map((s) => s.name));
  for (const state of seed.states) {
    let other = rng.pick(STATES);
    for (let tries = 0; used.has(other.name) && tries < 20; tries++) other = rng.pick(STATES);
    used.add(other.name);
    text = text
      .replace(word(state.name), other.name)
      .replace(word(state.demonym), other.demonym)
      .replace(word(state.capital), other.capital)
      .replace(word(state.capital.toUpperCase()), other.capital.toUpperCase());
  }
  for (const person of seed.people) {
    const surname = rng.pick(SURNAMES);
    text = text
      .replace(word(person.full), `${rng.pick(FIRST_NAMES)} ${surname}`)
      .replace(word(person.surname), surname);
  }
  const years = rng.pick([-6, -5, -4, -3, -2, -1, 1, 2, 3]);
  const days = rng.pick([-3, -2, -1, 1, 2, 3]);
  const shiftDay = (day: string) => String(Math.min(28, Math.max(1, Number(day) + days)));
  text = text
    .replace(/\b(19[5-9]\d|20[0-3]\d)\b/g, (y) => String(Number(y) + years))
    .replace(
      new RegExp(`\\b(\\d{1,2})(\\s+(?:${MONTHS}))\\b`, "g"),
      (_m, d: string, rest: string) => shiftDay(d) + rest,
    )
    .replace(
      new RegExp(`\\b((?:${MONTHS})\\s+)(\\d{1,2})\\b`, "g"),
      (_m, month: string, d: string) => month + shiftDay(d),
    );
  return { name: `${String(index).padStart(5, "0")}_${seed.name}`, text };
}

export async function writeSyntheticCorpus(seeds: readonly Seed[], size: number, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const article = syntheticArticle(seeds, i);
    await writeFile(join(dir, article.name), article.text);
  }
}

/**
 * Countries for STIX `location` objects, from `world-countries`: a state's ISO 3166-1 alpha-2 code
 * on export, and on import the state a country code or a name (common, official or alternative
 * spelling) stands for.
 */
import countries from "world-countries";

export interface Country {
  name: string;
  code: string;
}

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/** Lookup tables, built once when the module loads (250 countries: a constant, not a cache). */
const BY_NAME = new Map<string, Country>();
const BY_CODE = new Map<string, Country>();
for (const c of countries) {
  const country = { name: c.name.common, code: c.cca2 };
  BY_CODE.set(c.cca2.toUpperCase(), country);
  for (const name of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)])
    if (!BY_NAME.has(fold(name))) BY_NAME.set(fold(name), country);
}

/** The country a name stands for ("People's Republic of China" → China, CN). */
export function countryNamed(name: string): Country | undefined {
  return BY_NAME.get(fold(name));
}

/** The country of an ISO 3166-1 alpha-2 code, any case. */
export function countryOfCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

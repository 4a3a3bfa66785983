/** A small gazetteer and shortcuts shared by the extraction tests (fixtures are invented wire copy). */
import { fileURLToPath } from "node:url";
import type { Gazetteer } from "../../src/model";
import { readGazetteerFile } from "../../src/cli/gazetteer-file";
import {
  createExtractionContext,
  extractDocument,
  type DocumentExtraction,
  type ExtractionContext,
} from "../../src/extract";

export const testGazetteer: Gazetteer = {
  entities: [
    {
      key: "organization:nato",
      label: "NATO",
      type: "organization",
      aliases: ["North Atlantic Treaty Organization", "Nato"],
    },
    { key: "organization:european-union", label: "European Union", type: "organization", aliases: ["EU"] },
    {
      key: "agency:bsi",
      label: "Federal Office for Information Security",
      type: "agency",
      aliases: ["BSI"],
      country: "state:germany",
    },
    { key: "group:apt29", label: "APT29", type: "group", aliases: ["Cozy Bear"], sponsor: "state:russia" },
    {
      key: "agency:ncsc-uk",
      label: "National Cyber Security Centre",
      type: "agency",
      aliases: ["NCSC"],
      country: "state:united-kingdom",
    },
    {
      key: "agency:ncsc-nl",
      label: "Nationaal Cyber Security Centrum",
      type: "agency",
      aliases: ["NCSC"],
      country: "state:netherlands",
    },
  ],
};

export const context = createExtractionContext(testGazetteer, { referenceYear: 2026 });

export function extract(text: string, id = "doc.txt"): DocumentExtraction {
  return extractDocument({ id, text }, context);
}

/** The entities of one type an extraction of `text` found, in the order found. */
export function entitiesOfType(text: string, type: string) {
  return extract(text).entities.filter((e) => e.type === type);
}

export function claimsOf(extraction: DocumentExtraction, type: string) {
  return extraction.claims.filter((c) => c.type === type);
}

/** A key, or an incident key ending in "*" that matches every incident key it starts ("incident:*"). */
const keyMatcher = (key: string) =>
  key.startsWith("incident:") && key.endsWith("*")
    ? (k: string) => k.startsWith(key.slice(0, -1))
    : (k: string) => k === key;

export function hasClaim(
  extraction: DocumentExtraction,
  type: string,
  source: string,
  target: string,
): boolean {
  const s = keyMatcher(source);
  const t = keyMatcher(target);
  return extraction.claims.some((c) => c.type === type && s(c.source) && t(c.target));
}

/**
 * What an incident (every incident by default; a key ending in "*" as in `hasClaim`) is claimed to
 * have attacked, sorted, each body shown with its state: "agency:peru-senate (state:peru)". A state
 * is listed on its own only when it is itself claimed as attacked, not because its body was.
 */
export function attackedTargets(extraction: DocumentExtraction, incident = "incident:*"): string[] {
  const entities = new Map(extraction.entities.map((e) => [e.key, e]));
  const ofIncident = keyMatcher(incident);
  const shown = extraction.claims
    .filter((c) => c.type === "attacked" && ofIncident(c.source))
    .map((c) => {
      const country = entities.get(c.target)?.country;
      return country ? `${c.target} (${country})` : c.target;
    });
  return [...new Set(shown)].sort();
}

export const incidents = (extraction: DocumentExtraction) =>
  extraction.entities.filter((e) => e.type === "incident");

/** An extraction context on the bundled reference gazetteer, for tests of what only it knows. */
export async function bundledContext(referenceYear = 2026): Promise<ExtractionContext> {
  const read = await readGazetteerFile(
    fileURLToPath(new URL("../../graph-data/entities.json", import.meta.url)),
    true,
  );
  if (!read.ok) throw new Error(read.message);
  return createExtractionContext(read.gazetteer, { referenceYear });
}

/** The state owning the agency whose label matches, as `text` read with `within` makes it. */
export function agencyCountry(
  text: string,
  label: RegExp,
  within: ExtractionContext = context,
): string | undefined {
  return extractDocument({ id: "doc.txt", text }, within).entities.find(
    (e) => e.type === "agency" && label.test(e.label),
  )?.country;
}

/** Validation of the other boundary files (gold, gazetteer), reporting problems like `loadGraph`. */
import type { z } from "zod";
import { GazetteerSchema, GoldDocumentSchema, type Gazetteer, type GoldDocument } from "./schema";
import { problemsFromZod, type Problem } from "./problems";
import { parseJsonText } from "./json-text";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const text = parseJsonText(input);
  if (!text.ok) return text;
  const result = schema.safeParse(text.json);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromZod(result.error) };
}

export const parseGold = (input: unknown): Parsed<GoldDocument> => parseWith(GoldDocumentSchema, input);

export function parseGazetteer(input: unknown): Parsed<Gazetteer> {
  const parsed = parseWith(GazetteerSchema, input);
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  parsed.value.entities.forEach((e, i) => {
    if (!e.key.startsWith(`${e.type}:`))
      problems.push({
        path: `entities[${i}].key`,
        message: `"${e.key}" must start with its type "${e.type}:"`,
      });
    if (seen.has(e.key)) problems.push({ path: `entities[${i}].key`, message: `duplicate key "${e.key}"` });
    seen.add(e.key);
    if (e.country !== undefined && !e.country.startsWith("state:"))
      problems.push({ path: `entities[${i}].country`, message: `expected a state key such as state:france` });
    if (e.sponsor !== undefined && !e.sponsor.startsWith("state:"))
      problems.push({ path: `entities[${i}].sponsor`, message: `expected a state key such as state:russia` });
  });
  return problems.length ? { ok: false, problems } : parsed;
}

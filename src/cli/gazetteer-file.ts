/** Reads the gazetteer file (graph-data/entities.json by default) and explains what is wrong with it. */
import { readFile } from "node:fs/promises";
import { formatProblem, parseGazetteer, type Gazetteer, type Problem } from "../model";
import { DEFAULT_ENTITIES } from "./defaults";

export type GazetteerFileResult =
  { ok: true; gazetteer: Gazetteer; warning?: string } | { ok: false; message: string };

/**
 * `required`: the user named the file, so a missing file is an error; the default file may be
 * missing (extraction then knows countries and what NLP finds, and a warning says so).
 */
export async function readGazetteerFile(path: string, required: boolean): Promise<GazetteerFileResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !required)
      return {
        ok: true,
        gazetteer: { entities: [] },
        warning: `${path}: no gazetteer found; only countries and names found by NLP are known`,
      };
    return {
      ok: false,
      message: `${path}: cannot read the gazetteer (${code === "ENOENT" ? "no such file" : (code ?? String(error))})`,
    };
  }
  const parsed = parseGazetteer(text);
  if (parsed.ok) return { ok: true, gazetteer: parsed.value };
  const entries = rawEntries(text);
  const lines = parsed.problems.map((p) => `  ${describeProblem(p, entries)}`);
  return { ok: false, message: [`${path} is not a valid gazetteer:`, ...lines].join("\n") };
}

function rawEntries(text: string): unknown[] {
  try {
    const json = JSON.parse(text) as { entities?: unknown };
    return Array.isArray(json.entities) ? json.entities : [];
  } catch {
    return [];
  }
}

/** `entities[3] ("agency:anssi"), field country: expected a state key such as state:france` */
function describeProblem(problem: Problem, entries: unknown[]): string {
  const match = /^entities\[(\d+)\](?:\.(.+))?$/.exec(problem.path);
  if (!match) return formatProblem(problem);
  const entry = entries[Number(match[1])] as { key?: unknown; label?: unknown } | undefined;
  const name =
    typeof entry?.key === "string" ? entry.key : typeof entry?.label === "string" ? entry.label : undefined;
  const where = `entry entities[${match[1]}]${name ? ` (${JSON.stringify(name)})` : ""}`;
  return match[2] ? `${where}, field ${match[2]}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** The gazetteer of an `--entities` option: the file named, else the default one if it exists. */
export const readGazetteerOption = (entities: string | undefined) =>
  readGazetteerFile(entities ?? DEFAULT_ENTITIES, entities !== undefined);

/** Reading a boundary file's text: JSON syntax errors become a problem, like schema errors do. */
import type { Problem } from "./problems";

export type JsonText = { ok: true; json: unknown } | { ok: false; problems: Problem[] };

/** Parses `input` when it is text; any other value is taken as already-parsed JSON. Never throws. */
export function parseJsonText(input: unknown): JsonText {
  if (typeof input !== "string") return { ok: true, json: input };
  try {
    return { ok: true, json: JSON.parse(input) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `not valid JSON (${(error as Error).message})` }] };
  }
}

/** Reads a review-log file (`--review FILE`) and explains what is wrong with it. */
import { readFile } from "node:fs/promises";
import { formatProblem, parseReviewLog, type ReviewLog } from "../model";

export type ReviewFileResult = { ok: true; log: ReviewLog } | { ok: false; message: string };

/** Problems listed in full up to this many. */
const PROBLEMS_SHOWN = 10;

export async function readReviewFile(path: string): Promise<ReviewFileResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? String(error));
    return { ok: false, message: `${path}: cannot read the review log (${why})` };
  }
  const parsed = parseReviewLog(text);
  if (parsed.ok) return { ok: true, log: parsed.value };
  const lines = parsed.problems.slice(0, PROBLEMS_SHOWN).map((p) => `  ${formatProblem(p)}`);
  if (parsed.problems.length > PROBLEMS_SHOWN)
    lines.push(`  … and ${parsed.problems.length - PROBLEMS_SHOWN} more`);
  return { ok: false, message: [`${path} is not a valid review log:`, ...lines].join("\n") };
}

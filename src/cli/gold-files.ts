/** Reads a folder of gold annotation files, naming the file and the path of every problem. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatProblem, parseGold, type GoldDocument } from "../model";
import { checkGoldReferences } from "../eval/gold-check";

export type GoldFilesResult = { ok: true; golds: GoldDocument[] } | { ok: false; message: string };

export async function readGoldFolder(dir: string): Promise<GoldFilesResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: `${dir}: cannot read the gold folder (${code === "ENOENT" ? "no such folder" : code})`,
    };
  }
  if (names.length === 0) return { ok: false, message: `${dir}: no gold files (*.json) in this folder` };
  const golds: GoldDocument[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const parsed = parseGold(
      await readFile(path, "utf8").catch((e: Error) => `{"unreadable": "${e.message}"}`),
    );
    const fileProblems = parsed.ok ? checkGoldReferences(parsed.value) : parsed.problems;
    if (fileProblems.length) problems.push(`${path}:`, ...fileProblems.map((p) => `  ${formatProblem(p)}`));
    else if (parsed.ok) golds.push(parsed.value);
  }
  return problems.length
    ? { ok: false, message: ["invalid gold annotations:", ...problems].join("\n") }
    : { ok: true, golds };
}

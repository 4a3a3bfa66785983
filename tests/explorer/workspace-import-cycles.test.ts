/**
 * The explorer's modules form no import cycle, neither between files nor between folders
 * (state ↔ data, sigma ↔ views and panels ↔ views were cycles once). Reads the import statements of
 * every source file under src/explorer, resolves the relative ones, and looks for cycles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../src/explorer/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Relative imports of a file that land on explorer source files (type-only imports included). */
function importsOf(file: string, files: Set<string>): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!spec?.startsWith(".")) continue;
    const base = resolve(dirname(file), spec.replace(/\?.*$/, ""));
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
      (candidate) => files.has(candidate),
    );
    if (target) found.push(target);
  }
  return found;
}

/** One cycle of a directed graph, as a list of its nodes, or null when there is none. */
export function findCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of edges.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

function explorerImports() {
  const files = new Set(sourceFiles(root));
  const byFile = new Map<string, Set<string>>();
  const byFolder = new Map<string, Set<string>>();
  const folderOf = (file: string) => dirname(relative(root, file)).split("/")[0] ?? ".";
  for (const file of files) {
    const targets = importsOf(file, files);
    byFile.set(relative(root, file), new Set(targets.map((t) => relative(root, t))));
    const from = folderOf(file);
    // Files at the top of src/explorer (App, Explorer, main) put the folders together: they are the root.
    if (from === ".") continue;
    const folders = byFolder.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) folders.add(folderOf(target));
    byFolder.set(from, folders);
  }
  return { byFile, byFolder };
}

describe("imports in src/explorer", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const edges = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    expect(findCycle(edges)).toEqual(["a", "b", "c", "a"]);
    expect(findCycle(new Map([["a", new Set(["b"])]]))).toBeNull();
  });

  it("reads the explorer's imports", () => {
    const { byFile } = explorerImports();
    expect(byFile.get("App.tsx")).toContain("Explorer.tsx");
  });

  it("has no cycle between files", () => {
    expect(findCycle(explorerImports().byFile)).toBeNull();
  });

  it("has no cycle between folders", () => {
    expect(findCycle(explorerImports().byFolder)).toBeNull();
  });
});

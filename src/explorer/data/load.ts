/**
 * Getting a graph into the explorer: from a URL (the bundled graph, `?graph=`) or a local file
 * (picker, drag-and-drop), in graph JSON, GEXF, GraphML or a STIX 2.1 bundle (a `.json` told apart
 * by its content). Every failure becomes a `LoadFailure` naming the source and the problems (with
 * the schema paths of `loadGraph`); nothing throws.
 */
import { looksLikeStixBundle } from "../../io/stix/detect";
import { loadGraph, type ClaimGraph, type LoadResult, type Problem } from "../../model";

export type GraphFormat = "json" | "gexf" | "graphml" | "stix";

export const GRAPH_FILE_ACCEPT = ".json,.gexf,.graphml,.xml,application/json";

export type Loaded =
  | {
      ok: true;
      graph: ClaimGraph;
      source: string;
      /** What the reader should know about the import (a STIX bundle's objects not imported). */
      notices?: string[];
      /** Texts of the documents the file itself holds (a STIX bundle's reports and notes), by id. */
      texts?: ReadonlyMap<string, string>;
    }
  | LoadFailure;
export interface LoadFailure {
  ok: false;
  /** The URL or file name. */
  source: string;
  problems: Problem[];
}

/** The format from the file name, else from the first characters. */
function formatOf(name: string, text: string): GraphFormat {
  const lower = name.toLowerCase().split(/[?#]/)[0] ?? "";
  if (lower.endsWith(".gexf")) return "gexf";
  if (lower.endsWith(".graphml")) return "graphml";
  if (looksLikeStixBundle(text)) return "stix";
  if (lower.endsWith(".json")) return "json";
  const head = text.trimStart().slice(0, 500);
  if (head.startsWith("<")) return /<gexf[\s>]/.test(head) ? "gexf" : "graphml";
  return "json";
}

type Parser = (text: string) => LoadResult;
// The XML formats live in src/io; they are loaded only when such a file is opened.
const xmlModules = import.meta.glob<Record<string, unknown>>("../../io/{gexf,graphml}.ts");
const XML_PARSERS: Record<Exclude<GraphFormat, "json" | "stix">, { module: string; name: string }> = {
  gexf: { module: "../../io/gexf.ts", name: "parseGexf" },
  graphml: { module: "../../io/graphml.ts", name: "parseGraphml" },
};

async function parserFor(format: Exclude<GraphFormat, "stix">): Promise<Parser | null> {
  if (format === "json") return loadGraph;
  const { module, name } = XML_PARSERS[format];
  const load = xmlModules[module];
  if (!load) return null;
  const parser = (await load())[name];
  return typeof parser === "function" ? (parser as Parser) : null;
}

/** Parses and validates a graph file's text. */
export async function parseGraphFile(source: string, text: string): Promise<Loaded> {
  const format = formatOf(source, text);
  if (format === "stix") {
    // Loaded only when a bundle is opened; the file name titles the graph and its notices.
    const { parseStixBundle } = await import("../../io/stix/import");
    const name = source.split(/[?#]/)[0]!.split("/").pop() || source;
    const result = parseStixBundle(text, name);
    return result.ok
      ? { ok: true, graph: result.graph, source, notices: result.notices, texts: result.texts }
      : { ok: false, source, problems: result.problems };
  }
  const parse = await parserFor(format);
  if (!parse)
    return {
      ok: false,
      source,
      problems: [
        { path: "", message: `this build cannot read ${format.toUpperCase()} files; open a graph JSON file` },
      ],
    };
  let result: LoadResult;
  try {
    result = parse(text);
  } catch (error) {
    // The parsers promise not to throw; a bug in one still must not blank the page.
    result = {
      ok: false,
      problems: [{ path: "", message: `could not be read (${(error as Error).message})` }],
    };
  }
  return result.ok
    ? { ok: true, graph: result.graph, source }
    : { ok: false, source, problems: result.problems };
}

/** The text of a graph file on the web; `kg:data-loaded` is for the caller to mark. */
export async function fetchGraphText(url: string): Promise<{ ok: true; text: string } | LoadFailure> {
  try {
    const response = await fetch(url);
    if (!response.ok)
      return {
        ok: false,
        source: url,
        problems: [
          { path: "", message: `the server answered ${response.status} ${response.statusText}`.trim() },
        ],
      };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return {
      ok: false,
      source: url,
      problems: [{ path: "", message: `could not be fetched (${(error as Error).message})` }],
    };
  }
}

export async function readGraphText(file: File): Promise<{ ok: true; text: string } | LoadFailure> {
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      source: file.name,
      problems: [{ path: "", message: `could not be read (${(error as Error).message})` }],
    };
  }
}

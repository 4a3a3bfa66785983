/**
 * GEXF 1.3 (Gephi's format) in and out, through graphology-gexf. Gephi and other tools read the
 * labels, positions, sizes, colours and scalar attributes; the lists and objects of the data model
 * travel as JSON strings, and the graph attributes as JSON in `<meta><description>` (the only
 * free-text place the GEXF 1.3 grammar gives a graph), so a file we write passes `jing -c gexf.rnc`
 * and reads back into exactly the same graph.
 */
import createGexfParser from "graphology-gexf/common/parser.js";
import writeGexfDocument from "graphology-gexf/common/writer.js";
import type { default as AbstractGraph, Attributes, GraphConstructor } from "graphology-types";
import type { ClaimGraph, LoadResult } from "../model";
import { elementEncodings, encodeValue, ImportGraph, validateImported, type Encodings } from "./attributes";
import { checkElements, parserFailure } from "./graph-xml";
import { protectLineSeparators, readXml, xmlSafe } from "./xml";

const FORMAT = "GEXF";
/** The key, inside the `<description>` JSON, of the graph attributes and which attributes are JSON. */
const META = "claimgraph";
/** graphology-gexf writes an `xsi:schemaLocation` on `<gexf>` that the GEXF 1.3 grammar does not allow. */
const SCHEMA_LOCATION =
  / xmlns:xsi="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" xsi:schemaLocation="[^"]*"/;

interface MetaRecord {
  attributes: Attributes;
  json: { node: string[]; edge: string[] };
}

const VIZ_NUMBERS = new Set(["x", "y", "z", "size", "thickness"]);
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function writeGexf(graph: ClaimGraph): string {
  const nodeEncodings = elementEncodings(graph, "node");
  const edgeEncodings = elementEncodings(graph, "edge");
  const meta: MetaRecord = {
    attributes: graph.getAttributes(),
    json: { node: jsonNames(nodeEncodings), edge: jsonNames(edgeEncodings) },
  };
  // The writer only writes scalar graph attributes as meta elements, and GEXF 1.3 allows only
  // creator, keywords and description there: a copy carries ours as JSON in the description.
  const carrier = graph.copy() as unknown as AbstractGraph;
  carrier.replaceAttributes({
    creator: "claim-graph-explorer",
    description: xmlSafe(JSON.stringify({ [META]: meta })),
  });
  const text = writeGexfDocument(carrier, {
    version: "1.3",
    formatNode: (_, attributes) => format(attributes, nodeEncodings),
    formatEdge: (_, attributes) => format(attributes, edgeEncodings),
  });
  return protectLineSeparators(text.replace(SCHEMA_LOCATION, ""));
}

function jsonNames(encodings: Encodings): string[] {
  return [...encodings].filter(([, encoding]) => encoding === "json").map(([name]) => name);
}

/** Label and viz fields where GEXF has a place for them; everything else as typed attvalues. */
function format(attributes: Attributes, encodings: Encodings) {
  const out: { label?: string; viz: Record<string, string | number>; attributes: Attributes } = {
    viz: {},
    attributes: {},
  };
  for (const name in attributes) {
    const value: unknown = attributes[name];
    if (value === undefined) continue;
    const encoding = encodings.get(name);
    if (name === "label" && encoding === "string" && value !== "") out.label = xmlSafe(value as string);
    else if (VIZ_NUMBERS.has(name) && encoding === "number") out.viz[name] = value as number;
    else if (name === "color" && typeof value === "string" && HEX_COLOR.test(value)) out.viz.color = value;
    else
      out.attributes[name] = encoding === "string" ? xmlSafe(value as string) : encodeValue(value, encoding);
  }
  return out;
}

export function parseGexf(text: string): LoadResult {
  const xml = readXml(text, FORMAT, "gexf");
  if (!xml.ok) return xml;
  const problems = checkElements(xml.document, FORMAT);
  if (problems.length > 0) return { ok: false, problems };
  let graph;
  try {
    const parse = createGexfParser(null, xml.DocumentClass);
    graph = parse(ImportGraph as unknown as GraphConstructor, xml.document, {
      allowUndeclaredAttributes: true,
    });
  } catch (error) {
    return parserFailure(FORMAT, error);
  }
  const fileAttributes = graph.getAttributes();
  const meta = metaRecord(fileAttributes);
  if (typeof meta === "string")
    return parserFailure(FORMAT, new Error(`the <meta><${meta}> element is not valid JSON`));
  return validateImported(FORMAT, {
    graph,
    graphAttributes: meta?.attributes ?? fileAttributes,
    json: {
      graph: new Set(),
      node: new Set(meta?.json.node),
      edge: new Set(meta?.json.edge),
    },
  });
}

/**
 * Our record from `<meta><description>`; files written before GEXF validation kept it in a
 * `<claimgraph>` meta element of its own. A description from another tool is no record of ours.
 */
function metaRecord(attributes: Attributes): MetaRecord | "description" | typeof META | undefined {
  const legacy: unknown = attributes[META];
  if (typeof legacy === "string") {
    try {
      return JSON.parse(legacy) as MetaRecord;
    } catch {
      return META;
    }
  }
  const description: unknown = attributes.description;
  if (typeof description !== "string" || !description.startsWith(`{"${META}":`)) return undefined;
  try {
    return (JSON.parse(description) as Record<string, MetaRecord>)[META];
  } catch {
    return "description";
  }
}

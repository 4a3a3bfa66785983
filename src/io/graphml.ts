/**
 * GraphML in and out. graphology-graphml only parses, so the writer is here: one `<key>` per
 * attribute with its type, XML escaping, and lists and objects as JSON strings whose keys carry
 * `kg:encoding="json"` (an attribute of our own namespace, which other tools ignore) so the reader
 * turns them back into the same values.
 */
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { Attributes, GraphConstructor } from "graphology-types";
import type { ClaimGraph, LoadResult } from "../model";
import {
  elementEncodings,
  encodeValue,
  ImportGraph,
  inferEncodings,
  validateImported,
  type ElementClass,
  type Encoding,
  type Encodings,
} from "./attributes";
import { checkElements, parserFailure } from "./graph-xml";
import { escapeXml, readXml } from "./xml";

const FORMAT = "GraphML";
const KG_NAMESPACE = "urn:claim-graph-explorer:graphml";
const GRAPHML_TYPE: Record<Encoding, string> = {
  string: "string",
  number: "double",
  boolean: "boolean",
  json: "string",
};

export function writeGraphml(graph: ClaimGraph): string {
  const classes: [ElementClass, Encodings][] = [
    ["graph", inferEncodings([graph.getAttributes()])],
    ["node", elementEncodings(graph, "node")],
    ["edge", elementEncodings(graph, "edge")],
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xmlns:kg="${KG_NAMESPACE}"` +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const keyIds = new Map<ElementClass, Map<string, string>>();
  for (const [element, encodings] of classes) {
    const ids = new Map<string, string>();
    keyIds.set(element, ids);
    for (const [name, encoding] of encodings) {
      const id = `${element[0]}${ids.size}`;
      ids.set(name, id);
      const json = encoding === "json" ? ' kg:encoding="json"' : "";
      out.push(
        `  <key id="${id}" for="${element}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[encoding]}"${json}/>`,
      );
    }
  }
  const data = (element: ElementClass, attributes: Attributes, indent: string) => {
    const ids = keyIds.get(element)!;
    const encodings = classes.find(([c]) => c === element)![1];
    for (const name in attributes) {
      const value: unknown = attributes[name];
      if (value === undefined) continue;
      const text = String(encodeValue(value, encodings.get(name)));
      out.push(`${indent}<data key="${ids.get(name)}">${escapeXml(text)}</data>`);
    }
  };
  out.push('  <graph edgedefault="directed">');
  data("graph", graph.getAttributes(), "    ");
  graph.forEachNode((key, attributes) => {
    out.push(`    <node id="${escapeXml(key)}">`);
    data("node", attributes, "      ");
    out.push("    </node>");
  });
  graph.forEachEdge((key, attributes, source, target) => {
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    data("edge", attributes, "      ");
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function parseGraphml(text: string): LoadResult {
  const xml = readXml(text, FORMAT, "graphml");
  if (!xml.ok) return xml;
  const problems = checkElements(xml.document, FORMAT);
  if (problems.length > 0) return { ok: false, problems };
  const json = jsonKeys(xml.document);
  let graph;
  try {
    const parse = createGraphmlParser(null, xml.DocumentClass);
    graph = parse(ImportGraph as unknown as GraphConstructor, xml.document);
  } catch (error) {
    return parserFailure(FORMAT, error);
  }
  return validateImported(FORMAT, { graph, graphAttributes: graph.getAttributes(), json });
}

/** The attribute names whose `<key>` says its values are JSON, per element class. */
function jsonKeys(document: Document): Record<ElementClass, Set<string>> {
  const json: Record<ElementClass, Set<string>> = { graph: new Set(), node: new Set(), edge: new Set() };
  const keys = document.getElementsByTagName("key");
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const element = (key.getAttribute("for") || "node") as ElementClass;
    const name = key.getAttribute("attr.name");
    if (name && json[element] && key.getAttributeNS(KG_NAMESPACE, "encoding") === "json")
      json[element].add(name);
  }
  return json;
}

// @vitest-environment jsdom
/**
 * The same readers with the DOMParser a browser provides (here jsdom's), the path the explorer's
 * file picker takes: reading back, and reporting a broken file, must not depend on the environment.
 */
import { describe, expect, it } from "vitest";
import { parseGexf, writeGexf } from "../../src/io/gexf";
import { parseGraphml, writeGraphml } from "../../src/io/graphml";
import { formatProblem, serializeGraph } from "../../src/model";
import { awkwardGraph } from "./formats-fixture";

describe.each([
  { name: "GEXF", write: writeGexf, parse: parseGexf },
  { name: "GraphML", write: writeGraphml, parse: parseGraphml },
])("$name with the browser's DOMParser", ({ name, write, parse }) => {
  it("uses the native parser and reads back the same graph", () => {
    expect(typeof DOMParser).toBe("function");
    const result = parse(write(awkwardGraph()));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(serializeGraph(result.graph)).toEqual(serializeGraph(awkwardGraph()));
  });

  it("reports a truncated file as not well-formed XML", () => {
    const text = write(awkwardGraph());
    const result = parse(text.slice(0, text.length - 40));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${name}: not well-formed XML \\(.+\\)$`)),
    ]);
  });
});

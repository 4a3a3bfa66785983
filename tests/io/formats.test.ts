import { describe, expect, it } from "vitest";
import { claimsToCsv, CSV_HEADER } from "../../src/io/csv";
import { parseGexf, writeGexf } from "../../src/io/gexf";
import { parseGraphml, writeGraphml } from "../../src/io/graphml";
import { formatProblem, serializeGraph, type LoadResult } from "../../src/model";
import { AWKWARD, awkwardGraph } from "./formats-fixture";

function loaded(result: LoadResult) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.graph;
}

function messages(result: LoadResult): string[] {
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.problems.map(formatProblem);
}

const formats = [
  { name: "GEXF", write: writeGexf, parse: parseGexf },
  { name: "GraphML", write: writeGraphml, parse: parseGraphml },
];

describe.each(formats)("$name", ({ name, write, parse }) => {
  it("reads back exactly the graph it wrote: nodes, edges, parallel claims, every attribute", () => {
    const graph = awkwardGraph();
    const again = loaded(parse(write(graph)));
    expect(serializeGraph(again)).toEqual(serializeGraph(graph));
    expect(again.size).toBe(3);
    expect(again.getNodeAttribute("incident:montenegro-2022-08", "label")).toBe(AWKWARD);
  });

  it("escapes markup, ampersands and quotes instead of writing them raw", () => {
    const text = write(awkwardGraph());
    expect(text).not.toContain("<b>");
    expect(text).toContain("&lt;b&gt;");
    expect(text).toMatch(/ANSSI &lt;Agence(&gt;|>) &amp; co/);
    expect(text).toContain("Київ, 東京 🛡️");
  });

  it("keeps Unicode line and paragraph separators in keys, labels, quotes and graph attributes", () => {
    const graph = awkwardGraph();
    const odd = "line\u2028para\u2029next\u0085end";
    graph.setAttribute("title", odd);
    graph.setNodeAttribute("incident:montenegro-2022-08", "label", odd);
    graph.addNode(`organization:${odd}`, { label: odd, type: "organization", aliases: [odd], mentions: [] });
    const again = loaded(parse(write(graph)));
    expect(serializeGraph(again)).toEqual(serializeGraph(graph));
  });

  it("still writes a readable file when a label holds a character XML cannot represent", () => {
    const graph = awkwardGraph();
    graph.setNodeAttribute("state:france", "label", "Fr\u0001ance\u000c");
    const again = loaded(parse(write(graph)));
    expect(again.getNodeAttribute("state:france", "label")).toBe("Fr\uFFFDance\uFFFD");
  });

  it("writes an empty graph that reads back empty", () => {
    const graph = awkwardGraph();
    graph.clear();
    const again = loaded(parse(write(graph)));
    expect(again.order).toBe(0);
    expect(again.getAttribute("title")).toBe(graph.getAttribute("title"));
  });

  it("names the line of a truncated file", () => {
    const text = write(awkwardGraph());
    const found = messages(parse(text.slice(0, Math.floor(text.length / 2))));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${name}: not well-formed XML \\(.+\\)`));
  });

  it("says so when the file is of the other format or not XML at all", () => {
    const other = formats.find((f) => f.name !== name)!;
    expect(messages(parse(other.write(awkwardGraph())))[0]).toMatch(
      new RegExp(
        `^${name}: expected a <\\w+> root element, found <\\w+> \\(this looks like a ${other.name} file\\)`,
      ),
    );
    expect(messages(parse(JSON.stringify(serializeGraph(awkwardGraph()))))[0]).toMatch(
      new RegExp(`^${name}: not well-formed XML`),
    );
  });

  it("reports a bad attribute value with its schema path and the element's key", () => {
    const text = write(awkwardGraph()).replace(/"0\.875"|>0\.875</, (m) => m.replace("0.875", "3"));
    expect(messages(parse(text))).toEqual([
      'edges[0].attributes.confidence: expected at most 1 (edge "assisted:agency:anssi->state:montenegro")',
    ]);
  });

  it("reports an edge to a node that is not in the file", () => {
    const text = write(awkwardGraph()).replace('source="agency:anssi"', 'source="agency:nsa"');
    expect(messages(parse(text))).toEqual([
      `${name}: the source of edge "assisted:agency:anssi->state:montenegro", "agency:nsa", is not a node of the file`,
    ]);
  });
});

describe("files from other tools", () => {
  it("GEXF without our attributes gets one message saying what a claim graph needs", () => {
    const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="directed">
    <nodes><node id="0" label="Paris"/><node id="1" label="Lyon"/></nodes>
    <edges><edge id="0" source="0" target="1" weight="2"/></edges>
  </graph>
</gexf>`;
    const found = messages(parseGexf(gephi));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^GEXF: no node has a "type" attribute, so this is not a claim graph/);
    expect(found[0]).toMatch(/state, agency, organization, person, group or incident/);
  });

  it("GraphML with undirected edges is refused: claims have a direction", () => {
    const yed = writeGraphml(awkwardGraph()).replace('edgedefault="directed"', 'edgedefault="undirected"');
    expect(messages(parseGraphml(yed))[0]).toMatch(
      /edge ".+" is undirected; every claim goes from a source to a target/,
    );
  });

  it("GraphML typed lists written by hand as JSON are read as lists", () => {
    // A hand-made file with no kg:encoding marks: the data model's list attributes are still decoded.
    const text = writeGraphml(awkwardGraph()).replace(/ kg:encoding="json"/g, "");
    const graph = loaded(parseGraphml(text));
    expect(graph.getNodeAttribute("state:montenegro", "aliases")).toContain("Montenegrin");
  });
});

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === "\n" || c === "\r")
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell || row.length) throw new Error("the last record does not end with CRLF");
  return rows;
}

describe("claims CSV", () => {
  const graph = awkwardGraph();
  const keys = graph.edges();

  it("has the header and one row per claim, in the order given, with names rather than keys", () => {
    const rows = readCsv(claimsToCsv(graph, [keys[1]!, keys[0]!]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      "attributed-to",
      AWKWARD,
      "France",
      "Jean-Noël Barrot; Montenegro",
      "suspected",
      "",
      "1",
      AWKWARD,
      "could not rule it out",
    ]);
  });

  it("keeps every quote and article of a claim, quoting commas, quotes and line breaks", () => {
    const [, row] = readCsv(claimsToCsv(graph, [keys[0]!]));
    expect(row!.slice(0, 3)).toEqual(["assisted", "ANSSI <Agence> & co", "Montenegro"]);
    expect(row![7]).toBe(`${AWKWARD}; 002.txt`);
    // Only a cell's first character can start a formula; the second quote sits inside the cell.
    expect(row![8]).toBe(`${AWKWARD}\n=HYPERLINK("http://evil")`);
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    const g = awkwardGraph();
    g.setNodeAttribute("state:france", "label", "=cmd|' /C calc'!A0");
    g.setNodeAttribute("state:montenegro", "label", "+1");
    g.setNodeAttribute("agency:anssi", "label", "@SUM(A1)");
    g.setEdgeAttribute(keys[0]!, "evidence", [{ doc: "002.txt", quote: "-2+3", start: 0, end: 4 }]);
    g.setEdgeAttribute(keys[1]!, "evidence", [{ doc: "002.txt", quote: "\t=1", start: 0, end: 3 }]);
    const rows = readCsv(claimsToCsv(g, keys));
    expect(rows[1]!.slice(1, 3)).toEqual(["'@SUM(A1)", "'+1"]);
    expect(rows[1]![8]).toBe("'-2+3");
    expect(rows[2]![2]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[2]![8]).toBe("'\t=1");
    expect(rows.flat().filter((cell) => /^[=+\-@\t]/.test(cell))).toEqual([]);
  });

  it("skips keys that are not claims of the graph, and writes just the header for none", () => {
    expect(readCsv(claimsToCsv(graph, ["assisted:nobody->nowhere", keys[2]!]))).toHaveLength(2);
    expect(claimsToCsv(graph, [])).toBe(`${CSV_HEADER.join(",")}\r\n`);
  });
});

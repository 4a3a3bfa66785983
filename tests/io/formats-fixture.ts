import { edgeKey, loadGraph, type ClaimGraph } from "../../src/model";

/** Text that breaks naive XML and CSV writers: markup, entities, quotes, line breaks, non-Latin. */
export const AWKWARD = `He said "<b>no</b>" & left; it's 'fine' — Jean-Noël, Київ, 東京 🛡️\ttab\r\nnext line`;

/** A small claim graph using every attribute of the data model, with awkward text throughout. */
export function awkwardGraph(): ClaimGraph {
  const doc = "001_a&b<c>.txt";
  const result = loadGraph({
    attributes: {
      title: `Seeds & "others" <draft>`,
      generatedAt: "2026-11-22T00:00:00.000Z",
      documents: [
        {
          id: doc,
          title: AWKWARD,
          publisher: "Le Monde",
          published: "2022-08",
          url: "https://x.test/?a=1&b=2",
          chars: 500,
        },
        { id: "002.txt", title: "", chars: 90 },
      ],
    },
    nodes: [
      {
        key: "state:montenegro",
        attributes: {
          label: "Montenegro",
          type: "state",
          aliases: ["Montenegrin", 'the "Black Mountain"', "Crna Gora & co"],
          mentions: [{ doc, start: 0, end: 10 }],
          x: 0.125,
          y: -3.5e-7,
          size: 12,
          color: "#a1b2c3",
        },
      },
      {
        key: "state:france",
        attributes: { label: "France", type: "state", aliases: [], mentions: [], x: 10, y: 20 },
      },
      {
        key: "agency:anssi",
        attributes: {
          label: "ANSSI <Agence> & co",
          type: "agency",
          aliases: ["Agence nationale de la sécurité des systèmes d'information"],
          country: "state:france",
          mentions: [{ doc, start: 12, end: 17 }],
          x: 1,
          y: 2,
        },
      },
      {
        key: "person:jean-noel-barrot",
        attributes: {
          label: "Jean-Noël Barrot",
          type: "person",
          aliases: [],
          role: "Minister for Europe & Foreign Affairs",
          country: "state:france",
          mentions: [],
          x: 3,
          y: 4,
        },
      },
      {
        key: "incident:montenegro-2022-08",
        attributes: {
          label: AWKWARD,
          type: "incident",
          aliases: [],
          date: "2022-08",
          endDate: "2022-09-01",
          kind: "cyber",
          mentions: [],
          x: -5,
          y: 6,
          community: 3,
        },
      },
    ],
    edges: [
      {
        key: edgeKey("assisted", "agency:anssi", "state:montenegro"),
        source: "agency:anssi",
        target: "state:montenegro",
        attributes: {
          type: "assisted",
          date: "2022-08-30",
          claimants: [],
          stance: "asserted",
          evidence: [
            { doc, quote: AWKWARD, start: 20, end: 60 },
            {
              doc: "002.txt",
              quote: '=HYPERLINK("http://evil")',
              start: 0,
              end: 20,
              claimants: ["state:france"],
            },
          ],
          confidence: 0.875,
          origin: "extracted",
        },
      },
      {
        key: edgeKey("attributed-to", "incident:montenegro-2022-08", "state:france"),
        source: "incident:montenegro-2022-08",
        target: "state:france",
        attributes: {
          type: "attributed-to",
          claimants: ["person:jean-noel-barrot", "state:montenegro"],
          stance: "suspected",
          evidence: [
            { doc, quote: "could not rule it out", start: 70, end: 91, claimants: ["state:montenegro"] },
          ],
          confidence: 1,
          origin: "curated",
        },
      },
      {
        // A second claim between the same pair: parallel edges must survive.
        key: edgeKey("attacked", "incident:montenegro-2022-08", "state:france"),
        source: "incident:montenegro-2022-08",
        target: "state:france",
        attributes: {
          type: "attacked",
          claimants: [],
          stance: "asserted",
          evidence: [{ doc, quote: "", start: 95, end: 95 }],
          confidence: 0.5,
          origin: "extracted",
        },
      },
    ],
  });
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.problems)}`);
  return result.graph;
}

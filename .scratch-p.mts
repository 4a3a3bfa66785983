import { readFileSync, readdirSync } from "node:fs";
import { createExtractionContext, extractDocument } from "./src/extract/index.ts";
import { createGraphBuilder } from "./src/graph/build.ts";
const ctx = createExtractionContext(JSON.parse(readFileSync("graph-data/entities.json", "utf8")));
const files = readdirSync("/tmp/kg-sigint").sort().slice(0, 1000);
const b = createGraphBuilder();
let te = 0, tb = 0;
for (const f of files) {
  const text = readFileSync("/tmp/kg-sigint/" + f, "utf8");
  let t = performance.now();
  const x = extractDocument({ id: f, text }, ctx);
  te += performance.now() - t; t = performance.now();
  b.add(x);
  tb += performance.now() - t;
}
let t = performance.now(); const g = b.graph(); const tg = performance.now() - t;
console.log({ extractMsPerDoc: te / files.length, builderMsPerDoc: tb / files.length, graphMs: tg, order: g.order, size: g.size });

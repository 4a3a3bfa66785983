import { syntheticGraph } from "./src/cli/bench/synthetic-graph";
import { createClaimGraph } from "./src/model";
import { hasGraphShape, withDefaults } from "./src/model/shape";
import { writeFileSync, readFileSync } from "node:fs";
const mode = process.argv[2];
if (mode === "gen") { writeFileSync("/tmp/g10k.json", JSON.stringify(syntheticGraph(10000, 50000))); process.exit(0); }
const text = readFileSync("/tmp/g10k.json", "utf8");
let t = performance.now();
const json = JSON.parse(text);
console.log("parse", Math.round(performance.now() - t));
t = performance.now(); hasGraphShape(json); console.log("shape", Math.round(performance.now() - t));
t = performance.now(); const data = withDefaults(json, true); console.log("defaults", Math.round(performance.now() - t));
t = performance.now();
const g = createClaimGraph(); g.import(data as never);
console.log("import", Math.round(performance.now() - t));

import { syntheticGraph } from "./src/cli/bench/synthetic-graph";
import { loadGraph, createClaimGraph } from "./src/model";
import { hasGraphShape } from "./src/model/shape";
let t = performance.now();
let text = JSON.stringify(syntheticGraph(100000, 500000));
console.log("gen+stringify", Math.round(performance.now() - t), (text.length / 1e6).toFixed(0), "MB");
for (let k = 0; k < 2; k++) {
  t = performance.now(); const json = JSON.parse(text); const tp = performance.now() - t;
  t = performance.now(); const ok = hasGraphShape(json); const ts = performance.now() - t;
  t = performance.now(); const g = createClaimGraph(); g.import(json); const ti = performance.now() - t;
  console.log("parse", Math.round(tp), "shape", ok, Math.round(ts), "import", Math.round(ti));
  t = performance.now(); const r = loadGraph(text); console.log("loadGraph(text)", r.ok, Math.round(performance.now() - t));
}

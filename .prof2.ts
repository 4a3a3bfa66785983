import { loadGraph } from "./src/model";
import { readFileSync } from "node:fs";
const text = readFileSync("/tmp/g10k.json", "utf8");
for (let k = 0; k < 3; k++) {
const json = JSON.parse(text);
const t = performance.now(); loadGraph(json); console.log("loadGraph", Math.round(performance.now() - t));
}

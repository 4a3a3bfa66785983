import { readFileSync } from "node:fs";
import { loadGraph as newLoad } from "./src/model";
import { loadGraph as oldLoad } from "./.old-graph";
const text = readFileSync("/tmp/ab-10k.json", "utf8");
const f = process.argv[2] === "old" ? oldLoad : newLoad;
const c = process.cpuUsage(); const t = performance.now(); const r = f(text); const d = process.cpuUsage(c);
console.log(process.argv[2], r.ok, "wall", Math.round(performance.now() - t), "cpu", Math.round((d.user + d.system) / 1000));

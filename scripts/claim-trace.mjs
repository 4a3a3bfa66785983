// Which rule and reading made the found and the false claims of scored dev sets, from the eval's
// JSON and its CLAIM_TRACE lines (src/extract/trace.ts). Run each set as
//   CLAIM_TRACE=1 npm run eval -- --docs D --gold G --json > OUT/SET.json 2> OUT/SET.err
// then `node scripts/claim-trace.mjs OUT`: one row per edge type and rule/reading, found and false
// claims summed over every SET.json in OUT, the false split into non-gold end / wrong relation
// between gold ends / unpaired incident, sorted by how much each costs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/claim-trace.mjs DIR (SET.json and SET.err files)");
const rows = new Map();
const row = (key) => rows.get(key) ?? rows.set(key, { found: 0, false: 0, end: 0, rel: 0, inc: 0 }).get(key);

/** The trace's lines by document: claims (TRACE), owners (OWNER), and which reading gave a body's owner (READING). */
function readTrace(file) {
  const lines = { TRACE: new Map(), OWNER: new Map(), READING: new Map() };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const kind = line.slice(0, line.indexOf(" "));
    const map = lines[kind];
    if (!map) continue;
    const t = JSON.parse(line.slice(kind.length + 1));
    (map.get(t.doc) ?? map.set(t.doc, []).get(t.doc)).push(t);
  }
  return { claims: lines.TRACE, owners: lines.OWNER, readings: lines.READING };
}

/** The readings that made a scored edge: traced claims of its type and ends, else sharing one end (keys move after claiming). */
function readingsOf(edge, claims, owners, readings) {
  const same = (t) => t.type === edge.type && t.source === edge.source && t.target === edge.target;
  const near = (t) => t.type === edge.type && (t.source === edge.source || t.target === edge.target);
  const made = claims.filter(same).length ? claims.filter(same) : claims.filter(near);
  if (made.length === 0) return ["untraced"];
  const names = made.map((t) => {
    if (!t.rule.startsWith("part-of"))
      return t.stack[0] === "attribute" || t.stack[0] === "emitHelp" ? `${t.rule}/${t.stack[0]}` : t.rule;
    const own = owners.filter((o) => o.key === t.source);
    const o = own.find((x) => x.home) ?? own[0];
    if (!o) return t.rule;
    const how = o.home
      ? "speaking-home"
      : o.settled
        ? `settled:${o.settled}`
        : o.stack[0] === "addInstitution"
          ? `inst:${readings.find((r) => r.key === o.key)?.reading}`
          : o.stack[0];
    return `${t.rule}/${how}`;
  });
  return [...new Set(names)];
}

for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  if (!report.documents) continue;
  const { claims, owners, readings } = readTrace(join(dir, file.replace(/\.json$/, ".err")));
  for (const d of report.documents) {
    const traced = claims.get(d.doc) ?? [];
    const owned = owners.get(d.doc) ?? [];
    const read = readings.get(d.doc) ?? [];
    for (const edge of d.foundClaims ?? []) {
      const names = readingsOf(edge, traced, owned, read);
      for (const n of names) row(`${edge.type}\t${n}`).found += 1 / names.length;
    }
    for (const edge of d.falseClaims) {
      const kind = edge.unmatched.some((u) => u.type === "incident")
        ? "inc"
        : edge.unmatched.length
          ? "end"
          : "rel";
      const names = readingsOf(edge, traced, owned, read);
      for (const n of names) {
        const r = row(`${edge.type}\t${n}`);
        r.false += 1 / names.length;
        r[kind] += 1 / names.length;
      }
    }
  }
}
const cost = (r) => r.false - r.found / 2;
console.log("type\treading\tfound\tfalse\tprecision\tend/rel/inc");
for (const [key, r] of [...rows].sort((a, b) => cost(b[1]) - cost(a[1])))
  console.log(
    `${key}\t${r.found.toFixed(1)}\t${r.false.toFixed(1)}\t${(r.found / (r.found + r.false)).toFixed(2)}\t${[r.end, r.rel, r.inc].map((n) => Math.round(n)).join("/")}`,
  );

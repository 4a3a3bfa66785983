/** The evaluation report as a person reads it: tables first, mistakes next, corpus totals last. */
import { EDGE_TYPES } from "../model";
import { metricsOf, type Tally } from "./metrics";
import type { DocumentScore, EvaluationReport } from "./score";

const fixed = (x: number) => x.toFixed(2);

/** `relations  P 0.91  R 0.88  F1 0.89  (correct 40/44 claimed, found 38/43 gold)` */
function totalLine(name: string, t: Tally): string {
  const m = metricsOf(t);
  return `${name.padEnd(10)} P ${fixed(m.precision)}  R ${fixed(m.recall)}  F1 ${fixed(m.f1)}  (correct ${t.correct}/${t.extracted} claimed, found ${t.found}/${t.gold} gold)`;
}

function table(title: string, rows: [string, Tally][]): string[] {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  const head = `${title.padEnd(width)}  ${["P", "R", "F1"].map((h) => h.padStart(5)).join(" ")}  correct/claimed  found/gold`;
  return [
    head,
    ...rows.map(([name, t]) => {
      const m = metricsOf(t);
      const cells = [m.precision, m.recall, m.f1].map((x) => fixed(x).padStart(5)).join(" ");
      return `${name.padEnd(width)}  ${cells}  ${`${t.correct}/${t.extracted}`.padStart(15)}  ${`${t.found}/${t.gold}`.padStart(10)}`;
    }),
  ];
}

function mistakes(d: DocumentScore): string[] {
  const lines: string[] = [];
  if (d.missed.length > 0) {
    lines.push(`  missed (${d.missed.length}):`);
    for (const m of d.missed)
      lines.push(`    ${m.type}: ${m.sourceName} → ${m.targetName}`, `      “${m.evidence}”`);
  }
  if (d.falseClaims.length > 0) {
    lines.push(`  wrong (${d.falseClaims.length}):`);
    for (const f of d.falseClaims) {
      const why = f.unmatched
        .map((u) =>
          u.type === "incident"
            ? `the ${u.end} pairs with no gold incident`
            : `no gold ${u.type} for the ${u.end}`,
        )
        .join("; ");
      lines.push(`    ${f.type}: ${f.sourceLabel} → ${f.targetLabel}${why ? `  [${why}]` : ""}`);
      for (const q of f.quotes) lines.push(`      “${q}”`);
    }
  }
  for (const c of d.claimantMismatches)
    lines.push(
      `  claimants of ${c.source} → ${c.target}: extracted [${c.extracted.join(", ")}], gold [${c.gold.join(", ")}]`,
    );
  if (d.missedEntities.length > 0)
    lines.push(`  entities missed: ${d.missedEntities.map((e) => `${e.name} (${e.type})`).join(", ")}`);
  if (d.falseEntities.length > 0)
    lines.push(`  entities not in gold: ${d.falseEntities.map((e) => `${e.name} (${e.type})`).join(", ")}`);
  return lines;
}

export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(
    ...table(
      "relations by document",
      report.documents.map((d) => [d.doc, d.relations]),
    ),
    "",
  );
  lines.push(
    ...table(
      "entities by document",
      report.documents.map((d) => [d.doc, d.entities]),
    ),
    "",
  );
  const types = EDGE_TYPES.flatMap((type) => {
    const t = report.byType[type];
    return t ? [[type, t] as [string, Tally]] : [];
  });
  lines.push(...table("relations by edge type", types), "");
  for (const d of report.documents) {
    const body = mistakes(d);
    if (body.length > 0) lines.push(`${d.doc}`, ...body, "");
  }
  lines.push("corpus (summed over documents)");
  lines.push(
    totalLine("relations", report.relations),
    totalLine("entities", report.entities),
    totalLine("claimants", report.claimants),
  );
  return lines.join("\n");
}

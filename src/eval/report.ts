/** The evaluation report as a person reads it: tables first, mistakes next, corpus totals last. */
import { EDGE_TYPES } from "../model";
import type { UnpairedCause, UnpairedIncident } from "./incident-diagnosis";
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
  const unpaired = [
    ...d.unpairedIncidents.gold.map((u) => unpairedLine(u, "gold")),
    ...d.unpairedIncidents.extracted.map((u) => unpairedLine(u, "extracted")),
  ];
  if (unpaired.length > 0) lines.push(`  incidents unpaired (${unpaired.length}):`, ...unpaired);
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

const OTHER_SIDE = { gold: "extracted", extracted: "gold" } as const;

/** Why an incident of one side did not pair, in words. */
function causeText(u: UnpairedIncident, side: "gold" | "extracted"): string {
  const other = OTHER_SIDE[side];
  const sharing = `the ${other} incident sharing an end`;
  const dated = side === "gold" ? `${sharing} is` : "it shares an end with a gold incident but is";
  const extractedDate = side === "gold" ? u.nearest?.date : u.date;
  const texts: Record<UnpairedCause, string> = {
    none: `no ${other} incident in the document`,
    "no-shared-end": `no ${other} incident shares its name, a target or an actor`,
    "end-unmatched": `${u.unmatchedEnds.join(", ")} ${side === "gold" ? "matched by no extracted node" : "matching no gold entity"} (an entity problem)`,
    "gold-undated": "the gold incident is undated",
    undated: `${dated} undated`,
    "publication-date": `${dated} dated ${extractedDate}, the publication date`,
    "other-year": `${dated} dated in another year`,
    "other-month": `${dated} dated in another month`,
    merged: `${sharing} was paired with ${u.nearest?.pairedWith} (two gold incidents merged into one)`,
    split: `${sharing} was paired with ${u.nearest?.pairedWith} (one gold incident split in two)`,
  };
  return texts[u.cause];
}

/** `    gold “The port breach” (2021-05, 3 relations): … [cause]; nearest “Port attack” (2021-07)` */
function unpairedLine(u: UnpairedIncident, side: "gold" | "extracted"): string {
  const counted = side === "gold" ? "relations" : "false claims";
  const near = u.nearest ? `; nearest “${u.nearest.name}” (${u.nearest.date ?? "undated"})` : "";
  return `    ${side} “${u.name}” (${u.date ?? "undated"}, ${u.relations} ${counted}): ${causeText(u, side)} [${u.cause}]${near}`;
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

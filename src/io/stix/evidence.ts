/**
 * Evidence for the claims of a STIX bundle: every report is an article (a document); a note on a
 * claim is a quote, in the article of our own export it names, else a document of its own; a
 * claim with no note is evidenced by the reports that list it, else by a synthetic document of
 * the bundle that names the relationship each claim came from.
 */
import type { AnyStixReadObject, DocumentMeta, NodeAttributes } from "../../model";
import { of, partialDate, type PendingClaim } from "./pending";

export interface EvidenceInput {
  objects: AnyStixReadObject[];
  /** The file name, for the synthetic document and its notice. */
  name: string;
  nodes: ReadonlyMap<string, NodeAttributes>;
  nodeOf: ReadonlyMap<string, string>;
  claims: ReadonlyMap<string, PendingClaim>;
  claimsOfRef: ReadonlyMap<string, PendingClaim>;
  skip: (what: string) => void;
}

export function attachEvidence(input: EvidenceInput): {
  documents: DocumentMeta[];
  texts: Map<string, string>;
  notices: string[];
} {
  const { objects, name, nodes, nodeOf, claims, claimsOfRef, skip } = input;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const texts = new Map<string, string>();
  // Documents: every report is an article; notes are quotes in one, or documents of their own.
  const documents = new Map<string, DocumentMeta>();
  const reportOf = new Map<string, DocumentMeta>();
  /** The reports (as documents) that list each object, by its id. */
  const reportsListing = new Map<string, DocumentMeta[]>();
  const addDocument = (meta: DocumentMeta, text?: string) => {
    let id = meta.id;
    for (let n = 2; documents.has(id); n++) id = `${meta.id} (${n})`;
    const doc = { ...meta, id };
    documents.set(id, doc);
    if (text !== undefined) texts.set(id, text);
    return doc;
  };
  for (const report of of(objects, "report")) {
    const ours = report.x_claimgraph_chars !== undefined;
    const text = report.description ?? report.name;
    const url = report.external_references?.find((r) => r.url)?.url;
    const publisher =
      report.x_claimgraph_publisher ??
      (report.created_by_ref ? nodes.get(nodeOf.get(report.created_by_ref) ?? "")?.label : undefined);
    const published =
      report.x_claimgraph_date ?? (report.x_claimgraph_undated ? undefined : partialDate(report.published));
    const doc = addDocument(
      {
        id: report.x_claimgraph_document ?? report.id,
        title: report.name,
        ...(publisher ? { publisher } : {}),
        ...(published ? { published } : {}),
        ...(url ? { url } : {}),
        chars: ours ? report.x_claimgraph_chars! : text.length,
      },
      ours ? undefined : text,
    );
    reportOf.set(report.id, doc);
    for (const ref of report.object_refs) reportsListing.set(ref, [...(reportsListing.get(ref) ?? []), doc]);
    if (report.x_claimgraph_document) reportOf.set(report.x_claimgraph_document, doc);
  }

  for (const note of of(objects, "note")) {
    const onClaims = [
      ...new Set(note.object_refs.map((ref) => claimsOfRef.get(ref)).filter((c) => c !== undefined)),
    ];
    if (onClaims.length === 0) {
      const onOwnReport = note.object_refs.every((ref) => byId.get(ref)?.type === "report");
      if (!(onOwnReport && note.abstract === "Publication date unknown"))
        skip("notes on no imported claim (their text is not imported)");
      continue;
    }
    const article = note.x_claimgraph_document ? reportOf.get(note.x_claimgraph_document) : undefined;
    const { x_claimgraph_start: start, x_claimgraph_end: end } = note;
    const span =
      article && start !== undefined && end !== undefined && start <= end && end <= article.chars
        ? { doc: article.id, start, end }
        : undefined;
    const doc =
      span?.doc ??
      addDocument(
        {
          id: note.id,
          title: note.abstract ?? `Note ${note.id}`,
          ...(partialDate(note.created) ? { published: partialDate(note.created)! } : {}),
          chars: note.content.length,
        },
        note.content,
      ).id;
    const claimants = (note.x_claimgraph_evidence_claimants ?? [])
      .map((ref) => nodeOf.get(ref))
      .filter((c) => c !== undefined);
    for (const claim of onClaims)
      claim.evidence.push({
        doc,
        quote: note.content,
        start: span?.start ?? 0,
        end: span?.end ?? note.content.length,
        ...(claimants.length ? { claimants } : {}),
      });
  }

  // Claims no note evidences: the reports that list them, else the synthetic document.
  const unsupported: PendingClaim[] = [];
  for (const claim of claims.values()) {
    if (claim.evidence.length > 0) continue;
    const listing = new Set(claim.refs.flatMap((ref) => reportsListing.get(ref) ?? []));
    for (const doc of listing) {
      const text = texts.get(doc.id);
      if (text !== undefined) claim.evidence.push({ doc: doc.id, quote: text, start: 0, end: text.length });
    }
    if (claim.evidence.length === 0) unsupported.push(claim);
  }
  const notices: string[] = [];
  if (unsupported.length > 0) {
    const lines = [`Claims of the STIX bundle ${name} that no report or note of it supports:`];
    let offset = lines[0]!.length + 1;
    const spans = unsupported.map((claim) => {
      const line = `${claim.summary} (${claim.refs.join(", ")})`;
      lines.push(line);
      const span = { start: offset, end: offset + line.length };
      offset += line.length + 1;
      return span;
    });
    const text = lines.join("\n");
    const doc = addDocument(
      { id: `${name} (STIX bundle)`, title: `STIX bundle ${name}`, chars: text.length },
      text,
    );
    unsupported.forEach((claim, i) =>
      claim.evidence.push({ doc: doc.id, quote: text.slice(spans[i]!.start, spans[i]!.end), ...spans[i]! }),
    );
    notices.push(
      `${name}: ${unsupported.length} claim${unsupported.length > 1 ? "s have" : " has"} no report or note; the evidence shown is the document "${doc.title}", which lists them.`,
    );
  }
  return { documents: [...documents.values()], texts, notices };
}

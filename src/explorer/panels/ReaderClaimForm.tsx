/**
 * A claim from a passage of the article in the reader: select text, pick the two ends and the type
 * (only those the data model allows between them), add. The selection is the evidence, with
 * offsets into the original file: the reader shows the text the extractor read, where HTML markup
 * is blanked out in place, so a character's position in it is its position in the file.
 */
import { useEffect, useState, type RefObject } from "react";
import { edgeKey } from "../../model";
import { entityRef } from "../../graph/review";
import { useExplorer } from "../state/context";
import { useReview, useWorkbench } from "../workspace/context";
import { ClaimEndsFields } from "./ClaimEndsFields";
import { useClaimEnds } from "./useClaimEnds";

interface Passage {
  start: number;
  end: number;
  quote: string;
}

/** The selection inside `element` as character offsets of its text, or null. */
function selectedPassage(element: HTMLElement): Passage | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const raw = range.toString();
  // Evidence is the passage without the blanks around it.
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (!quote) return null;
  return { start: start + lead, end: start + lead + quote.length, quote };
}

export function ReaderClaimForm({ doc, article }: { doc: string; article: RefObject<HTMLElement | null> }) {
  const { graph, store } = useExplorer();
  const value = useWorkbench();
  const review = useReview();
  const [passage, setPassage] = useState<Passage | null>(null);
  const ends = useClaimEnds({ source: null, target: null, type: null });
  const { source, target, type: chosen } = ends;

  useEffect(() => {
    const onChange = () => {
      const element = article.current;
      const found = element ? selectedPassage(element) : null;
      // A click elsewhere (into the pickers) keeps the passage chosen last.
      if (found) setPassage(found);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [article]);

  if (!value || !passage) return null;
  return (
    <form
      className="reader-claim"
      aria-label="Add a claim from the selection"
      onSubmit={(event) => {
        event.preventDefault();
        if (!source || !target || !chosen) return;
        store.set({
          selection: { kind: "edge", key: edgeKey(chosen, source, target) },
          reader: { doc, start: passage.start, end: passage.end, quote: passage.quote },
        });
        void review({
          op: "add-claim",
          claim: {
            type: chosen,
            source: entityRef(graph, source),
            target: entityRef(graph, target),
            stance: "asserted",
            claimants: [],
            evidence: [{ doc, quote: passage.quote, start: passage.start, end: passage.end }],
          },
        });
      }}
    >
      <p>
        Selected: <q>{passage.quote}</q>
      </p>
      <ClaimEndsFields ends={ends} prefix="Claim " none="pick two entities first" />
      <button type="submit" disabled={!chosen}>
        Add claim
      </button>
      <button type="button" onClick={() => setPassage(null)}>
        Clear selection
      </button>
    </form>
  );
}

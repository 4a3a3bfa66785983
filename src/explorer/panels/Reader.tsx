/**
 * The article behind a quote, with the quoted sentence highlighted and scrolled into view. The
 * text is rendered as React text nodes (never as HTML): article text is data.
 */
import { useEffect, useRef, useState } from "react";
import { useExplorer, useViewState } from "../state/context";
import { type ReaderTarget } from "../state/store";
import { ReaderClaimForm } from "./ReaderClaimForm";

type Text = { target: ReaderTarget; text: string | null };

export function Reader() {
  const { documents, store, index } = useExplorer();
  const target = useViewState((s) => s.reader);
  const [loaded, setLoaded] = useState<Text | null>(null);
  const mark = useRef<HTMLElement>(null);
  const article = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!target) return;
    let cancelled = false;
    void documents.load(target.doc).then((text) => {
      if (!cancelled) setLoaded({ target, text });
    });
    return () => {
      cancelled = true;
    };
  }, [documents, target]);

  const ready = loaded && loaded.target === target ? loaded : null;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [ready]);

  if (!target) return null;
  const meta = index.documents.get(target.doc);
  const text = ready?.text;
  const inRange = text != null && target.end <= text.length && target.start <= target.end;
  return (
    <section aria-label="Reader" className="reader">
      <header>
        <h2>{meta?.title || target.doc}</h2>
        <p className="meta">
          {[meta?.publisher, meta?.published].filter(Boolean).join(" · ")}
          {meta?.url && (
            <>
              {" · "}
              <a href={meta.url} target="_blank" rel="noreferrer noopener">
                original
              </a>
            </>
          )}
        </p>
        <button type="button" aria-label="Close reader" onClick={() => store.set({ reader: null })}>
          ×
        </button>
      </header>
      {!ready ? (
        <p role="status">Loading the article…</p>
      ) : inRange ? (
        <div className="article" tabIndex={0} aria-label="Article text" ref={article}>
          {text.slice(0, target.start)}
          <mark ref={mark}>{text.slice(target.start, target.end)}</mark>
          {text.slice(target.end)}
        </div>
      ) : (
        <div className="unavailable">
          <p>
            {text == null
              ? `The text of “${target.doc}” is not available here (for a graph opened from a file, or when the documents are not published beside the graph).`
              : `The quote's position is outside “${target.doc}” as published here.`}
          </p>
          {target.quote && (
            <blockquote>
              <mark>{target.quote}</mark>
            </blockquote>
          )}
        </div>
      )}
      {ready && inRange && <ReaderClaimForm key={target.doc} doc={target.doc} article={article} />}
    </section>
  );
}

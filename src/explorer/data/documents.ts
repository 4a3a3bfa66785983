/**
 * Where the reader gets article text. The bundled graph's documents ship with the app (Vite emits
 * them as assets); any other graph's documents are looked up at `documents/<id>` beside the graph
 * file; a graph opened from the disk has none (the reader then shows the quote alone).
 */
export interface DocumentSource {
  /** The document's text, or `null` when it cannot be had (the reader says so). */
  load(id: string): Promise<string | null>;
}

// Texts of dump records (`feed.jsonl#12`, written by `npm run ingest`) are left out: Vite cannot
// import a path holding "#", and the build would fail on them.
const bundledUrls = import.meta.glob(["../../../graph-data/documents/*", "!**/*#*"], {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

function fetchText(url: string): Promise<string | null> {
  return fetch(url)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
}

/** Caches each document's text (a quote click and the next one in the same article share it). */
function cached(fetchOne: (id: string) => Promise<string | null>): DocumentSource {
  const texts = new Map<string, Promise<string | null>>();
  return {
    load(id) {
      let text = texts.get(id);
      if (!text) {
        text = fetchOne(id);
        texts.set(id, text);
      }
      return text;
    },
  };
}

export function bundledDocuments(): DocumentSource {
  const byId = new Map(
    Object.entries(bundledUrls).map(([path, url]) => [path.slice(path.lastIndexOf("/") + 1), url]),
  );
  return cached((id) => {
    const url = byId.get(id);
    return url ? fetchText(url) : Promise.resolve(null);
  });
}

/** Documents beside a graph served over HTTP: `<graph folder>/documents/<id>`. */
export function documentsBeside(graphUrl: string): DocumentSource {
  return cached((id) => fetchText(new URL(`documents/${encodeURIComponent(id)}`, graphUrl).href));
}

/** Documents a file brought with it (a STIX bundle's reports and notes). */
export function textDocuments(texts: ReadonlyMap<string, string>): DocumentSource {
  return { load: (id) => Promise.resolve(texts.get(id) ?? null) };
}

export const noDocuments: DocumentSource = { load: () => Promise.resolve(null) };

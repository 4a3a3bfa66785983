/** The reader's articles in a workspace: the texts added in the browser, else where its first graph came from. */
import { bundledDocuments, documentsBeside, noDocuments, type DocumentSource } from "../data/documents";
import type { BaseSource } from "../../model";

export function workspaceDocuments(texts: ReadonlyMap<string, string>, base: BaseSource): DocumentSource {
  const fallback =
    base.kind === "bundled"
      ? bundledDocuments()
      : base.kind === "url"
        ? documentsBeside(base.url)
        : noDocuments;
  return {
    load: (id) => {
      const text = texts.get(id);
      return text !== undefined ? Promise.resolve(text) : fallback.load(id);
    },
  };
}

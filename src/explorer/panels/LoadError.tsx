/** A graph that could not be loaded: which file, every problem with its path, and what to do. */
import { formatProblem } from "../../model";
import type { LoadFailure } from "../data/load";
import { FileOpenButton } from "./FileOpen";

const MAX_SHOWN = 50;

export function LoadError({
  failure,
  onOpenFile,
}: {
  failure: LoadFailure;
  onOpenFile: (file: File) => void;
}) {
  const { source, problems } = failure;
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-title">
      <h1 id="load-error-title">This graph could not be opened</h1>
      <p>
        <code>{source}</code>: {problems.length} problem{problems.length === 1 ? "" : "s"}
      </p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN && <p>…and {problems.length - MAX_SHOWN} more.</p>}
      <p>
        Fix the file (each path points into it, e.g. <code>edges[3].attributes.type</code>), regenerate it
        with <code>npm run ingest</code>, or open another graph file (JSON, GEXF or GraphML): drop it on this
        page or <FileOpenButton onFile={onOpenFile} />. <a href="?">Open the bundled graph</a>.
      </p>
    </section>
  );
}

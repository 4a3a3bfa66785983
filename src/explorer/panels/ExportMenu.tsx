/**
 * Export: PNG of the current view, the filtered graph (JSON, GEXF, GraphML, STIX 2.1), the visible
 * claims (CSV).
 */
import { useRef } from "react";
import type Sigma from "sigma";
import { download, EXPORT_FORMATS, exportFile, type ExportFormat } from "../data/exports";
import { useExplorer, useVisibility } from "../state/context";
import { notify } from "../state/store";
import { WorkbenchExports } from "./WorkbenchExports";

const LABELS: Record<ExportFormat, string> = {
  json: "Graph JSON (filtered)",
  gexf: "GEXF (filtered)",
  graphml: "GraphML (filtered)",
  csv: "CSV of visible claims",
  stix: "STIX 2.1 bundle (filtered)",
};

export function ExportMenu({ sigma }: { sigma: { current: Sigma | null } }) {
  const { graph, store } = useExplorer();
  const visibility = useVisibility();
  const baseName = "claim-graph";
  const menu = useRef<HTMLDetailsElement>(null);

  const run = async (what: string, make: () => Promise<{ name: string; blob: Blob }>) => {
    if (menu.current) menu.current.open = false;
    try {
      const { name, blob } = await make();
      download(name, blob);
      notify(store, `Exported ${what} as ${name}.`);
    } catch (error) {
      notify(store, `Could not export ${what}: ${(error as Error).message}`);
    }
  };

  return (
    <details className="export-menu" ref={menu}>
      <summary>Export</summary>
      <ul>
        <li>
          <button
            type="button"
            onClick={() =>
              run("the view", async () => {
                if (!sigma.current) throw new Error("the graph is not drawn yet");
                // Loaded on first use: the image exporter is not needed to show the graph.
                const { toBlob } = await import("@sigma/export-image");
                return {
                  name: `${baseName}.png`,
                  blob: await toBlob(sigma.current, { format: "png", backgroundColor: "#ffffff" }),
                };
              })
            }
          >
            PNG of the view
          </button>
        </li>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              onClick={() => run(LABELS[format], () => exportFile(format, graph, visibility, baseName))}
            >
              {LABELS[format]}
            </button>
          </li>
        ))}
        <WorkbenchExports run={run} />
      </ul>
    </details>
  );
}

/** The export menu's workbench entries: "Review log" (its own JSON file) and "Workspace" (one file). */
import { useWorkbench, useWorkbenchState } from "../workspace/context";

type Run = (what: string, make: () => Promise<{ name: string; blob: Blob }>) => Promise<void>;

const fileName = (name: string) =>
  name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-|-$/g, "") || "workspace";

export function WorkbenchExports({ run }: { run: Run }) {
  const value = useWorkbench();
  const workspace = useWorkbenchState((s) => s.workspace);
  if (!value || !workspace) return null;
  const base = fileName(workspace.meta.name);
  const make = (suffix: string, blob: Blob | null) => async () => {
    if (!blob) throw new Error("no workspace is open");
    return { name: `${base}${suffix}`, blob };
  };
  return (
    <>
      <li>
        <button
          type="button"
          onClick={() => void run("the review log", make(".review.json", value.workbench.exportReviewLog()))}
        >
          Review log
        </button>
      </li>
      <li>
        <button
          type="button"
          onClick={() =>
            void run("the workspace", make(".workspace.json", value.workbench.exportWorkspace()))
          }
        >
          Workspace
        </button>
      </li>
    </>
  );
}

/** The aria-live notice area: URL values dropped, exports done, metrics ready. Dismissable. */
import { useExplorer, useViewState } from "../state/context";

export function Notices() {
  const { store } = useExplorer();
  const notices = useViewState((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice, i) => (
        <p key={i} className="notice">
          {notice}
          <button
            type="button"
            aria-label="Dismiss notice"
            onClick={() => store.set((s) => ({ notices: s.notices.filter((_, j) => j !== i) }))}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}

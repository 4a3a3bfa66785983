/** Claims by review state: unreviewed and confirmed ones, and rejected ones only with "Show rejected". */
import { useExplorer } from "../state/context";
import { REVIEW_FILTERS, type ReviewFilter } from "../state/store";

const LABELS: Record<ReviewFilter, string> = {
  unreviewed: "Unreviewed",
  confirmed: "Confirmed",
  rejected: "Show rejected",
};

export function ReviewFilters({
  review,
  onChange,
}: {
  review: ReviewFilter[];
  onChange: (review: ReviewFilter[]) => void;
}) {
  const { index } = useExplorer();
  return (
    <fieldset>
      <legend>Review</legend>
      {REVIEW_FILTERS.map((state) => (
        <label key={state}>
          <input
            type="checkbox"
            checked={review.includes(state)}
            onChange={(e) =>
              onChange(e.target.checked ? [...review, state] : review.filter((s) => s !== state))
            }
          />
          {LABELS[state]} <span className="count">{index.reviewCounts[state]}</span>
        </label>
      ))}
    </fieldset>
  );
}

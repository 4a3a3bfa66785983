/** Two period selects that set the date-range filter: the keyboard's way to brush the timeline. */
import { useState } from "react";
import type { TimeBucket } from "../../graph/analytics/timeline";

export function PeriodPicker({
  buckets,
  range,
  onApply,
}: {
  buckets: TimeBucket[];
  range: [string | null, string | null];
  onApply: (range: [string | null, string | null]) => void;
}) {
  const [from, setFrom] = useState(range[0] ?? "");
  const [to, setTo] = useState(range[1] ?? "");
  const options = buckets.map((b) => (
    <option key={b.period} value={b.period}>
      {b.period}
    </option>
  ));
  return (
    <form
      className="kg-controls"
      aria-label="Period"
      onSubmit={(event) => {
        event.preventDefault();
        onApply([from || null, to || null]);
      }}
    >
      <label>
        From{" "}
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">start</option>
          {options}
        </select>
      </label>
      <label>
        To{" "}
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">end</option>
          {options}
        </select>
      </label>
      <button type="submit">Show this period</button>
      <button
        type="button"
        disabled={range[0] === null && range[1] === null}
        onClick={() => {
          setFrom("");
          setTo("");
          onApply([null, null]);
        }}
      >
        All dates
      </button>
    </form>
  );
}

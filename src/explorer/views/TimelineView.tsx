// Work in progress: replaced by the real view within the hour.
export function TimelineView() {
  return <section aria-label="TimelineView" />;
}

// Work in progress: replaced by the real view within the hour.
export function PathFinder() {
  return <section aria-label="PathFinder" />;
}

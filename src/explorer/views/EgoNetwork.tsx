// Work in progress: replaced by the real view within the hour.
export function EgoNetwork() {
  return <section aria-label="EgoNetwork" />;
}

/** The ingest command's options, read by the command and, before it loads, by its entry (ingest.ts). */
export const INGEST_OPTIONS = {
  out: { type: "string" },
  entities: { type: "string" },
  review: { type: "string" },
  title: { type: "string" },
  workers: { type: "string" },
  quiet: { type: "boolean" },
  json: { type: "boolean" },
} as const;

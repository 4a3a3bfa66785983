/**
 * The export formats, their file names and types: apart from the writers (export-text.ts), so
 * the explorer can list them without loading any writer.
 */
export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv", "stix"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILE: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: "json", mime: "application/json" },
  gexf: { extension: "gexf", mime: "application/xml" },
  graphml: { extension: "graphml", mime: "application/xml" },
  csv: { extension: "csv", mime: "text/csv" },
  stix: { extension: "stix.json", mime: "application/json" },
};

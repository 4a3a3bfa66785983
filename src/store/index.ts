/** The claim store: PostgreSQL or PGlite, written by queue workers, read by the API and the CLI. */
export { openStore } from "./store";
export { DEFAULT_DATA_DIR } from "./db";
export type * from "./types";

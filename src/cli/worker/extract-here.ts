/**
 * The extractor as `extractFiles` runs it (see extract-pool.ts): one bundle of these exports for the
 * calling thread and the workers alike, or, on the calling thread while no bundle is cached, these
 * TypeScript modules.
 */
export { createExtractionContext } from "../../extract";
export { extractFile } from "./extract-file";
export { serveExtractions } from "./extract-worker";

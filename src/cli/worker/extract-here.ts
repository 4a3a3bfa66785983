/**
 * The extractor as the calling thread of `extractFiles` runs it: bundled like the workers' code
 * (see extract-pool.ts, `hereExtractor`), or loaded as TypeScript modules while no bundle is cached.
 */
export { createExtractionContext } from "../../extract";
export { extractFile } from "./extract-file";

/** What the extractor knows before reading: the entity tables and the rules' trigger words. */
export * from "./entities";
export * from "./inflect";
export * from "./words";
export { trieAlternation } from "./alternations";

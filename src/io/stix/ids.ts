/**
 * Deterministic STIX identifiers: UUIDv5 of our own keys in a namespace of this project, so a
 * re-export of the same graph names the same objects and OpenCTI updates them instead of
 * creating duplicates.
 */
import { v5 as uuidv5 } from "uuid";
import type { StixObjectType } from "./vocabulary";

/** The UUIDv5 namespace of claim-graph-explorer's STIX ids (fixed forever: changing it renames everything). */
const NAMESPACE = "fd67532b-aa8b-4b34-9914-86e4d117bb74";

const utf8 = new TextEncoder();

export function stixId(type: StixObjectType | "bundle", ...key: string[]): string {
  // Our own UTF-8 bytes: the same as uuid's for any text, and a lone surrogate (which uuid's
  // encoder throws on) becomes U+FFFD instead of failing the export.
  return `${type}--${uuidv5(utf8.encode(`${type}|${key.join("|")}`), NAMESPACE)}`;
}

/** The object type of an id (`identity--…` → `identity`). */
export function typeOfId(id: string): string {
  const at = id.indexOf("--");
  return at < 0 ? "" : id.slice(0, at);
}

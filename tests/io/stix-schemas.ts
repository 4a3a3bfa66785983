/**
 * The OASIS STIX 2.1 JSON schemas (../shared/stix2/schemas beside the repository), compiled with
 * ajv's 2020-12 build as ../shared/stack-notes.md describes: every file added by its `$id`, each
 * object validated with the schema of its own type.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";

export const STIX_SCHEMAS = resolve(__dirname, "../../../shared/stix2/schemas");

const FOLDERS = ["common", "sdos", "sros", "observables"] as const;

export function stixValidator() {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  const ids = new Map<string, string>();
  for (const folder of FOLDERS)
    for (const file of readdirSync(join(STIX_SCHEMAS, folder))) {
      if (!file.endsWith(".json")) continue;
      const schema = JSON.parse(readFileSync(join(STIX_SCHEMAS, folder, file), "utf8")) as { $id: string };
      ajv.addSchema(schema);
      if (folder === "sdos" || folder === "sros") ids.set(file.replace(/\.json$/, ""), schema.$id);
    }
  /** Problems of one object against the schema of its type; empty when it is valid. */
  return (object: { type: string; id: string; [property: string]: unknown }): string[] => {
    const id = ids.get(object.type);
    if (!id) return [`${object.id}: no OASIS schema for type "${object.type}"`];
    const validate = ajv.getSchema(id)!;
    if (validate(object)) return [];
    return (validate.errors ?? []).map((e) => `${object.id}${e.instancePath}: ${e.message}`);
  };
}

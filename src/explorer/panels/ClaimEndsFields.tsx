/**
 * The two ends of a claim and its type, as the claim editor and the reader's claim form ask for
 * them: pickers over the graph's entities, and only the types the data model allows between them.
 */
import { ChoiceField } from "./ChoiceField";
import { EntityPicker } from "./EntityPicker";
import type { ClaimEnds } from "./useClaimEnds";

/** `prefix` names the fields ("Claim " gives "Claim source", "Claim target", "Claim type"). */
export function ClaimEndsFields({ ends, prefix, none }: { ends: ClaimEnds; prefix: string; none: string }) {
  const name = (field: string) => (prefix ? `${prefix}${field}` : field[0]!.toUpperCase() + field.slice(1));
  return (
    <>
      <EntityPicker label={name("source")} value={ends.source} onChange={ends.setSource} />
      <EntityPicker label={name("target")} value={ends.target} onChange={ends.setTarget} />
      <ChoiceField
        label={name("type")}
        value={ends.type}
        options={ends.allowed}
        onChange={ends.setType}
        none={none}
      />
    </>
  );
}

/** Checks a gold file beyond its schema: every id a relation or an incident names is an entity of the file. */
import type { GoldDocument, Problem } from "../model";

export function checkGoldReferences(gold: GoldDocument): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  gold.entities.forEach((e, i) => {
    if (ids.has(e.id)) problems.push({ path: `entities[${i}].id`, message: `duplicate entity id "${e.id}"` });
    ids.add(e.id);
  });
  gold.entities.forEach((e, i) =>
    e.targets.forEach((t, j) => {
      if (!ids.has(t))
        problems.push({ path: `entities[${i}].targets[${j}]`, message: `unknown entity "${t}"` });
    }),
  );
  gold.relations.forEach((r, i) => {
    for (const end of ["source", "target"] as const)
      if (!ids.has(r[end]))
        problems.push({ path: `relations[${i}].${end}`, message: `unknown entity "${r[end]}"` });
  });
  return problems;
}

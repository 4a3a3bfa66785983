/**
 * The graph attribute `ego` of a neighbourhood fetched from the claim store (`GET /api/ego`): what
 * the fragment holds of what the store has, so the explorer can say what a capped expansion left out.
 */
import { z } from "zod";

export const EgoSummarySchema = z.object({
  /** The entity whose neighbourhood this is. */
  node: z.string().min(1),
  hops: z.number().int().min(1),
  /** Claims matching the query in the store. */
  total: z.number().int().min(0),
  /** Claims in this fragment. */
  returned: z.number().int().min(0),
  /** Claims the limit left out. */
  omitted: z.number().int().min(0),
});
export type EgoSummary = z.infer<typeof EgoSummarySchema>;

/** The `ego` attribute of a graph's attributes when it is one, else undefined. */
export function egoSummaryOf(attributes: Record<string, unknown>): EgoSummary | undefined {
  const parsed = EgoSummarySchema.safeParse(attributes.ego);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The condemn rule reads no condemnation into a negated verb ("did not condemn") or a modal one
 * ("would condemn"). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const condemners = (tail: string) =>
  extract(
    `WELLINGTON, 2 July 2025 (Reuters) - Hackers froze the payment servers of New Zealand's customs service on Monday. ${tail}`,
  )
    .claims.filter((c) => c.type === "condemned")
    .map((c) => c.source);

describe("condemn rule, verbs that condemn nothing", () => {
  it("takes no condemnation from a negated or a modal verb", () => {
    expect(condemners("Fiji pointedly did not condemn the attack at the forum.")).toEqual([]);
    expect(condemners("Samoa would condemn any such attack, its envoy told the forum.")).toEqual([]);
  });

  it("still takes a plain condemnation", () => {
    expect(condemners("Samoa strongly condemned the attack at the forum.")).toEqual(["state:samoa"]);
  });
});

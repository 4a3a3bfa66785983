/** Two thanks verbs joined by "and" share one thanker (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const text =
  "Intruders reached the e-mail accounts at Fiji's health ministry on Monday. The Ministry thanks Japan for its support, and also thanks Malta's government for its pledge to fly in specialists from the NCSC.";

describe("a second thanks verb joined to the first", () => {
  it("keeps the first verb's thanker: the state thanked first is not the one helped", () => {
    const ex = extract(text);
    expect(hasClaim(ex, "offered-help", "state:malta", "state:japan")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:malta", "state:fiji")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:japan", "state:fiji")).toBe(true);
  });

  it("leaves the team named in the second verb's offer to that verb: offered, not delivered", () => {
    const ex = extract(text);
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === "agency:ncsc-uk")).toBe(false);
    expect(hasClaim(ex, "offered-help", "agency:ncsc-uk", "state:fiji")).toBe(true);
  });
});

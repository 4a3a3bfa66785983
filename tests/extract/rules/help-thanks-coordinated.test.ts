/** Two thanks verbs joined by "and" share one thanker (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../helpers";

const text =
  "A denial-of-service flood knocked out the website of Namibia's Ministry of Information on Sunday. The Ministry thanks Botswana for the forensic work, and then thanks the United Kingdom for promising to dispatch analysts from the NCSC.";

describe("a second thanks verb joined to the first", () => {
  it("keeps the first verb's thanker: the state thanked first is not the one helped", () => {
    const ex = extract(text);
    expect(hasClaim(ex, "offered-help", "state:united-kingdom", "state:botswana")).toBe(false);
    expect(hasClaim(ex, "offered-help", "state:united-kingdom", "state:namibia")).toBe(true);
    expect(hasClaim(ex, "assisted", "state:botswana", "state:namibia")).toBe(true);
  });

  it("leaves the team named in the second verb's promise to that verb: offered, not delivered", () => {
    const ex = extract(text);
    const ncsc = "agency:ncsc-uk";
    expect(ex.claims.some((c) => c.type === "assisted" && c.source === ncsc)).toBe(false);
    expect(hasClaim(ex, "offered-help", ncsc, "state:namibia")).toBe(true);
  });
});

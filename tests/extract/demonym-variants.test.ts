/** Demonyms the news use beside the reference list's own (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("demonyms of a state", () => {
  it("reads 'Kazakh' and 'Uzbek' as their states, so a body they qualify is that state's", () => {
    const ex = extract(
      "The Kazakh transport ministry said its ticketing portal went dark on Sunday, and Uzbek officials offered their help.",
    );
    expect(ex.entities.some((e) => e.key === "state:kazakhstan")).toBe(true);
    expect(ex.entities.some((e) => e.key === "state:uzbekistan")).toBe(true);
    expect(ex.claims.some((c) => c.type === "part-of" && c.target === "state:kazakhstan")).toBe(true);
  });
});

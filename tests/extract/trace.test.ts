/** The claim trace (src/extract/trace.ts) is off unless CLAIM_TRACE is set: extraction then writes nothing to stderr. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { TRACE } from "../../src/extract/trace";
import { extract } from "./helpers";

describe("the claim trace", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is off by default and writes no line while an article is extracted", () => {
    expect(TRACE).toBe(Boolean(process.env["CLAIM_TRACE"]));
    if (TRACE) return;
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const ex = extract(
      "Hackers froze the customs portal of Malawi on Friday. The electoral commission said Belarus was behind the attack.",
    );
    expect(ex.claims.length).toBeGreaterThan(0);
    expect(error).not.toHaveBeenCalled();
  });
});

/** A threat group is never the one helped (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

describe("a threat group named after a verb of help", () => {
  it("is what the help is about, not who is helped", () => {
    const ex = extract(
      "Spies copied the booking records of the Porto ferry company on Friday. Spain's CCN-CERT pledged to pass its files on APT29 to Portugal's police.",
    );
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target === "group:apt29")).toBe(false);
  });
});

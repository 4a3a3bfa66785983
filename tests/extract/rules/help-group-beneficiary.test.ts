/** A threat group is never the one helped (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

describe("a threat group named after a verb of help", () => {
  it("is what is shared, not who is helped", () => {
    const ex = extract(
      "Ransomware froze the ticket machines of the Riga tram operator on Friday. Estonia's CERT-EE offered to pass along all it holds about APT29 to the Latvian police.",
    );
    expect(ex.claims.some((c) => c.type === "offered-help" && c.target === "group:apt29")).toBe(false);
  });
});

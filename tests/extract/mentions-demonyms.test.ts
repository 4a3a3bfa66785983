/** Demonyms news use that the country table lacks (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("extra demonyms", () => {
  it("reads 'Lao' as Laos's demonym, so a Lao body belongs to Laos", () => {
    const ex = extract(
      "The Lao Ministry of Public Security said on Friday that its mail server had been breached.",
    );
    expect(ex.entities.some((e) => e.key === "state:laos")).toBe(true);
    expect(ex.entities.find((e) => e.type === "agency")?.country).toBe("state:laos");
  });
});

/** "pro-Serbian", "anti-Western": a state's demonym after a leaning prefix names no state (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("a demonym after 'pro-' or 'anti-'", () => {
  it("names no state, so an official in the next sentence is not that state's", () => {
    const ex = extract(
      "A pro-Serbian crew of hacktivists calling itself Grey Wasp said it took the Croatian toll operator's website down on Monday. The minister for transport, Ivo Marić, said the site was back by noon.",
    );
    expect(ex.entities.some((e) => e.key === "state:serbia")).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:ivo-maric", "state:serbia")).toBe(false);
  });

  it("still reads the demonym of a body without the prefix", () => {
    const ex = extract(
      "An anti-Western channel boasted about the outage, while Serbian police said they were looking for the crew.",
    );
    expect(ex.entities.some((e) => e.key === "state:serbia")).toBe(true);
  });
});

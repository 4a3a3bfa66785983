/**
 * A body the text names with no owner but with the place it sits in (invented sentences): the
 * state of that place owns it; a place only near it does not.
 */
import { describe, expect, it } from "vitest";
import { agencyCountry } from "./helpers";

const countryOf = (text: string, label: RegExp) => agencyCountry(text, label);

const HIT =
  "Hackers froze the billing servers of Jamaica's water commission. Jamaica said the outage was serious.";

describe("a body followed by the place it sits in", () => {
  it("is the state's written after 'in the'", () => {
    const text = `${HIT} The Bureau of Land Records in the Dominican Republic said it saw no intrusion.`;
    expect(countryOf(text, /^Bureau of Land Records/)).toBe("state:dominican-republic");
  });

  it("is the capital's state after ', based in'", () => {
    const text = `${HIT} The Bureau of Land Records, based in Santo Domingo, said it saw no intrusion.`;
    expect(countryOf(text, /^Bureau of Land Records/)).toBe("state:dominican-republic");
  });

  it("gives a response team's short form the capital's state", () => {
    const text = `${HIT} Our thanks go to CSIRT-QZ in Santo Domingo, whose analysts shared indicators overnight.`;
    expect(countryOf(text, /^CSIRT-QZ/)).toBe("state:dominican-republic");
  });

  it("ignores a state named further on ('in the capital of ...')", () => {
    const text = `${HIT} The Bureau of Land Records in the capital of Peru said it saw no intrusion.`;
    expect(countryOf(text, /^Bureau of Land Records/)).toBe("state:jamaica");
  });
});

describe("a body in a sentence that opens on a place", () => {
  it("is the state's the sentence opens on, also further into the sentence", () => {
    const text = `${HIT} In Haiti, pension files kept by the Bureau of Land Records were leaked last year.`;
    expect(countryOf(text, /^Bureau of Land Records/)).toBe("state:haiti");
  });

  it("is not that state's when the sentence accuses the body", () => {
    const blamed = `${HIT} In Haiti, officials blamed the Bureau of Land Records, which Havana controls.`;
    expect(countryOf(blamed, /^Bureau of Land Records/)).not.toBe("state:haiti");
    const serving = `${HIT} In Haiti, police said intruders working for the Bureau of Land Records of a nearby island did it.`;
    expect(countryOf(serving, /^Bureau of Land Records/)).not.toBe("state:haiti");
  });

  it("is not that state's when another state is named before the body", () => {
    const text = `${HIT} In Haiti, officials said Cuba had warned the Bureau of Land Records weeks earlier.`;
    expect(countryOf(text, /^Bureau of Land Records/)).not.toBe("state:haiti");
  });
});

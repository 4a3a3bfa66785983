/**
 * Denials worded as state media and embassies word them (invented sentences): a disowned tie of any
 * kind ("has no hand in", "no relation at all with"), and a transcript's spoken "quote," before the
 * label. Most tests hold a look-alike that must give no denial.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const BLAME =
  "In August a wiper destroyed data on the Tartu heating utility's billing platform. Estonian investigators said Russia was behind the attack.";
const BLAME_IRAN =
  "Ransomware locked the booking system of the Nicosia marina in June. Cypriot police said Iran was behind the attack.";

const deniers = (text: string) =>
  extract(text)
    .claims.filter((c) => c.type === "denied")
    .map((c) => c.source);

describe("a disowned tie of any kind", () => {
  it("reads 'has no relation at all with' as a denial, not the same words said of the attack", () => {
    expect(
      deniers(
        `${BLAME} In a note, Russia's embassy in Tallinn wrote that Russia as a state "has no relation at all with what happened in Tartu".`,
      ),
    ).toContain("state:russia");
    expect(deniers(`${BLAME} The mayor said the attack has no relation to last year's power cut.`)).toEqual(
      [],
    );
  });

  it("reads 'has no hand in' as a denial", () => {
    const who = deniers(`${BLAME_IRAN} A statement from Tehran said Iran "has no hand in such crimes".`);
    expect(who).toContain("state:iran");
  });
});

describe("a spoken quotation mark before the label", () => {
  it("reads 'called these claims, and I quote, \"...\"' as a denial", () => {
    const who = deniers(
      `${BLAME} Minister, Russia's embassy today labelled these claims, and I quote, "lies from start to end".`,
    );
    expect(who).toContain("state:russia");
  });

  it("reads 'the accusation is, quote, \"...\"' as a denial, not a quoted label that rejects nothing", () => {
    expect(
      deniers(
        `${BLAME} The Russian embassy said on air that the accusation is, quote, "pure fiction for voters".`,
      ),
    ).toContain("state:russia");
    expect(
      deniers(
        `${BLAME} The Russian embassy said on air that the accusation is, quote, "a matter for the courts".`,
      ),
    ).not.toContain("state:russia");
  });
});

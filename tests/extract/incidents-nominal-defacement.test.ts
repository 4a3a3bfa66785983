/**
 * A defacement named as a noun with its own object names its victim after "of", as "the breach of X"
 * does (TARGET37): "the 2025 defacement of the portal of X", "the defacement of the public websites of X in
 * 2024". Before, the defacement was read as an incident with no victim. Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const ELECTIONS = "agency:lithuania-central-electoral-commission";

describe("a defacement of a named victim's site", () => {
  it("reads the site's owner as the victim", () => {
    for (const text of [
      "VILNIUS, 30 November 2026 (BNS): Lithuania blamed the crew for the 2025 defacement of the public portal of Lithuania's Central Electoral Commission.",
      "VILNIUS, 30 November 2026 (BNS): Officials linked the crew to the defacement of the public websites of Lithuania's Central Electoral Commission in 2024.",
    ]) {
      const ex = extract(text);
      expect(
        incidents(ex).filter((i) => hasClaim(ex, "attacked", i.key, ELECTIONS)),
        text,
      ).toHaveLength(1);
    }
  });

  it("reads no victim from a defacement told of a site owned by no body named", () => {
    const ex = extract(
      "VILNIUS, 30 November 2026 (BNS): Lithuania's Central Electoral Commission warned about the defacement of local news websites by vandals.",
    );
    expect(incidents(ex).filter((i) => hasClaim(ex, "attacked", i.key, ELECTIONS))).toHaveLength(0);
  });
});

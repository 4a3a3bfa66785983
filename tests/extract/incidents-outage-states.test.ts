/**
 * A service left unreachable, unavailable or inaccessible in a clause its date opens tells an
 * attack on its owner in a story about attacks, and nothing elsewhere. Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim, incidents } from "./helpers";

const dated = (body: string) => `KORVALA, 12 October 2026 (NWire) - ${body}`;
const story = (body: string) =>
  dated(`Ransomware locked the accounting network of the Lakeside Water Board in August. ${body}`);

describe("an outage's state in a clause its date opens", () => {
  it("is an attack on the owner of what went out, in a story about attacks", () => {
    const ex = extract(
      story(
        "On Tuesday the online tax service of the Northern Revenue Ministry was inaccessible until dusk.",
      ),
    );
    expect(hasClaim(ex, "attacked", "incident:*", "agency:northern-revenue-ministry")).toBe(true);
  });

  it("is no attack in a story that tells none", () => {
    const ex = extract(
      dated("On Saturday the website of the Northern Rail Company was unavailable for maintenance."),
    );
    expect(incidents(ex)).toHaveLength(0);
  });
});

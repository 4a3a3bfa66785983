/** Words that look like a state's name or demonym but name something else (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

const stateKeys = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === "state")
    .map((e) => e.key);

describe("a state's short name or demonym that names no state", () => {
  it("reads 'US$3 million' as a sum, not as the United States", () => {
    const ex = extract(
      "Ransomware locked the records of the Tarn Valley Water Board on Sunday. A ransom of US$3 million in bitcoin was demanded within five days, according to the note left on its servers.",
    );
    expect(ex.entities.some((e) => e.key === "state:united-states")).toBe(false);
    expect(hasClaim(ex, "attacked", "incident:*", "state:united-states")).toBe(false);
  });

  it("reads 'the Portuguese original' and 'the English version' as languages, so no body is Portugal's", () => {
    const ex = extract(
      "The English version below follows the Portuguese original. Hackers broke into the Ministry of Finance on Monday, the government said.",
    );
    expect(ex.entities.some((e) => e.key === "state:portugal")).toBe(false);
    expect(ex.claims.some((c) => c.type === "part-of" && c.target === "state:portugal")).toBe(false);
  });

  it("reads the last of two demonyms as the state: 'a Turkish Cypriot official' is not Türkiye's", () => {
    const keys = stateKeys(
      "A Turkish Cypriot official said hackers had defaced the ferry operator's website on Friday.",
    );
    expect(keys).toContain("state:cyprus");
    expect(keys).not.toContain("state:turkiye");
  });

  it("reads a demonym before 'speaker' as the state: a parliament's Speaker is no language", () => {
    const keys = stateKeys(
      "The Hungarian speaker of parliament told reporters that foreign hackers had knocked the tax office offline.",
    );
    expect(keys).toContain("state:hungary");
  });

  it("still reads a state's short name before a noun ('US officials') as the state", () => {
    expect(
      stateKeys("US officials said hackers broke into the Tarn Valley Water Board on Sunday."),
    ).toContain("state:united-states");
  });
});

describe("capitals spelt as their governments spell them", () => {
  it("reads 'Ulaanbaatar' as Mongolia, like the listed 'Ulan Bator'", () => {
    expect(stateKeys("Officials in Ulaanbaatar said hackers had broken into the customs service.")).toContain(
      "state:mongolia",
    );
  });
});

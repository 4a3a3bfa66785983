/**
 * Recalled attacks told in wording the lexicon lacked: spear-phishing sent to a body's staff, a
 * particle verb with its object between its parts ("knocked X offline"), saboteurs and hacktivists
 * as attackers, and "the same officers" referring back to operatives. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { extract, incidents } from "../helpers";

const wire = (body: string) => `LOME, 9 November 2025 (Wire) - ${body}`;
const story = "Intruders broke into Benin's customs agency on Friday, officials said.";
const recalled = (ex: ReturnType<typeof extract>, date: string) => incidents(ex).find((i) => i.date === date);

describe("attack wording of recalled incidents", () => {
  it("tells spear-phishing sent to a body's staff as an attack on that body", () => {
    const ex = extract(
      wire(`${story} In March 2023 hackers sent phishing emails to employees of the Ministry of Finance.`),
    );
    expect(recalled(ex, "2023-03")?.targets).toContain("agency:benin-ministry-of-finance");
  });

  it("reads 'the same officers' as the attackers named before", () => {
    const ex = extract(
      wire(
        `${story} Prosecutors say the same officers sent phishing emails to several clerks of the Ministry of Energy in March 2023.`,
      ),
    );
    expect(recalled(ex, "2023-03")?.targets).toContain("agency:benin-ministry-of-energy");
  });

  it("finds the target between 'knocked' and 'offline'", () => {
    const ex = extract(
      wire(
        `${story} In the spring of 2023, hacktivists knocked the portals of the senate and two ministries offline.`,
      ),
    );
    expect(recalled(ex, "2023")?.targets).toContain("agency:benin-senate");
  });

  it("needs 'offline' to close the object: 'knocked on the door of' is no attack", () => {
    const ex = extract(
      wire(`${story} In May 2022 reporters knocked on the door of the Ministry of Finance for answers.`),
    );
    expect(recalled(ex, "2022-05")).toBeUndefined();
  });

  it("does not read a body's own 'it hacked' as an attack (the pronoun stands for the speaker)", () => {
    const ex = extract(
      wire(`${story} Ghana's police said it hacked the servers of a fraud ring in Togo in 2021.`),
    );
    expect(recalled(ex, "2021")).toBeUndefined();
  });
});

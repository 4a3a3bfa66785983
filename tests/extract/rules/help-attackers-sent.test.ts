/** Deliver rule: attackers sent, or people sent to attack, are no help delivered. */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
const attacked = "A ransomware attack hit Bolivia's customs agency last week. ";
const assisted = (text: string) =>
  extract(wire(`${attacked}${text}`)).claims.filter((c) => c.type === "assisted");

describe("deliver rule, people sent to attack", () => {
  it("reads no help in a team of hackers sent, nor in people sent to break in or to plant malware", () => {
    expect(assisted("Prosecutors say Peru had sent a team of hackers to La Paz in March.")).toEqual([]);
    expect(
      assisted("Prosecutors say Peru sent a team to La Paz to break into the agency's network."),
    ).toEqual([]);
    expect(assisted("Prosecutors say Peru sent officers to La Paz to install the ransomware.")).toEqual([]);
  });

  it("still reads experts sent to help restore what the attack hit as help", () => {
    const ex = assisted("Chile sent four engineers to La Paz to help restore the encrypted servers.");
    expect(ex.map((c) => c.source)).toContain("state:chile");
  });
});

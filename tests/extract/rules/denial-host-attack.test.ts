/**
 * Which incident an embassy's denial answers when the article tells several (invented sentences):
 * the attack told as hitting the state it sits in, even when no one was named behind that one yet,
 * rather than an attack on another state laid at its side's door.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const STORY =
  "In March hackers wiped the customs servers of Uruguay, and Montevideo blamed North Korea for that attack. On Monday hackers broke into the network of the Paraguayan land registry and stole deeds.";

const deniedBy = (text: string, denier: string) => {
  const out = extract(text);
  const label = new Map(out.entities.map((e) => [e.key, e.label]));
  return out.claims
    .filter((c) => c.type === "denied" && c.source === denier)
    .map((c) => label.get(c.target) ?? c.target);
};

describe("an embassy answering its host's attack", () => {
  it("takes the attack on the host state, and keeps the accused one when no attack on its host is told", () => {
    const host = deniedBy(
      `${STORY} The Embassy of North Korea in Asunción called the accusations "a fabrication".`,
      "state:north-korea",
    );
    expect(host).toHaveLength(1);
    expect(host[0]).toMatch(/Land Registry/);
    const elsewhere = deniedBy(
      `${STORY} The Embassy of North Korea in Lima called the accusations "a fabrication".`,
      "state:north-korea",
    );
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]).toMatch(/Uruguay/);
  });
});

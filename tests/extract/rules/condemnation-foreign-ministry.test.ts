/**
 * Who condemns when a body is named: a foreign ministry the sentence names condemns in its own name
 * and in its state's; a minister's own ministry, reached only through the minister, does not.
 * Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../helpers";

const read = (body: string) =>
  extract(
    `SANTIAGO, 20 October 2025 (Reuters) - A wiper struck the land registry servers of Chile's Ministry of National Assets on Saturday. ${body}`,
  );
const condemners = (ex: ReturnType<typeof read>) =>
  ex.claims
    .filter((c) => c.type === "condemned")
    .map((c) => c.source)
    .sort();

describe("condemners named as bodies", () => {
  it("lets a foreign ministry the sentence names condemn, with its state", () => {
    expect(condemners(read("On Sunday Argentina's foreign ministry firmly denounced the wiper."))).toEqual([
      "agency:argentina-ministry-of-foreign-affairs",
      "state:argentina",
    ]);
  });

  it("keeps a minister's own ministry out of the condemners", () => {
    const found = condemners(
      read("Argentina's Defence Minister Luis Ferraro condemned the attack on Sunday."),
    );
    expect(found.some((k) => k.startsWith("agency:"))).toBe(false);
  });
});

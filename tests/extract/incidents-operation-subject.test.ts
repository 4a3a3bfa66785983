/**
 * A lone "operation" or "campaign" is an attack when it is the subject of an attack verb whose
 * object a named victim heads ("The earlier operation hit X"), in a sentence about computers or a
 * story about an attack; a military or police operation, or one that hits a snag, reaches a
 * village or names no victim, stays no incident (INC23). Invented wire copy.
 */
import { describe, expect, it } from "vitest";
import { attackedTargets, extract, incidents } from "./helpers";

const extractDated = (body: string) => extract(`TALLINN, 9 March 2026 (BNS): ${body}`);

describe("an operation as the subject of an attack verb", () => {
  it("reads the named body the operation hit as attacked, with the operation's own date", () => {
    for (const text of [
      "Hackers breached the Latvian Ministry of Finance in January 2026. The earlier operation hit the Estonian Ministry of Defence between May and July 2024.",
      "Hackers breached the Latvian Ministry of Finance in January 2026. An earlier operation breached the Estonian Ministry of Defence in October 2025.",
    ]) {
      const ex = extractDated(text);
      const earlier = incidents(ex).find((e) => e.date?.startsWith("2024") || e.date?.startsWith("2025"));
      expect(earlier, text).toBeDefined();
      expect(attackedTargets(ex, earlier?.key).join(" "), text).toContain(
        "agency:estonia-ministry-of-defence",
      );
    }
  });

  it("reads no attack when the operation's verb takes no victim or is no attack", () => {
    for (const text of [
      "The operation hit a snag in May 2024 when the Estonian Ministry of Defence withdrew its staff.",
      "The rescue operation reached the Estonian Ministry of Defence's depot in May 2024.",
      "The operation hit its targets in May 2024, the Estonian Ministry of Defence said.",
      "The military operation hit the Estonian Ministry of Defence's headquarters in Tallinn in May 2024.",
      "A police operation against a ransomware gang hit the offices of the Estonian Ministry of Defence in May 2024.",
    ]) {
      const ex = extractDated(text);
      expect(incidents(ex), text).toHaveLength(0);
    }
  });
});

/**
 * Request rule: a body named with its state in front ("asked the US CISA for help", "asked the
 * United States FBI to assist") is the one asked, not the state; a state asked alone stays asked.
 */
import { describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../../src/extract";
import { bundledContext } from "../../helpers";

const wire = (body: string) =>
  `MANILA, 2 May 2026 (AP) - Ransomware locked the Philippine Ports Authority's cargo booking system on Sunday. ${body}`;
const requests = (within: ExtractionContext, body: string) =>
  extractDocument({ id: "doc.txt", text: wire(body) }, within)
    .claims.filter((c) => c.type === "requested-help")
    .map((c) => `${c.source} > ${c.target}`);

describe("request rule, a body named after its state", () => {
  let bundled: ExtractionContext;

  it("makes the body the one asked", async () => {
    bundled = await bundledContext();
    expect(requests(bundled, "Manila then asked the US FBI for forensic support.")).toEqual([
      "state:philippines > agency:fbi",
    ]);
    expect(requests(bundled, "Manila then asked the United States CISA for technical help on Monday.")).toEqual([
      "state:philippines > agency:cisa",
    ]);
  });

  it("keeps a state asked on its own", async () => {
    bundled = await bundledContext();
    expect(requests(bundled, "Manila then asked Washington for forensic support.")).toEqual([
      "state:philippines > state:united-states",
    ]);
  });
});

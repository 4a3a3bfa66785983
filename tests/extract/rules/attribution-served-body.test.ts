/**
 * "written by Russian engineers working for the GRU": the body the agents serve is named as the
 * attack's agent with their state, whatever collective noun names them. The bundled gazetteer
 * gives the GRU its state. Every sentence is invented for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../../src/extract";
import { bundledContext } from "../helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});

const attributedTo = (text: string) =>
  extractDocument({ id: "doc.txt", text }, context)
    .claims.filter((c) => c.type === "attributed-to")
    .map((c) => c.target)
    .sort();

describe("agents said to serve a body", () => {
  it("names the body the engineers who wrote the malware work for", () => {
    expect(
      attributedTo(
        "Hackers wiped the booking servers of Moldova's national bus company in April. Police in Chisinau said the malware had been written by Russian engineers working for the GRU.",
      ),
    ).toEqual(["agency:gru", "state:russia"]);
  });
});

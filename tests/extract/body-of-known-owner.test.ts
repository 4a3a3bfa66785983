/** A body's name running into a known actor after "of" ends there: the actor owns it (invented sentences). */
import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, type ExtractionContext } from "../../src/extract";
import { bundledContext } from "./helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});

const read = (text: string) => extractDocument({ id: "doc.txt", text }, context);

describe("a body named 'X of the <known actor>' whose actor's name the capitals do not cover whole", () => {
  it("is a body of the actor's state, named with its owner", () => {
    const extraction = read(
      "Analysts said the breach of the Lisk port was steered by the Strategic Signals Force of the People's Liberation Army.",
    );
    const force = extraction.entities.find((e) => e.label === "Strategic Signals Force");
    expect(force).toMatchObject({ type: "agency", country: "state:china" });
    expect(force?.aliases).toContain("Strategic Signals Force of the People's Liberation Army");
  });

  it("leaves the known actor its own node", () => {
    const extraction = read(
      "Analysts said the breach of the Lisk port was steered by the Strategic Signals Force of the People's Liberation Army.",
    );
    expect(extraction.entities.filter((e) => e.key === "agency:pla")).toHaveLength(1);
  });
});

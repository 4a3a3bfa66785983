/**
 * A body named with no owner after a known body speaks in its sentence is the speaker's state's.
 * The bundled gazetteer gives ANSSI and the GRU their states. Every sentence is invented for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ExtractionContext } from "../../src/extract";
import { agencyCountry, bundledContext } from "./helpers";

let context: ExtractionContext;
beforeAll(async () => {
  context = await bundledContext();
});

const countryOf = (text: string, label: RegExp) => agencyCountry(text, label, context);

/** A sentence whose acting state is not the one the next sentence's speaker belongs to. */
const OPENING = "Norway's prime minister opened a trade fair in Oslo on Monday.";

describe("an unqualified body after a known body that speaks", () => {
  it("belongs to the speaker's state, not to the state of the previous sentence", () => {
    expect(
      countryOf(
        `${OPENING} ANSSI said on Tuesday that intruders had reached the servers of the Department of Finance.`,
        /^Department of Finance/,
      ),
    ).toBe("state:france");
    expect(
      countryOf(
        `${OPENING} ANSSI, which works closely with the Communications Authority, said the outage was over.`,
        /^Communications Authority/,
      ),
    ).toBe("state:france");
  });

  it("is not the speaker's when another state is named in between", () => {
    expect(
      countryOf(
        `${OPENING} ANSSI said that Belgian officials had reported a breach at the Department of Finance.`,
        /^Department of Finance/,
      ),
    ).not.toBe("state:france");
  });

  it("is not the state of a body that attacks it", () => {
    expect(
      countryOf(
        "Norway said on Monday that the GRU was behind the outage. The GRU also wiped the Department of Finance in March, according to investigators.",
        /^Department of Finance/,
      ),
    ).not.toBe("state:russia");
  });

  it("is not the speaker's when the speaker's state is accused", () => {
    expect(
      countryOf(
        "Norway said on Monday that Russian hackers were behind the attack on its power grid. The GRU said in a statement that the Department of Finance had never been touched.",
        /^Department of Finance/,
      ),
    ).toBe("state:norway");
  });
});

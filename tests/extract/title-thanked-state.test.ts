/** An official who thanks a state by name for its help is not that state's (invented sentences). */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "./helpers";

describe("an unqualified title in a sentence thanking a named state for help", () => {
  const ex = extract(
    "Ransomware crippled the records system of the Tamale Teaching Hospital in Ghana on Monday. Last year Nigeria's police charged a Kano man over a similar attack. Health Minister Ama Owusu thanked Nigeria's national response team for its help.",
  );

  it("belongs to the article's state, not to the state the previous sentence spoke of and the minister thanks", () => {
    expect(hasClaim(ex, "affiliated-with", "person:ama-owusu", "state:nigeria")).toBe(false);
    expect(hasClaim(ex, "affiliated-with", "person:ama-owusu", "state:ghana")).toBe(true);
  });

  it("so the thanked state helped the minister's state", () => {
    expect(hasClaim(ex, "assisted", "state:nigeria", "state:ghana")).toBe(true);
  });

  it("still reads a minister thanking their own state's people as that state's", () => {
    const own = extract(
      "Hackers wiped payroll data at the Tamale Teaching Hospital in Ghana on Monday. Health Minister Ama Owusu thanked Ghanaian engineers for their long nights.",
    );
    expect(hasClaim(own, "affiliated-with", "person:ama-owusu", "state:ghana")).toBe(true);
  });
});

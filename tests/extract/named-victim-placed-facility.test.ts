import { describe, expect, it } from "vitest";
import { attackedTargets, extract } from "./helpers";

describe("a place's name before a facility's noun", () => {
  it("names the facility hit, not a company called after the place", () => {
    const ex = extract(
      "Romania blamed Russia on Friday for the attack on Velburg water company in May 2026.",
    );
    expect(attackedTargets(ex)).toEqual(["organization:velburg-water-company"]);
  });

  it("makes a police force an agency", () => {
    const ex = extract("Intruders hit Tarnow police evidence servers on 3 May 2026, Poland said.");
    expect(attackedTargets(ex).map((t) => t.split(" ")[0])).toEqual(["agency:tarnow-police"]);
  });

  it("keeps a company's name before its own systems or its plural facilities", () => {
    expect(attackedTargets(extract("Hackers hit Velburg Freight systems on 3 May 2026."))).toEqual([
      "organization:velburg-freight",
    ]);
    expect(attackedTargets(extract("A wiper crippled Orrin Vale hospitals on 3 May 2026."))).toEqual([
      "organization:orrin-vale",
    ]);
  });

  it("lets the place alone name the facility later in the article", () => {
    const ex = extract(
      "Ghana blamed Russia for the intrusion at Keldon port on 3 May 2026. Investigators said the same tools were later used against Keldon in a test.",
    );
    expect(ex.entities.find((e) => e.key === "organization:keldon-port")?.mentions.length).toBe(2);
  });
});

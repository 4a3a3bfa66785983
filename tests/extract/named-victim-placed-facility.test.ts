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

  it("takes no facility noun after a company's own name", () => {
    const ex = extract("Ransomware struck Marlow Biscuits plant in Ohio in May 2026, the company said.");
    expect(attackedTargets(ex)).toEqual(["organization:marlow-biscuits"]);
  });

  it("reads a region a compass word opens as the place of its facility", () => {
    const ex = extract("The attack on East Varnia water utility in May 2026 was blamed on Russia.");
    expect(attackedTargets(ex)).toEqual(["organization:east-varnia-water-utility"]);
  });

  it("leaves the place alone a place later in the article, never the facility", () => {
    const ex = extract(
      "Ghana blamed Russia for the intrusion at Keldon port on 3 May 2026. Keldon Harbour Board said on Friday that its own mail was untouched.",
    );
    expect(ex.entities.find((e) => e.key === "organization:keldon-port")?.mentions.length).toBe(1);
    expect(ex.entities.some((e) => e.label === "Harbour Board")).toBe(false);
  });
});

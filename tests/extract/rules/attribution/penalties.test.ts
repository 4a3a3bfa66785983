/**
 * The penalty and designation rules (rules/attribution/penalties.ts), with invented sentences (none
 * comes from a fixture).
 */
import { describe, expect, it } from "vitest";
import { extract, hasClaim } from "../../helpers";
import { wire, attackOn, claimantsOf } from "./stories";

describe("penalty rule, sanctions and charges over an attack", () => {
  const directorate = "agency:cuba-intelligence-directorate";

  it("puts the body whose officers are sanctioned behind the attack, the one imposing it claiming so", () => {
    const ex = extract(
      wire(
        "Peru's Treasury on Tuesday announced sanctions against three officials of Cuba's Intelligence Directorate for the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), directorate)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), directorate)).toEqual(
      expect.arrayContaining(["agency:peru-treasury", "state:peru"]),
    );
  });

  it("reads a travel ban on a group 'in connection with' the attack, and a reason given as 'saying they were behind'", () => {
    const council = extract(
      "Live updates, 12:40 — The Council adopted a travel ban and an asset freeze against APT29 in connection with the hacking of the Chilean senate in 2023.",
    );
    expect(hasClaim(council, "attributed-to", "incident:*", "group:apt29")).toBe(true);
    const saying = extract(
      wire(
        "Lima imposed new sanctions on five commanders of Cuba's Intelligence Directorate, saying they were behind the 2024 ransomware attack on the port authority.",
      ),
    );
    expect(hasClaim(saying, "attributed-to", attackOn(saying), directorate)).toBe(true);
  });

  it("blames no one for sanctions without an attack as their reason, or on what is no actor", () => {
    const dispute = extract(wire("Chile lifted sanctions on Venezuela over the 2019 election dispute."));
    expect(dispute.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const exports = extract(
      wire(
        "Peru said new sanctions on Cuba's oil exports were unrelated to the 2024 ransomware attack on the Lima port authority.",
      ),
    );
    expect(exports.claims.some((c) => c.type === "attributed-to")).toBe(false);
  });
});

describe("penalties on persons a count introduces, and designations", () => {
  const crippled = "Hackers crippled Ecuador's customs service in February. ";
  const ruiz = "person:ana-ruiz";
  const pardo = "person:luis-pardo";

  it("puts every person listed after 'three Venezuelan citizens' behind the attack 'their part in' names", () => {
    const ex = extract(
      wire(
        crippled +
          "Ecuador filed charges on Monday against three Venezuelan citizens, Ana Ruiz, Luis Pardo and Marta Gil, for their part in February's customs attack.",
      ),
    );
    for (const person of [ruiz, pardo, "person:marta-gil"])
      expect(hasClaim(ex, "attributed-to", attackOn(ex), person)).toBe(true);
    expect(claimantsOf(ex, attackOn(ex), ruiz)).toContain("state:ecuador");
  });

  it("reads officers named after their body's name, and a deed of theirs as the penalty's reason", () => {
    const ex = extract(
      wire(
        crippled +
          "Peru put sanctions on two officers from Cuba's Intelligence Directorate, Raul Vega and Pedro Soto, who orchestrated that customs attack.",
      ),
    );
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "agency:cuba-intelligence-directorate")).toBe(true);
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "person:raul-vega")).toBe(true);
    expect(hasClaim(ex, "attributed-to", attackOn(ex), "person:pedro-soto")).toBe(true);
    const inquiry = extract(
      wire(
        crippled +
          "Peru imposed sanctions on two Cuban officers, Raul Vega and Pedro Soto, who led the inquiry into February's customs attack.",
      ),
    );
    expect(inquiry.claims.some((c) => c.type === "attributed-to" && c.target === "person:raul-vega")).toBe(
      false,
    );
    const answering = extract(
      wire(
        crippled +
          "Peru imposed sanctions on two Cuban officers, Raul Vega and Pedro Soto, who answer to Havana's Intelligence Directorate, over February's customs attack.",
      ),
    );
    expect(hasClaim(answering, "attributed-to", attackOn(answering), "person:raul-vega")).toBe(true);
  });

  it("reads a designation and a place on a sanctions list as a penalty, with the verb's subject claiming it", () => {
    const designated = extract(
      wire(
        crippled +
          "The US Treasury blacklisted two Cuban officers, Major Raul Vega and Pedro Soto, for their roles in that customs attack.",
      ),
    );
    expect(hasClaim(designated, "attributed-to", attackOn(designated), "person:raul-vega")).toBe(true);
    expect(claimantsOf(designated, attackOn(designated), "person:raul-vega")).toContain(
      "state:united-states",
    );
    const listed = extract(
      wire(
        crippled +
          "Peru added two Venezuelan nationals, Ana Ruiz and Luis Pardo, to its national sanctions register over their part in February's customs attack.",
      ),
    );
    expect(hasClaim(listed, "attributed-to", attackOn(listed), ruiz)).toBe(true);
    expect(hasClaim(listed, "attributed-to", attackOn(listed), pardo)).toBe(true);
  });

  it("blames no one added to another list, nor a body or persons designated for a task", () => {
    const guests = extract(
      wire(
        crippled +
          "Peru added two Venezuelan nationals, Ana Ruiz and Luis Pardo, to the guest list for its talks on February's customs attack.",
      ),
    );
    expect(guests.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const task = extract(
      wire(
        crippled +
          "Ecuador designated its national CERT as the lead agency for the response to February's customs attack.",
      ),
    );
    expect(task.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const chosen = extract(
      wire(
        crippled +
          "Ecuador designated two officials, Ana Ruiz and Luis Pardo, to head the inquiry into February's customs attack.",
      ),
    );
    expect(chosen.claims.some((c) => c.type === "attributed-to")).toBe(false);
    const coordinating = extract(
      wire(
        crippled +
          "Quito designated two officials, Ana Ruiz and Luis Pardo, to coordinate the response to February's customs attack.",
      ),
    );
    expect(coordinating.claims.some((c) => c.type === "attributed-to")).toBe(false);
    for (const task of [
      "who will head the response to February's customs attack",
      "as coordinators of the response to February's customs attack",
    ]) {
      const ex = extract(
        wire(`${crippled}Quito designated two officials, Ana Ruiz and Luis Pardo, ${task}.`),
      );
      expect(
        ex.claims.some((c) => c.type === "attributed-to"),
        task,
      ).toBe(false);
    }
  });

  it("still blames persons penalised 'in response to' the attack, or whose infinitive is a deed or a purpose", () => {
    const answered = extract(
      wire(
        crippled +
          "Peru put sanctions on two Cuban officers, Raul Vega and Pedro Soto, in response to February's customs attack.",
      ),
    );
    expect(hasClaim(answered, "attributed-to", attackOn(answered), "person:raul-vega")).toBe(true);
    const believed = extract(
      wire(
        crippled +
          "Peru put sanctions on two Cuban officers, Raul Vega and Pedro Soto, believed to have directed February's customs attack.",
      ),
    );
    expect(hasClaim(believed, "attributed-to", attackOn(believed), "person:raul-vega")).toBe(true);
    expect(hasClaim(believed, "attributed-to", attackOn(believed), "person:pedro-soto")).toBe(true);
    const punished = extract(
      wire(
        crippled +
          "Chile imposed sanctions on two Cuban nationals, Jorge Vera and Tomas Rey, to punish them for February's customs attack.",
      ),
    );
    expect(hasClaim(punished, "attributed-to", attackOn(punished), "person:jorge-vera")).toBe(true);
  });
});

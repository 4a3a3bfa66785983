/** What an attribution's claimants are once its speakers are found, in invented copy. */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract";
import { bundledContext, claimsOf, extract } from "./helpers";

const claimantsOf = (text: string) =>
  claimsOf(extract(text), "attributed-to").flatMap((c) => c.claimants.map((k) => k.replace(/^\w+:/, "")));

describe("claimant bodies", () => {
  it("gives a government body the article ties to no state the state the article names most", () => {
    const claimants = claimantsOf(
      "The Bureau of the Cyber Resilience Commissioner believes Ember Lynx, a criminal crew, was behind last week's breach of the tax portal. " +
        "The tax portal of Estonia was offline for two days. Officials in Estonia called it the worst outage in years, and Estonia vowed to respond.",
    );
    expect(claimants).toEqual(["bureau-of-the-cyber-resilience-commissioner", "estonia"]);
  });

  it("gives such a body the article's state off the accused side, even when the accused is named most", () => {
    const claimants = claimantsOf(
      "The Bureau of the Cyber Resilience Commissioner believes Iran was behind last week's breach of the tax portal. " +
        "The portal went dark for two days, and Estonia asked its allies for help. Iran rejected the claim. " +
        "Tehran called the charge baseless, and Iranian state media repeated the denial.",
    );
    expect(claimants).toEqual(["bureau-of-the-cyber-resilience-commissioner", "estonia"]);
  });

  it("never gives such a body the state of the group it accuses, nor a state that denies it", () => {
    const sponsor = claimantsOf(
      "The National Cyber Directorate believes APT29 was behind last week's breach of the tax portal. " +
        "Russia denied it. Russia said the charge was false. Russia's envoy called it a lie, and Russia recalled its envoy.",
    );
    expect(sponsor).toEqual(["national-cyber-directorate"]);
    const denier = claimantsOf(
      "The National Cyber Directorate believes Ember Lynx, a criminal crew, was behind last week's breach of the tax portal. " +
        "Ember Lynx works for Bolivia's army, the directorate added. Bolivia denied it. Bolivia said the charge was false. " +
        "Bolivia's envoy called it a lie.",
    );
    expect(denier.every((k) => k === "national-cyber-directorate")).toBe(true);
    expect(denier).toContain("national-cyber-directorate");
  });

  it("never gives such a body a state that only helps", () => {
    const claimants = claimantsOf(
      "The National Cyber Directorate believes Ember Lynx, a criminal crew, was behind last week's breach of the tax portal. " +
        "Chile offered to help the directorate. Chile sent two experts to assist the directorate, and Chile will pay for new servers.",
    );
    expect(claimants).toEqual(["national-cyber-directorate"]);
  });

  it("gives an international or regional body no state of the article's", () => {
    for (const body of ["The European Cybercrime Centre", "The Regional Cybercrime Centre"]) {
      const claimants = claimantsOf(
        `${body} believes Ember Lynx, a criminal crew, was behind last week's breach of Peru's tax portal. ` +
          "Peru said the portal was down for days. Peru's president called it an outrage.",
      );
      expect(claimants).not.toContain("peru");
    }
  });

  it("gives unnamed officials the article's state as the whole article tells it, never the accused side", () => {
    const claimants = claimantsOf(
      "Russia's state television praised the pro-Russian crew Velvet Hammer on Sunday, and a Russian lawmaker said Russia would back such crews. " +
        "The website of Estonia's tax board was knocked offline on Monday by a flood of junk traffic that officials blamed on the pro-Russian hacktivist crew Velvet Hammer. " +
        "Russia denied any role. Estonia will ask its allies to help.",
    );
    expect(claimants).toEqual(["estonia"]);
  });
  it("leaves unnamed officials to the other readings while the article names no state: charges go to the body that brings them", () => {
    const claimants = claimantsOf(
      "The breach of the water utility was the work of the hacking crew Crimson Otter, officials said, and two of its members are charged with carrying it out. " +
        "The Office of the Federal Prosecutor filed the case on Friday.",
    );
    expect(claimants).toEqual(["office-of-the-federal-prosecutor"]);
  });
  it("never gives an accused group's deed to the body the group works for, nor to that body's state", () => {
    const claimants = claimantsOf(
      "Last month intruders got into the invoicing computers of the Parnu Water Board. Estonia's cyber agency said the crew Ember Lynx, " +
        "which takes its tasking from Russia's Main Intelligence Directorate, the GRU, was behind it. " +
        '"The directorate has established that Ember Lynx was behind the Parnu intrusion," the agency\'s head, Mart Kask, said.',
    );
    expect(claimants).toContain("mart-kask");
    expect(claimants).not.toContain("gru");
    expect(claimants).not.toContain("russia");
  });
  it("keeps a service as claimant of its own group's deed when its officer owns up to it", () => {
    const claimants = claimantsOf(
      "Last month intruders got into the invoicing computers of Russia's tax service. Ukraine's HUR said the crew Ember Lynx, " +
        "which takes its tasking from the HUR, was behind it. " +
        '"Our analysts have established that Ember Lynx was behind the Moscow intrusion," the HUR\'s spokesman, Andriy Yusov, said.',
    );
    expect(claimants.some((k) => k.includes("hur"))).toBe(true);
  });

  it("has a government named after its leader speak for the leader's state, not as the person", async () => {
    const within = await bundledContext();
    const claimantsIn = (text: string) =>
      claimsOf(extractDocument({ id: "doc.txt", text }, within), "attributed-to").flatMap((c) => c.claimants);
    const government = claimantsIn(
      "The Scholz government said on Tuesday that Sandworm had wiped the servers of the German railway operator.",
    );
    expect(government).toContain("state:germany");
    expect(government).not.toContain("person:olaf-scholz");
    const person = claimantsIn(
      "Olaf Scholz said on Tuesday that Sandworm had wiped the servers of the German railway operator.",
    );
    expect(person).toContain("person:olaf-scholz");
    // Only the word right after the name makes it a government: a later "government" does not.
    const later = claimantsIn(
      "Olaf Scholz said the government knew that Sandworm had wiped the servers of the German railway operator.",
    );
    expect(later).toContain("person:olaf-scholz");
  });
});

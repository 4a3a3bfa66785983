/**
 * The article's topic state (document-state.ts `topicState`): the victims of its incidents weigh
 * extra, but only those of incidents near the latest it tells of. Invented states and incidents.
 */
import { describe, expect, it } from "vitest";
import { topicState, type DocumentView } from "../../src/extract/document-state";
import type { ExtractedEntity } from "../../src/extract/types";
import { context } from "./helpers";

const stateEntity = (key: string): ExtractedEntity => ({
  key,
  type: "state",
  label: key,
  aliases: [],
  mentions: [],
});
const incident = (key: string, date: string | undefined, target: string): ExtractedEntity => ({
  key,
  type: "incident",
  label: key,
  aliases: [],
  mentions: [],
  targets: [target],
  ...(date ? { date } : {}),
});

/** Ruritania named three times (the story's home), Borduria twice (the old incident's victim). */
const view = (...incidents: ExtractedEntity[]): DocumentView => ({
  id: "topic.txt",
  text: "",
  lexicon: context.lexicon,
  persons: new Map(),
  entities: new Map(
    [stateEntity("state:ruritania"), stateEntity("state:borduria"), ...incidents].map((e) => [e.key, e]),
  ),
  stateSalience: new Map([
    ["state:ruritania", { count: 3, last: 4, lead: false }],
    ["state:borduria", { count: 2, last: 3, lead: false }],
  ]),
});

describe("topicState", () => {
  const theft = incident("incident:ruritania-bank-2026-03", "2026-03", "agency:central-bank-of-ruritania");

  it("does not let the victim of an incident years older than the story's outweigh the story's state", () => {
    const heist = incident("incident:borduria-bank-2016", "2016", "state:borduria");
    expect(topicState(view(theft, heist))).toBe("state:ruritania");
  });

  it("still counts the victim of an incident of the same years", () => {
    const wiper = incident("incident:borduria-grid-2025", "2025", "state:borduria");
    expect(topicState(view(theft, wiper))).toBe("state:borduria");
  });

  it("counts the victim of an undated incident", () => {
    const outage = incident("incident:borduria-grid", undefined, "state:borduria");
    expect(topicState(view(theft, outage))).toBe("state:borduria");
  });
});

import { ActorResolver } from "../../../src/domain/names/actorResolver";
import { ACTOR_STAGES } from "../../../src/domain/names/actorStages/actorStages";
import { BUILT_IN_ACTOR_CONTEXT_ALIASES, BUILT_IN_ACTORS } from "../../../src/domain/names/dictionary/builtIn";
import type { NameStatus } from "../../../src/domain/names/resolution";

/**
 * The actor resolver's stages, each with its own table of cases: the cell, its country, the
 * answer, and the stage that must give it (told by the resolver's stage clock). A case
 * answered by an earlier stage than its own shows a stage order gone wrong; one answered
 * later, a stage that no longer reads what it is for.
 */
type Case = [raw: string, country: string | null, status: NameStatus, canonical: string | null];

const JNIM = "Jama'at Nusrat al-Islam wal-Muslimin";
const CASES: Record<string, Case[]> = {
  "ACLED's compounds": [
    ["JNIM and/or Islamic State Sahel Province", "Mali", "compound", null],
    ["Military Forces of Mali (2021-)/Wagner Group", "Mali", "compound", null],
  ],
  "ACLED's own forms": [
    ["JNIM: Group for Support of Islam and Muslims", "Mali", "acled", JNIM],
    ["Military Forces of Mali (2021-)", "Mali", "acled", "Military Forces of Mali"],
    ["ADF: Allied Democratic Forces", "Democratic Republic of Congo", "acled", "Allied Democratic Forces"],
    ["Islamic State (West Africa) - Lake Chad Faction", "Nigeria", "acled", "Islamic State West Africa Province"],
    ["Koglweogo Militia", "Burkina Faso", "acled", "Koglweogo"],
  ],
  "whole name": [
    ["JNIM", "Mali", "alias", JNIM],
    ["J.N.I.M.", "Burkina Faso", "alias", JNIM],
    ["Groupe de soutien à l'islam et aux musulmans", "Mali", "alias", JNIM],
    ["ISIS", "Niger", "ambiguous", null],
    ["Nigerian army", "Niger", "unknown", null],
  ],
  "noise words set aside": [
    ["JNIM fighters", "Burkina Faso", "alias", JNIM],
    ["les jihadistes du GSIM", "Mali", "alias", JNIM],
    ["the Houthis", "Yemen", "alias", "Houthis"],
  ],
  "affiliation phrases": [
    ["Al-Qaeda affiliate JNIM", "Mali", "alias", JNIM],
    ["IS-linked ISWAP", "Nigeria", "alias", "Islamic State West Africa Province"],
    ["JNIM, an al-Qaeda affiliate", "Burkina Faso", "alias", JNIM],
    ["IS-linked JNIM", "Mali", "unknown", null],
  ],
  "parentheses after a name": [
    ["Forces démocratiques de libération du Rwanda (FDLR)", "Democratic Republic of Congo", "alias", "Democratic Forces for the Liberation of Rwanda"],
    ["Al-Shabaab (al-Qaeda affiliate)", "Somalia", "alias", "Al-Shabaab"],
    ["Islamic State (ISIS)", "Niger", "ambiguous", null],
  ],
  "country in brackets": [
    ["Wagner Group (Mali)", "Mali", "acled", "Wagner Group"],
    ["Boko Haram Group (Nigeria)", "Nigeria", "alias", "Boko Haram"],
  ],
  "ACLED's labels": [
    ["Civilians (Mali)", "Mali", "generic", null],
    ["Unidentified Armed Group (Nigeria)", "Nigeria", "generic", null],
    ["Fulani Ethnic Militia (Nigeria)", "Nigeria", "generic", null],
  ],
  "compound cells": [
    ["ISWAP/Boko Haram", "Nigeria", "compound", null],
    ["FAMa & Wagner", "Mali", "compound", null],
    ["JNIM/GSIM", "Mali", "alias", JNIM],
  ],
  "generic descriptions": [
    ["unidentified gunmen", "Burkina Faso", "generic", null],
    ["hommes armés non identifiés", "Mali", "generic", null],
    ["bandits", "Nigeria", "generic", null],
  ],
  "national armies": [["armée du Mali", "Mali", "alias", "Military Forces of Mali"]],
  "descriptor words": [
    ["les insurgés de Boko Haram", "Nigeria", "alias", "Boko Haram"],
    ["Hemeti's Rapid Support Forces", "Sudan", "alias", "Rapid Support Forces"],
    ["AMISOM peacekeepers", "Somalia", "alias", "African Union Mission in Somalia"],
  ],
  "misspelt state forces": [
    ["Militery Forces of Mali", "Mali", "fuzzy", "Military Forces of Mali"],
    ["Police Force of Benin", "Benin", "fuzzy", "Police Forces of Benin"],
  ],
  typos: [
    ["Islamic State Sahel Provence", "Niger", "fuzzy", "Islamic State Sahel Province"],
    ["Boko Haramm", "Nigeria", "fuzzy", "Boko Haram"],
    ["MINUSCA", "Central African Republic", "unknown", null],
  ],
  "not in the dictionary": [
    ["Janjaweed", "Sudan", "unknown", null],
    ["JaS: Levant Front", "Syria", "unknown", null],
    // No compound without two parts: read as a name of its own (this once recursed without end).
    ["and/or Islamic State Sahel Province", "Mali", "unknown", null],
  ],
};

/** One resolver for the tables (every case is a distinct cell and country, so none is answered from memory). */
const shared = new ActorResolver({ entries: BUILT_IN_ACTORS, contextAliases: BUILT_IN_ACTOR_CONTEXT_ALIASES });
let answered: string | undefined;
shared.timeStages({ now: () => 0, add: (stage, _ms, hit) => void (hit && (answered = stage)) });

describe("the actor resolver's stages", () => {
  test("every registered stage has its table of cases, and every table names a registered stage", () => {
    expect(Object.keys(CASES).sort()).toEqual(ACTOR_STAGES.map((stage) => stage.name).sort());
  });

  describe.each(Object.entries(CASES))("%s", (stage, cases) => {
    test.each(cases)("%s (%s) → %s %s", (raw, country, status, canonical) => {
      answered = undefined;
      const found = shared.resolve(raw, country);
      expect({ status: found.status, canonical: found.canonical, stage: answered }).toEqual({ status, canonical, stage });
    });
  });

  test("the stage clock times only a resolve's own stages, once each, in the registered order up to the one that answers", () => {
    const resolver = new ActorResolver({ entries: BUILT_IN_ACTORS, contextAliases: BUILT_IN_ACTOR_CONTEXT_ALIASES });
    const runs: string[] = [];
    let now = 0;
    resolver.timeStages({ now: () => (now += 1), add: (stage, ms) => void (runs.push(stage), expect(ms).toBe(1)) });
    // A parenthesis reads its parts with every stage: those inner runs are inside the parenthesis stage's time.
    resolver.resolve("Al-Shabaab (al-Qaeda affiliate)", "Somalia");
    const order = ACTOR_STAGES.map((stage) => stage.name);
    expect(runs).toEqual(order.slice(0, order.indexOf("parentheses after a name") + 1));
    resolver.timeStages(undefined);
    runs.length = 0;
    resolver.resolve("Boko Haramm", "Nigeria");
    expect(runs).toEqual([]);
  });

  test("the last stage always answers", () => {
    const last = ACTOR_STAGES[ACTOR_STAGES.length - 1];
    expect(last.name).toBe("not in the dictionary");
    expect(shared.resolve("Zzyzx Qqq", null).status).toBe("unknown");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../../support/realAcled";
import { acledLabel } from "../../../../src/domain/names/acledLabels";
import { actorKeys, splitAcledForm } from "../../../../src/domain/names/actorResolver";
import { ACTORS } from "../../../../src/domain/names/dictionary/actors";
import { ADDED_ACTORS } from "../../../../src/domain/names/dictionary/addedActors";
import { BUILT_IN_ACTOR_CONTEXT_ALIASES, BUILT_IN_ACTORS, builtInActorResolver } from "../../../../src/domain/names/dictionary/builtIn";
import { actorEntrySchema } from "../../../../src/domain/names/dictionary/dictionarySchema";
import { validateDictionary } from "../../../../src/domain/names/dictionary/validateDictionary";
import { AMBIGUOUS_WEAPON_NAMES, WEAPONS } from "../../../../src/domain/names/dictionary/weapons";

const resolver = builtInActorResolver();
const resolve = (name: string, country: string | null) => resolver.resolve(name, country);

describe("the added actors (addedActors.ts)", () => {
  test("pass the schema, each with at least one public source", () => {
    const problems: string[] = [];
    for (const entry of ADDED_ACTORS) {
      const parsed = actorEntrySchema.safeParse(entry);
      if (!parsed.success) problems.push(`${entry.canonical}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      if ((entry.sources ?? []).filter((s) => s.trim().length > 0).length === 0) problems.push(`${entry.canonical}: no source`);
    }
    expect(problems).toEqual([]);
    expect(ADDED_ACTORS.length).toBeGreaterThanOrEqual(60);
  });

  test("never take a reference actor's canonical name or one of its names, and keep the dictionary sound", () => {
    const referenceNames = new Map<string, string>();
    for (const entry of ACTORS) for (const name of [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]) referenceNames.set(actorKeys(name)[0], entry.canonical);
    const clashes: string[] = [];
    for (const entry of ADDED_ACTORS) {
      for (const name of [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]) {
        const owner = referenceNames.get(actorKeys(name)[0]);
        if (owner) clashes.push(`"${name}" of ${entry.canonical} is a name of the reference's ${owner}`);
      }
    }
    expect(clashes).toEqual([]);
    const canonicals = BUILT_IN_ACTORS.map((e) => e.canonical);
    expect(canonicals.length).toBe(new Set(canonicals).size);
    expect(validateDictionary({ actors: BUILT_IN_ACTORS, contextAliases: BUILT_IN_ACTOR_CONTEXT_ALIASES, weapons: WEAPONS, ambiguousWeapons: AMBIGUOUS_WEAPON_NAMES })).toEqual([]);
  });

  test("every name an added entry lists resolves to it, in each country where it acts", () => {
    const wrong: string[] = [];
    for (const entry of ADDED_ACTORS) {
      for (const name of [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]) {
        for (const country of entry.countries) {
          const found = resolve(name, country);
          if (found.canonical !== entry.canonical) wrong.push(`"${name}" in ${country} → ${found.canonical ?? found.status} (${found.reason})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("ACLED's own strings are recognised forms: counted as the actor, never rewritten", () => {
    for (const [name, country, canonical] of [
      ["MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)", "Mali", "United Nations Multidimensional Integrated Stabilization Mission in Mali"],
      ["Police Forces of Mali (2013-2020) Gendarmerie", "Mali", "Police Forces of Mali"],
      ["Military Forces of France (2017-)", "Mali", "Military Forces of France"],
      ["GATIA: Imghad Tuareg and Allies Self-Defense Group", "Mali", "Imghad Tuareg and Allies Self-Defense Group"],
      ["OLF: Oromo Liberation Front (Shane Splinter Faction)", "Ethiopia", "Oromo Liberation Army"],
    ]) {
      const found = resolve(name, country);
      expect([name, found.canonical, found.status, found.fix]).toEqual([name, canonical, "acled", undefined]);
    }
  });
});

/**
 * What counts as a *generic* actor string here (NAMING-POLICY actors §7), everything else
 * being a named actor:
 * - ACLED's label families, as src/domain/names/acledLabels.ts knows them, with or without a
 *   regime period: "Civilians (Mali)", "Protesters (France)", "Fulani Ethnic Militia (Mali)",
 *   "Dozo Communal Group (Mali)", "Unidentified Armed Group (Benin)", "Government of Mali
 *   (2013-2020)", "Private Security Forces (Mexico)" …;
 * - ACLED's descriptive labels "Description (Place)" that acledLabels.ts does not read yet
 *   (DESCRIPTIVE_HEADS: "Protesters (Northern Ireland)", drivers, pirates, "Opposition Rebels
 *   (Syria)" …), and identity labels written without their country ("Swaades Tribal Militia");
 * - "A and/or B" compounds: two actors, not one (§6).
 * State forces other than the listed military ("Police Forces of Mali (2013-2020)",
 * "Military Forces of Turkey (2016-)") are named actors, and so are parties and unions.
 */
const DESCRIPTIVE_HEADS = /^(?:Protesters|Rioters|Civilians|Taxi\/Bus Drivers|Taxi Drivers|Truck Drivers|Pirates|Opposition Rebels|Forest Guards|Ambazonian Separatists|Militia|Former Militia)\b.*\(.+\)$/;
/** "Swaades Tribal Militia": an identity label written without its country. */
const IDENTITY_LABEL = /\b(?:Ethnic|Communal|Clan|Sub-Clan|Tribal) (?:Militia|Group)$/;
function isGeneric(name: string): boolean {
  return / and\/or /i.test(name) || acledLabel(name) !== undefined || acledLabel(splitAcledForm(name).base) !== undefined || DESCRIPTIVE_HEADS.test(name) || IDENTITY_LABEL.test(name);
}

/**
 * The named actor strings of the real files, most frequent first, and the canonical name each
 * must resolve to. Whatever the computed ranking puts in the first 60 must be here.
 */
const EXPECTED: Record<string, string> = {
  "JNIM: Group for Support of Islam and Muslims": "Jama'at Nusrat al-Islam wal-Muslimin",
  "Military Forces of Mali (2013-2020)": "Military Forces of Mali",
  "Military Forces of Russia (2000-)": "Military Forces of Russia",
  "Military Forces of Ukraine (2019-)": "Military Forces of Ukraine",
  "Military Forces of Myanmar (2021-)": "Military Forces of Myanmar",
  "Katiba Macina": "Katiba Macina",
  "Military Forces of France (2017-)": "Military Forces of France",
  "Islamic State (West Africa) - Greater Sahara Faction": "Islamic State Sahel Province",
  "Dan Na Ambassagou": "Dan Na Ambassagou",
  "NAF: United Armed Forces of Novorossiya": "United Armed Forces of Novorossiya",
  "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
  "Military Forces of Turkey (2016-)": "Military Forces of Turkey",
  "Military Forces of Yemen (2016-) Supreme Political Council": "Houthis",
  "Police Forces of Mali (2013-2020) Gendarmerie": "Police Forces of Mali",
  "Police Forces of Benin (2016-)": "Police Forces of Benin",
  "GATIA: Imghad Tuareg and Allies Self-Defense Group": "Imghad Tuareg and Allies Self-Defense Group",
  "Donbass People's Militia": "Donbass People's Militia",
  "Police Forces of Mali (2013-2020)": "Police Forces of Mali",
  "Military Forces of Israel (2021-)": "Israel Defense Forces",
  "PKK: Kurdistan Workers Party": "Kurdistan Workers' Party",
  "Military Forces of Yemen (2012-)": "Military Forces of Yemen",
  "Military Forces of Benin (2016-)": "Military Forces of Benin",
  "Islamic State (Greater Sahara)": "Islamic State Sahel Province",
  "Operation Restoring Hope": "Operation Restoring Hope",
  "MSA: Movement for Azawad Salvation": "Movement for Azawad Salvation",
  "DEM: Democratic Party": "Democratic Party (United States)",
  "Al Shabaab": "Al-Shabaab",
  "QSD: Syrian Democratic Forces": "Syrian Democratic Forces",
  "CCTSI: Coordinating Council of Teachers Syndicates in Iran": "Coordinating Council of Teachers Syndicates in Iran",
  "CGT: General Confederation of Labour (France)": "General Confederation of Labour (France)",
  "CONAIE: Confederation of Indigenous Nationalities of Ecuador": "Confederation of Indigenous Nationalities of Ecuador",
  "Police Forces of India (2014-)": "Police Forces of India",
  "FFF: Fridays for Future": "Fridays for Future",
  "Military Forces of Brazil (2019-) Military Police": "Military Forces of Brazil",
  "KCTU: Korean Confederation of Trade Unions": "Korean Confederation of Trade Unions",
  "Military Forces of Russia (2000-) Air Force": "Military Forces of Russia",
  "INC: Indian National Congress": "Indian National Congress",
  "Resistance Committees (Sudan)": "Resistance Committees (Sudan)",
  "Military Forces of Burkina Faso (2015-)": "Military Forces of Burkina Faso",
  "Police Forces of Myanmar (2021-)": "Police Forces of Myanmar",
  "CMA: Coordination of Movements of the Azawad": "Coordination of Movements of the Azawad",
  "Military Forces of the Democratic Republic of Congo (2019-)": "Military Forces of the Democratic Republic of Congo",
  "BJP: Bharatiya Janata Party": "Bharatiya Janata Party",
  "Military Forces of Mali (2020-2021)": "Military Forces of Mali",
  "SUD: Democratic Unitary Solidarity": "Democratic Unitary Solidarity",
  "Pyu Saw Htee": "Pyu Saw Htee",
  "Katiba Serma": "Katiba Serma",
  "Luhansk People's Militia": "Luhansk People's Militia",
  "CCOO: Workers Commissions": "Workers Commissions",
  "M5-RFP: Movement of June 5 - Rally of Patriotic Forces": "Movement of June 5 - Rally of Patriotic Forces",
  "Ansar Dine": "Ansar Dine",
  "UGT: General Union of Workers (Spain)": "General Union of Workers (Spain)",
  "ADF: Allied Democratic Forces": "Allied Democratic Forces",
  "Military Forces of Nigeria (2015-)": "Military Forces of Nigeria",
  "Islamic State (Sahel)": "Islamic State Sahel Province",
  "CGIL: Italian General Confederation of Labour": "Italian General Confederation of Labour",
  "Islamic State (Iraq)": "Islamic State",
  "FO: Force Ouvriere": "Force Ouvriere",
  "Global Coalition Against Daesh": "Global Coalition Against Daesh",
  "JWS: Syrian National Army": "Syrian National Army",
  "Police Forces of Mexico (2018-)": "Police Forces of Mexico",
  "Extinction Rebellion": "Extinction Rebellion",
  "UNSA: National Union of Autonomous Trade Unions": "National Union of Autonomous Trade Unions",
  "Police Forces of Turkey (2016-)": "Police Forces of Turkey",
  "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2020-2021)": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
  "National Resistance Front": "National Resistance Front",
  "Police Forces of Russia (2000-)": "Police Forces of Russia",
  "PTI: Pakistan Tehreek-i-Insaf": "Pakistan Tehreek-i-Insaf",
  "Military Forces of Iraq (2020-)": "Military Forces of Iraq",
};

/**
 * Named strings among the most frequent that name a reference actor but are not mapped to it
 * yet, each for a reason outside this dictionary; until then they must at least not resolve
 * to a wrong entry:
 * - "Military Forces of Syria (2000-)" are the Assad-era army (the reference's Syrian Arab
 *   Army) and "Military Forces of Afghanistan (2021-)" the Taliban: which entry they are
 *   depends on ACLED's regime period, which the resolver sets aside for matching;
 * - "VDP: Volunteer for Defense of Homeland" is ACLED's string for the VDP, which ACLED codes
 *   as an Identity militia in every event of these files while the reference says Political
 *   militia: recognising it turns that disagreement into six type warnings on the Burkina Faso
 *   file (over the noise floor of test/domain/checks/realAcled.test.ts); the type is the
 *   reference's to settle first.
 */
const AWAITING: Record<string, string> = {
  "Military Forces of Syria (2000-)": "Syrian Arab Army",
  "Military Forces of Afghanistan (2021-)": "Taliban",
  "VDP: Volunteer for Defense of Homeland": "Volunteers for the Defense of the Homeland",
};

interface Counted {
  name: string;
  events: number;
  countries: Map<string, number>;
}

const REAL = realAcledDir(join(__dirname, "../../../.."));
const present = realAcledPresent(REAL);
if (!present) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}; the added actors were not checked against real rows.`);
const describeReal = present ? describe : describe.skip;

/** Every actor string of the real files (associated cells split on ";") with its distinct events, by country. */
function countActorStrings(): Counted[] {
  const events = new Map<string, { ids: Set<string>; countries: Map<string, Set<string>> }>();
  for (const file of REAL_ACLED_FILES) {
    const rows: Record<string, string>[] = parse(readFileSync(join(REAL, file), "utf8"), { columns: true, bom: true });
    for (const row of rows) {
      const names = [row.actor1, row.actor2, ...(row.assoc_actor_1 ?? "").split(";"), ...(row.assoc_actor_2 ?? "").split(";")];
      for (const raw of names) {
        const name = (raw ?? "").trim();
        if (!name || name === "NA") continue; // R's NA placeholder in benin_2009-2022_raw_NA.csv
        let counted = events.get(name);
        if (!counted) events.set(name, (counted = { ids: new Set(), countries: new Map() }));
        counted.ids.add(row.event_id_cnty);
        let ids = counted.countries.get(row.country);
        if (!ids) counted.countries.set(row.country, (ids = new Set()));
        ids.add(row.event_id_cnty);
      }
    }
  }
  return [...events].map(([name, c]) => ({ name, events: c.ids.size, countries: new Map([...c.countries].map(([k, ids]) => [k, ids.size])) }));
}

describeReal("the most frequent named actors of the real ACLED exports", () => {
  let ranked: Counted[] = [];
  beforeAll(() => {
    ranked = countActorStrings()
      .filter((c) => !isGeneric(c.name))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  });

  /** The first `n` named strings (without the AWAITING ones), with any tied with the last. */
  function top(n: number): Counted[] {
    const named = ranked.filter((c) => !(c.name in AWAITING));
    const last = named[n - 1].events;
    return named.filter((c, i) => i < n || c.events === last);
  }

  test("the ranking is the one the table was written from", () => {
    // The counts are of distinct events: JNIM's string leads, in 1,249 events.
    expect(ranked[0]).toMatchObject({ name: "JNIM: Group for Support of Islam and Muslims", events: 1249 });
    expect(ranked.some((c) => c.name === "Civilians (Mali)" || c.name.startsWith("Protesters ("))).toBe(false);
    const missing = top(60).filter((c) => !(c.name in EXPECTED)).map((c) => `${c.name} (${c.events} events)`);
    expect(missing).toEqual([]);
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(60);
  });

  test("the 60 most frequent resolve to a dictionary entry with the right canonical name, in every country where they occur", () => {
    const wrong: string[] = [];
    for (const counted of top(60)) {
      for (const country of counted.countries.keys()) {
        const found = resolve(counted.name, country);
        const entry = found.canonical ? resolver.entry(found.canonical) : undefined;
        if (found.canonical !== EXPECTED[counted.name] || !entry) wrong.push(`${counted.name} in ${country}: ${found.canonical ?? found.status}${entry ? "" : " (no entry)"}; expected ${EXPECTED[counted.name]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("every row of the table resolves as it says, in every country where its string occurs", () => {
    const wrong: string[] = [];
    for (const [name, canonical] of Object.entries(EXPECTED)) {
      const counted = ranked.find((c) => c.name === name);
      if (!counted) wrong.push(`${name}: not in the real files`);
      for (const country of counted?.countries.keys() ?? []) {
        const found = resolve(name, country);
        if (found.canonical !== canonical || !resolver.entry(canonical)) wrong.push(`${name} in ${country}: ${found.canonical ?? found.status}; expected ${canonical}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the strings awaiting a decision are among them, and never resolve to a wrong entry", () => {
    for (const [name, right] of Object.entries(AWAITING)) {
      const counted = ranked.find((c) => c.name === name);
      // As frequent as the 60th of the others at least: they would be in the table otherwise.
      const window = top(60);
      expect([name, counted!.events >= window[window.length - 1].events]).toEqual([name, true]);
      for (const country of counted!.countries.keys()) {
        const found = resolve(name, country);
        const entry = found.canonical ? resolver.entry(found.canonical) : undefined;
        if (entry) expect([name, country, found.canonical]).toEqual([name, country, right]);
      }
    }
  });
});

describe("what the added actors must not become", () => {
  test.each([
    // NAMING-POLICY actors §3: predecessors, components and splinters are their own actors.
    ["MNLA", "Mali", "National Movement for the Liberation of Azawad", "Azawad Liberation Front"],
    ["Mouvement national de libération de l'Azawad", "Mali", "National Movement for the Liberation of Azawad", "Azawad Liberation Front"],
    ["MNLA fighters", "Mali", "National Movement for the Liberation of Azawad", "Azawad Liberation Front"],
    ["HCUA", "Mali", "High Council for the Unity of Azawad", "Azawad Liberation Front"],
    ["CMA", "Mali", "Coordination of Movements of the Azawad", "Azawad Liberation Front"],
    ["FLA", "Mali", "Azawad Liberation Front", "Coordination of Movements of the Azawad"],
    ["MSA", "Mali", "Movement for Azawad Salvation", "National Movement for the Liberation of Azawad"],
    ["MUJAO", "Mali", "Movement for Unity and Jihad in West Africa", "Al-Mourabitoun"],
    ["Katiba Serma", "Mali", "Katiba Serma", "Jama'at Nusrat al-Islam wal-Muslimin"],
    ["MAA: Arab Movement of the Azawad (Platform)", "Mali", "Arab Movement of the Azawad (Platform)", "Arab Movement of the Azawad (CMA)"],
    ["MAA: Arab Movement of the Azawad (CMA)", "Mali", "Arab Movement of the Azawad (CMA)", "Arab Movement of the Azawad (Platform)"],
    // Koglweogo associations are not the state-backed VDP, nor the other way round.
    ["Koglweogo", "Burkina Faso", "Koglweogo", "Volunteers for the Defense of the Homeland"],
    ["Koglweogo Militia", "Burkina Faso", "Koglweogo", "Volunteers for the Defense of the Homeland"],
    ["VDP", "Burkina Faso", "Volunteers for the Defense of the Homeland", "Koglweogo"],
    // Dozo militias: ACLED's actor is the country's, and the dictionary keeps them apart.
    ["Dozo Communal Militia (Burkina Faso)", "Burkina Faso", "Dozo Communal Militia (Burkina Faso)", "Dozo Communal Militia (Mali)"],
    ["Dozo Communal Militia (Mali)", "Mali", "Dozo Communal Militia (Mali)", "Dozo Communal Militia (Burkina Faso)"],
    ["Dozo Communal Militia (Mali)", "Burkina Faso", "Dozo Communal Militia (Mali)", "Dozo Communal Militia (Burkina Faso)"],
    // French operations are the French forces; the police is not the army.
    ["Barkhane", "Mali", "Military Forces of France", "Military Forces of Mali"],
    ["Police Forces of Mali (2013-2020) Gendarmerie", "Mali", "Police Forces of Mali", "Military Forces of Mali"],
  ])("%s in %s is %s, not %s", (name, country, right, wrong) => {
    const found = resolve(name, country);
    expect(found.canonical).toBe(right);
    expect(found.canonical).not.toBe(wrong);
  });

  test.each([
    // "Dozo" is a hunters' brotherhood, not an organisation; Dogon militias (Dan Na Ambassagou) are called dozos too.
    ["Dozo", "Mali"],
    ["Dozos", "Burkina Faso"],
    ["Dozo militia", "Mali"],
    ["Dozo Communal Group (Mali)", "Mali"], // the community, not the militia
    ["Ganda Izo Ethnic Militia (Mali)", "Mali"], // ACLED's label for the community militia, not Ganda Izo
    ["G5 Sahel", "Mali"], // the organisation of states, not its joint force
    ["Platform", "Mali"],
    ["MAA", "Mali"], // two factions
    ["CMA", "Niger"], // a shared acronym outside the actor's country
    ["MSA", null],
    ["NAF", "Nigeria"], // the Nigerian Air Force
    ["Democratic Party", "Italy"], // a namesake (§9)
    ["PD: Democratic Party (Italy)", "Italy"],
    ["Peoples Democratic Party", "Nigeria"], // Nigeria's PDP is not Turkey's HDP
    ["Nigerian police", "Niger"], // Nigerian vs Nigerien (§4)
  ])("%s in %s is not mapped", (name, country) => {
    const found = resolve(name, country);
    expect([name, found.canonical]).toEqual([name, null]);
  });
});

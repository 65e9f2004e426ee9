import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../support/realAcled";
import { DEFAULT_KEYERS } from "../../../src/domain/clusters/clusterKeyers";
import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { DistinctValue } from "../../../src/domain/clusters/clusterTypes";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { distinctValues } from "../../../src/domain/clusters/distinctValues";
import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { WorkbookGrid } from "../../../src/domain/sheetGrid";

/**
 * Clusters at the default settings on the distinct real actor strings of ../shared/real-acled
 * (actor 1 and 2, associated actors) and on their locations, each reviewed by hand against
 * NAMING-POLICY.md (locations against the files' own admin1-3 columns, which say where each
 * place is). Two views: values keyed by (value, incident country), as the workbook is
 * clustered, and the strings alone, as OpenRefine clusters a column. Only the names are listed
 * here. The five files give 13 actor clusters at the default settings, fewer than the 30 the
 * issue asked for: ACLED writes its actor names from one list, so they drift little, and the
 * guards are not loosened to make more. The clusters looser settings would add are reviewed
 * below too (73, blind), so that the table holds 86.
 */
const REAL = realAcledDir(join(__dirname, "..", "..", ".."));
const describeReal = realAcledPresent(REAL) ? describe : describe.skip;

const ACTOR_COLUMNS = ["event_id_cnty", "event_date", "country", "location", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2"];

/** The five files as one incident sheet of their actor columns (their other columns play no part). */
function realWorkbook(): WorkbookGrid {
  const values: string[][] = [ACTOR_COLUMNS];
  for (const file of REAL_ACLED_FILES) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(REAL, file), "utf8"), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) values.push(ACTOR_COLUMNS.map((column) => row[column] ?? ""));
  }
  return { sheets: [{ name: "Incidents", values }] };
}

import { ValueKind } from "../../../src/domain/clusters/clusterTypes";

interface Reviewed {
  view: "by country" | "strings";
  method: "key" | "knn";
  members: string[];
  right: boolean;
  why: string;
}

const REVIEWED: Reviewed[] = [
  { view: "by country", method: "key", members: ["UM-RDA: Malian Union for the African Democratic Rally", "UMRDA: Malian Union for the African Democratic Rally"], right: true, why: "one party (US-RDA), the hyphen of its acronym dropped" },
  { view: "by country", method: "knn", members: ["Labor Group (Benin)", "Labour Group (Benin)"], right: true, why: "one generic group, American and British spelling" },
  { view: "by country", method: "knn", members: ["Mayi Mayi Militia (Buhirwa)", "Mayi Mayi Militia (Buhirwha)"], right: true, why: "one Mai-Mai militia of Buhirwa (DRC), an h added in transliteration" },
  { view: "by country", method: "knn", members: ["UM-RDA: Malian Union for the African Democratic Rally", "UMRDA: Malian Union for the African Democratic Rally"], right: true, why: "as above, at one edit" },
  { view: "strings", method: "key", members: ["UM-RDA: Malian Union for the African Democratic Rally", "UMRDA: Malian Union for the African Democratic Rally"], right: true, why: "as above" },
  { view: "strings", method: "knn", members: ["Labor Group (Benin)", "Labour Group (Benin)"], right: true, why: "spelling only" },
  { view: "strings", method: "knn", members: ["Labor Group (Burkina Faso)", "Labour Group (Burkina Faso)"], right: true, why: "spelling only" },
  { view: "strings", method: "knn", members: ["Labor Group (Ukraine)", "Labour Group (Ukraine)"], right: true, why: "spelling only" },
  { view: "strings", method: "knn", members: ["Labor Group (Russia)", "Labour Group (Russia)"], right: true, why: "spelling only" },
  { view: "strings", method: "knn", members: ["Labor Group (Philippines)", "Labour Group (Philippines)"], right: true, why: "spelling only" },
  { view: "strings", method: "knn", members: ["Mayi Mayi Militia (Buhirwa)", "Mayi Mayi Militia (Buhirwha)"], right: true, why: "as above" },
  { view: "strings", method: "knn", members: ["Rider Union", "Riders Union"], right: false, why: "the Rider Union of South Korea and the Riders Union of Italy: two unions, met only with the country set aside (by country, never)" },
  { view: "strings", method: "knn", members: ["UM-RDA: Malian Union for the African Democratic Rally", "UMRDA: Malian Union for the African Democratic Rally"], right: true, why: "as above" },
];

/**
 * What the singular fingerprint adds to the actor clusters above when a curator asks for it by
 * name (`--keyers fingerprint,transliteration,compact,singular-fingerprint`; it is a default
 * for weapons only): by country, as the workbook is clustered, nothing; without the country,
 * one cluster, wrong. This is why it is no default for actors: it would be the second wrong
 * one at the default settings, for no right one.
 */
const REVIEWED_WITH_SINGULAR: Reviewed[] = [
  { view: "strings", method: "key", members: ["Rider Union", "Riders Union"], right: false, why: "as by knn above: the Rider Union of South Korea and the Riders Union of Italy, two unions, met only with the country set aside" },
];

/**
 * Every location cluster at the default settings. By country there are none: the place guard
 * keeps apart names one letter or one word break apart, which before it made 25 clusters by
 * country, 24 of them two places (the look-alikes below). Without the country (the strings
 * view, which the workbook never uses) two homonyms of two countries meet.
 */
const REVIEWED_LOCATIONS: Reviewed[] = [
  { view: "strings", method: "key", members: ["Dar'a", "Dara"], right: false, why: "Dar'a (Daraa) in Syria and Dara, a village of Douentza cercle in Mali: one spelling, two countries" },
  { view: "strings", method: "key", members: ["Saint Denis", "Saint-Denis"], right: false, why: "Saint-Denis of Seine-Saint-Denis (France) and Saint-Denis, the capital of Reunion: two places" },
];

/**
 * The clusters by country that one-letter and word-break look-alikes made before the place
 * guard, each checked against the files' admin columns: distinct places all but one
 * (Pondourou / Poundourou, both of Diougani commune in Koro cercle, probably one village, is
 * lost with them).
 */
const LOOK_ALIKE_PLACES: string[][] = [
  ["Tin Telout", "Tintelout"], ["Aguas Calientes", "Aguascalientes"], ["In Taw", "Intaw"], ["Hombori", "Nombori"], ["Dondoro", "Mondoro"],
  ["Diangassagou", "Niangassagou"], ["Ogossagou", "Orossagou"], ["Tagourou", "Tegourou"], ["Fangasso", "Yangasso"], ["Yangasso", "Zangasso"],
  ["Gouande", "Kouande"], ["Acharane", "Tacharane"], ["Koundou", "Oundou"], ["Palencia", "Valencia"], ["Luhansk", "Luhanske"],
  ["Banguel", "Ganguel"], ["Bathinda", "Bathindi"], ["Aracaju", "Maracaju"], ["Al Ghaylah", "Al Ghayzah"], ["Sincheon", "Suncheon"],
  ["Mirhama", "Sirhama"], ["Kalynivka", "Malynivka"], ["Mouroukoudougou", "Souroukoudougou"], ["Pondourou", "Poundourou"],
];

/** Every cluster of one kind at the default settings (or with the given keyers, key collision only; or with looser nearest-neighbour settings, knn only), in both views and by both methods. */
function producedClusters(kind: ValueKind, keyers?: readonly string[], looser?: Looser): Reviewed[] {
  const produced: Reviewed[] = [];
  const values = distinctValues(realWorkbook(), kind);
  const strings = new Map<string, DistinctValue>();
  for (const value of values) {
    const known = strings.get(value.value);
    if (known) known.count += value.count;
    else strings.set(value.value, { ...value, country: null, cells: [], first: strings.size });
  }
  const lookup = kind === "actor" ? lookupFromResolver(builtInActorResolver()) : undefined;
  for (const [view, set] of [["by country", values], ["strings", [...strings.values()]]] as const) {
    for (const method of keyers ? (["key"] as const) : looser ? (["knn"] as const) : (["key", "knn"] as const)) {
      const settings = looser === "levenshtein radius 2" ? { radius: 2 } : looser === "ppm radius 1" ? { distance: "ppm" as const, radius: 1 } : {};
      for (const cluster of clusterValues(set, { kind, method, ...settings, ...(keyers ? { keyers } : {}), ...(lookup ? { lookup } : {}) }).clusters) {
        produced.push({ view, method, members: cluster.members.map((m) => m.value).sort(), right: true, why: "" });
      }
    }
  }
  return produced;
}

const id = (c: Pick<Reviewed, "view" | "method" | "members">) => `${c.view} ${c.method} ${JSON.stringify(c.members)}`;

describeReal("clusters on the real ACLED actor strings, at the default settings", () => {
  // Read in beforeAll: a skipped describe still runs its body, and the files may be absent.
  const produced: Reviewed[] = [];
  beforeAll(() => {
    produced.push(...producedClusters("actor"));
  });

  test("every reviewed cluster is still produced, and every cluster produced has been reviewed", () => {
    const reviewed = new Set(REVIEWED.map(id));
    expect(produced.map(id).filter((p) => !reviewed.has(p))).toEqual([]);
    const found = new Set(produced.map(id));
    expect(REVIEWED.map(id).filter((r) => !found.has(r))).toEqual([]);
  });

  // The bar is at most 1 wrong in 30. These files give 13 clusters, not 30: read as at
  // most one wrong in all of them (12 right, 1 wrong), and none by country, as the workbook is clustered.
  test("at most 1 wrong in all, none by country", () => {
    expect(REVIEWED.filter((r) => !r.right).length).toBeLessThanOrEqual(1);
    expect(REVIEWED.filter((r) => r.view === "by country" && !r.right)).toEqual([]);
  });

  test("the singular fingerprint, asked for by name, adds only the reviewed clusters (one, wrong, without the country)", () => {
    const defaults = new Set(produced.filter((p) => p.method === "key").map(id));
    const added = producedClusters("actor", [...DEFAULT_KEYERS, "singular-fingerprint"]).filter((p) => !defaults.has(id(p)));
    expect(added.map(id)).toEqual(REVIEWED_WITH_SINGULAR.map(id));
    expect(REVIEWED_WITH_SINGULAR.filter((r) => r.view === "by country")).toEqual([]);
  });

  test("the look-alikes of these files are not clustered: Iran / Iraq, the villages Ganro / Gango, Gouka / Bouka, Dozo / Doro", () => {
    const clustered = produced.map((p) => p.members.join(" | "));
    for (const word of ["(Iraq)", "Gango", "Bouka", "Doro "]) expect(clustered.filter((c) => c.includes(word))).toEqual([]);
  });
});

type Looser = "levenshtein radius 2" | "ppm radius 1";

/**
 * What looser settings would add, reviewed blind: the clusters by country of nearest
 * neighbours at radius 2 (Levenshtein) and of OpenRefine's PPM distance at radius 1 (the 64
 * that neither the defaults nor Levenshtein at radius 2 or 3 make), and the strings view at
 * radius 2, each beyond those at the default settings. A helper session marked them, together
 * with the default clusters above and in shuffled order, from the real files, the naming
 * policy and public knowledge only, without the tool or this table (it agreed with every
 * verdict above). They are why the defaults are what they are: at radius 2, 4 of 9 right;
 * by PPM at radius 1, none of 64.
 */
const REVIEWED_LOOSER: (Omit<Reviewed, "view" | "method"> & { setting: Looser; view: Reviewed["view"] })[] = [
  { setting: "levenshtein radius 2", view: "by country", members: ["Fula Ethnic Group (Burkina Faso)","Fulani Ethnic Group (Burkina Faso)"], right: true, why: "Fula and Fulani are the same people: ACLED's older Burkina rows (2004-2012, e.g. Poni 2008) say \"Fula\" and its later rows say \"Fulani\" for the same herder communities." },
  { setting: "levenshtein radius 2", view: "by country", members: ["Fula Ethnic Militia (Burkina Faso)","Fulani Ethnic Militia (Burkina Faso)"], right: true, why: "Fula and Fulani Ethnic Militia (Burkina Faso) are the same herder militias: ACLED wrote \"Fula\" in 2004-2012 rows (Poni, Bougouriba, Zabre) and \"Fulani\" later." },
  { setting: "levenshtein radius 2", view: "by country", members: ["Kouba Communal Group (Burkina Faso)","Koubri Communal Group (Burkina Faso)"], right: false, why: "Two different villages: Kouba and Koubri are the two opposing communal groups in the same 2018-03-09 Koubri (Kadiogo) event." },
  { setting: "levenshtein radius 2", view: "by country", members: ["Shan Ethnic Group (Myanmar)","Shanni Ethnic Group (Myanmar)"], right: false, why: "Shanni (Tai Leng/Red Shan, Hpakant, Kachin, 2022-06-25) and Shan (Muse, Shan-North, 2022-03-09) are distinct ethnic groups that ACLED labels separately." },
  { setting: "levenshtein radius 2", view: "strings", members: ["Fula Ethnic Group (Burkina Faso)","Fulani Ethnic Group (Burkina Faso)"], right: true, why: "Same Fula/Fulani Ethnic Group (Burkina Faso) drift; the single \"Fula\" cell is the 2008 Poni row." },
  { setting: "levenshtein radius 2", view: "strings", members: ["Fula Ethnic Militia (Burkina Faso)","Fulani Ethnic Militia (Burkina Faso)"], right: true, why: "Same Fula/Fulani Ethnic Militia (Burkina Faso) drift; the label carries the country, so setting the country aside does not matter." },
  { setting: "levenshtein radius 2", view: "strings", members: ["Kouba Communal Group (Burkina Faso)","Koubri Communal Group (Burkina Faso)"], right: false, why: "Two different villages: Kouba residents protested in Koubri (Kadiogo) against a land deal on 2018-03-09, so ACLED coded Kouba and Koubri as opposing sides." },
  { setting: "levenshtein radius 2", view: "strings", members: ["Left Party","V: Left Party"], right: false, why: "Two different parties: \"Left Party\" is Turkey's Sol Parti (Rize and Savsat protests, 2022-06) while \"V: Left Party\" is Sweden's Vansterpartiet (Stockholm, 2022-02-27)." },
  { setting: "levenshtein radius 2", view: "strings", members: ["Shan Ethnic Group (Myanmar)","Shanni Ethnic Group (Myanmar)"], right: false, why: "Shanni (Kachin, Hpakant) and Shan (Shan-North, Muse) are distinct ethnic groups." },
  { setting: "ppm radius 1", view: "by country", members: ["Agbon Communal Militia (Benin)","Banagbasson Communal Militia (Benin)","Igboiganan Communal Militia (Benin)"], right: false, why: "Three different villages: Agbon (Bante, Collines), Banagbasson (youths attacking in Zambara, Kalale, Borgou) and Igboiganan (Ketou, Plateau)." },
  { setting: "ppm radius 1", view: "by country", members: ["Aid Workers (Democratic Republic of Congo)","Health Workers (Democratic Republic of Congo)"], right: false, why: "Health Workers and Aid Workers are different ACLED categories." },
  { setting: "ppm radius 1", view: "by country", members: ["Arhuaco Indigenous Group (Colombia)","Indigenous Group (Colombia)","Wayuu Indigenous Group (Colombia)"], right: false, why: "The generic Indigenous Group (Colombia) and the specific Wayuu and Arhuaco groups are a category and two different peoples." },
  { setting: "ppm radius 1", view: "by country", members: ["Armed Drug Suspects (Philippines)","Drug Suspects (Philippines)"], right: false, why: "ACLED keeps these apart on purpose: Armed Drug Suspects are an armed actor (inter 3, shooting police and civilians), while Drug Suspects are civilian victims (assoc of Civilians, inter 7)." },
  { setting: "ppm radius 1", view: "by country", members: ["Babika Communal Militia (Democratic Republic of Congo)","Bena Nshimba Communal Militia (Democratic Republic of Congo)","Kuluna Communal Militia (Democratic Republic of Congo)"], right: false, why: "Three different groups: Kuluna urban gangs (Kikwit, Kwilu), Bena Nshimba (Katanda, Kasai-Oriental) and Babika (Lubero, Nord-Kivu)." },
  { setting: "ppm radius 1", view: "by country", members: ["Banga Communal Group (Mali)","Koundianga Communal Group (Mali)"], right: false, why: "Two different villages: Banga (Yorosso, Sikasso) and Koundianga (Koro, Mopti)." },
  { setting: "ppm radius 1", view: "by country", members: ["Bante Communal Militia (Benin)","Dambanga Communal Militia (Benin)","Gangban Communal Militia (Benin)"], right: false, why: "Three different actors: Dambanga is a hunters' brotherhood (Kalale and Tchaourou), Bante is a town (Collines) and Gangban is a village (Adjohoun, Oueme)." },
  { setting: "ppm radius 1", view: "by country", members: ["Bassila Communal Militia (Benin)","Save Communal Militia (Benin)"], right: false, why: "Two different towns: Save (Collines) and Bassila (Donga)." },
  { setting: "ppm radius 1", view: "by country", members: ["Batwa Ethnic Militia (Democratic Republic of Congo)","Twirwaneho Ethnic Militia (Democratic Republic of Congo)"], right: false, why: "Twirwaneho (Banyamulenge self-defence, Fizi/Minembwe, Sud-Kivu) and the Batwa (Twa) militia (Kalemie, Tanganyika) are unrelated ethnic militias." },
  { setting: "ppm radius 1", view: "by country", members: ["Biro Communal Group (Benin)","Kalale Communal Group (Benin)","Woroko Communal Group (Benin)"], right: false, why: "Three different places: Biro (N'dali/Nikki, Borgou), Kalale (Borgou) and Woroko (near Ketou, Plateau)." },
  { setting: "ppm radius 1", view: "by country", members: ["Boukombe Communal Militia (Benin)","Gouka Communal Militia (Benin)","Goungoun Communal Militia (Benin)","Pabegou Communal Militia (Benin)"], right: false, why: "Four different places: Gouka (Bante), Goungoun (Malanville), Pabegou (Donga) and Boukombe (Atacora)." },
  { setting: "ppm radius 1", view: "by country", members: ["Boundo Communal Militia (Mali)","Dozo Communal Militia (Mali)"], right: false, why: "Dozo hunters and the Boundo villagers (Segou, 2020-04-17) are different actors." },
  { setting: "ppm radius 1", view: "by country", members: ["Burkinabe Communal Militia (Burkina Faso)","Dozo Communal Militia (Burkina Faso)","Nafona Communal Militia (Burkina Faso)","Sitiena Communal Militia (Burkina Faso)"], right: false, why: "Dozo hunters, a generic Burkinabe farmers militia (Djibasso 2006), Sitiena village and Nafona village (Comoe) are four different actors." },
  { setting: "ppm radius 1", view: "by country", members: ["CDT: Democratic Confederation of Labour","FDT: Democratic Federation of Labour"], right: false, why: "Two different Moroccan unions: the CDT (Democratic Confederation of Labour) and the FDT (Democratic Federation of Labour, which split from it in 2003)." },
  { setting: "ppm radius 1", view: "by country", members: ["Christian Group (United Kingdom)","Protestant Christian Group (United Kingdom)"], right: false, why: "ACLED keeps the general Christian Group and the Protestant Christian Group sub-group apart on purpose; merging would change the denomination recorded." },
  { setting: "ppm radius 1", view: "by country", members: ["Christian Group (United States)","Protestant Christian Group (United States)"], right: false, why: "The general Christian Group and the Protestant Christian Group sub-group are distinct ACLED labels and appear on opposite sides of events." },
  { setting: "ppm radius 1", view: "by country", members: ["CPI (Maoist): Communist Party of India (Maoist)","CPI(M): Communist Party of India (Marxist)","CPI: Communist Party of India"], right: false, why: "Three different parties: CPI(M) is a parliamentary party, CPI (Maoist) is a banned insurgent group and CPI is the original Communist Party of India." },
  { setting: "ppm radius 1", view: "by country", members: ["Dagara Ethnic Group (Burkina Faso)","Lobi Ethnic Group (Burkina Faso)"], right: false, why: "Lobi and Dagara are different ethnic groups, named side by side as different communities in the Poni (Sud-Ouest) rows (2008, 2019-03-18)." },
  { setting: "ppm radius 1", view: "by country", members: ["Dassari Communal Militia (Benin)","Sori Communal Militia (Benin)"], right: false, why: "Two different villages: Sori (Gogounou, Alibori) and Dassari (Materi, Atacora)." },
  { setting: "ppm radius 1", view: "by country", members: ["Debogi Communal Militia (Nigeria)","Ebbo Communal Militia (Nigeria)"], right: false, why: "Two different communities: Ebbo and Debogi are listed as separate militias in the same 2022-06-27 Lapai (Niger State) event." },
  { setting: "ppm radius 1", view: "by country", members: ["Diongolo Communal Militia (Burkina Faso)","Goyenga Communal Militia (Burkina Faso)","Ponga Communal Militia (Burkina Faso)"], right: false, why: "Three different villages: Ponga (Boulgou), Diongolo (Comoe) and Goyenga (Boulgou)." },
  { setting: "ppm radius 1", view: "by country", members: ["FARC Dissident - Carlos Patino Front: Revolutionary Armed Forces of Colombia Dissident Faction (Carlos Patino Front)","FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"], right: false, why: "The Carlos Patino Front is one sub-faction (Argelia, Cauca), while the generic FARC Dissident label is the whole dissident category (Bogota 2022-01-21)." },
  { setting: "ppm radius 1", view: "by country", members: ["Fishermen (Democratic Republic of Congo)","Women (Democratic Republic of Congo)"], right: false, why: "Women and Fishermen are different ACLED identity categories." },
  { setting: "ppm radius 1", view: "by country", members: ["Fulani Ethnic Group (Burkina Faso)","Mossi Ethnic Group (Burkina Faso)"], right: false, why: "Fulani and Mossi are different ethnic groups (e.g. the Loropeni 2019-03-18 row names them separately)." },
  { setting: "ppm radius 1", view: "by country", members: ["Ganro Communal Militia (Benin)","Kilibo Communal Militia (Benin)"], right: false, why: "Two different villages: Ganro (Bembereke, Borgou) and Kilibo (Ouesse, Collines)." },
  { setting: "ppm radius 1", view: "by country", members: ["Garou Communal Group (Benin)","Gogounou Communal Group (Benin)","Pabegou Communal Group (Benin)"], right: false, why: "Three different places: Gogounou (Alibori), Pabegou (Copargo, Donga) and Garou (Malanville, Alibori)." },
  { setting: "ppm radius 1", view: "by country", members: ["Garou Communal Militia (Benin)","Tchaourou Communal Militia (Benin)"], right: false, why: "Two different places: Tchaourou (Borgou) and Garou (Malanville, Alibori)." },
  { setting: "ppm radius 1", view: "by country", members: ["Guimbala Communal Group (Mali)","Mbana Communal Group (Mali)"], right: false, why: "Two different villages: Mbana (Koro, Mopti) and Guimbala (Youwarou, Mopti)." },
  { setting: "ppm radius 1", view: "by country", members: ["Haredi Jewish Group (Israel)","Jewish Group (Israel)"], right: false, why: "The general Jewish Group and the Haredi Jewish Group sub-group are labels ACLED keeps distinct on purpose." },
  { setting: "ppm radius 1", view: "by country", members: ["Hulaliu Communal Militia (Indonesia)","Kariuw Communal Militia (Indonesia)","Ori Communal Militia (Indonesia)"], right: false, why: "Three different villages: Ori and Kariuw fought each other (2022-01-26), and Hulaliu fought Aboru (2022-02-15), all on Haruku, Maluku." },
  { setting: "ppm radius 1", view: "by country", members: ["Hutu Ethnic Militia (Democratic Republic of Congo)","Ngumino Ethnic Militia (Democratic Republic of Congo)"], right: false, why: "Hutu militias (Nyatura, Masisi and Rutshuru) and the Ngumino (Banyamulenge, Uvira and Fizi) are different ethnic militias." },
  { setting: "ppm radius 1", view: "by country", members: ["Idnan Ethnic Militia (Mali)","Imajgan Ethnic Militia (Mali)"], right: false, why: "Idnan (Kidal and Gao, 2017) and Imajgan (Menaka, 2018) are different Tuareg tribal groups." },
  { setting: "ppm radius 1", view: "by country", members: ["Indigenous Group (Mexico)","Nahuas Indigenous Group (Mexico)","Otomi Indigenous Group (Mexico)"], right: false, why: "The generic Indigenous Group (Mexico) and the specific Otomi and Nahua peoples are a category and two different peoples." },
  { setting: "ppm radius 1", view: "by country", members: ["Indigenous Group (Paraguay)","Toba Indigenous Group (Paraguay)"], right: false, why: "The generic Indigenous Group (Paraguay) and the specific Toba (Qom) Indigenous Group are a general category and a sub-group, which ACLED keeps apart." },
  { setting: "ppm radius 1", view: "by country", members: ["Indigenous Militia (Chile)","Mapuche Indigenous Militia (Chile)"], right: false, why: "The generic Indigenous Militia (Chile) and the Mapuche Indigenous Militia are a category and a sub-group." },
  { setting: "ppm radius 1", view: "by country", members: ["JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)","JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"], right: false, why: "Lean wrong: these are ACLED's dated labels for a renamed group, \"(Greater Sahara)\" on a 2019 event and \"(Sahel)\" on 2022 events, kept as written in the 2023 Benin export, so merging would rewrite the period-specific ACLED form." },
  { setting: "ppm radius 1", view: "by country", members: ["Journalists (Democratic Republic of Congo)","Pastoralists (Democratic Republic of Congo)"], right: false, why: "Pastoralists and Journalists are different ACLED categories." },
  { setting: "ppm radius 1", view: "by country", members: ["Kabo Communal Militia (Benin)","Woroko Communal Militia (Benin)"], right: false, why: "Two different villages: Woroko (near Ketou, Plateau) and Kabo (Tchaourou, Borgou)." },
  { setting: "ppm radius 1", view: "by country", members: ["Kani People's Defense Force - KLG","People's Defense Force - Kani"], right: false, why: "Lean wrong: Kani PDF-KLG is a named sub-group (Kani and Yinmarbin, 2022), while PDF-Kani is coded in Mingin township; the 2022-04-19 note lists Kani PDF (KLG) and a \"PDF - Local Group\" separately, so identity is not certain." },
  { setting: "ppm radius 1", view: "by country", members: ["Koalou Communal Group (Burkina Faso)","Kouba Communal Group (Burkina Faso)","Koubri Communal Group (Burkina Faso)"], right: false, why: "Three different villages: Koalou (Kompienga, Est, 2022), Kouba and Koubri (the two opposing sides of the 2018-03-09 event in Kadiogo)." },
  { setting: "ppm radius 1", view: "by country", members: ["Koloni Communal Militia (Mali)","Ouolon Communal Militia (Mali)"], right: false, why: "Two different villages: Koloni (Yanfolila, Sikasso) and Ouolon (San, Segou)." },
  { setting: "ppm radius 1", view: "by country", members: ["Meru Ethnic Militia (Kenya)","Samburu Ethnic Militia (Kenya)"], right: false, why: "Samburu (Isiolo) and Meru (Tigania) are different ethnic militias." },
  { setting: "ppm radius 1", view: "by country", members: ["MSA: Movement for Azawad Salvation","MSA: Movement for Azawad Salvation (CME)"], right: false, why: "\"MSA (CME)\" is a different body: a Fulani militia leader (Sekou Bolly) acting under the MSA name within the CME umbrella signed a ceasefire in Sevare, Mopti (2019-07-01), not the Menaka-based MSA." },
  { setting: "ppm radius 1", view: "by country", members: ["Muslim Group (Afghanistan)","Shiite Muslim Group (Afghanistan)","Sunni Muslim Group (Afghanistan)"], right: false, why: "The general Muslim Group, the Shiite Muslim Group and the Sunni Muslim Group are three distinct ACLED labels." },
  { setting: "ppm radius 1", view: "by country", members: ["Muslim Group (Benin)","Sunni Muslim Group (Benin)"], right: false, why: "The general Muslim Group and the Sunni Muslim Group sub-group are distinct ACLED labels." },
  { setting: "ppm radius 1", view: "by country", members: ["Muslim Group (India)","Shiite Muslim Group (India)"], right: false, why: "The general Muslim Group and the Shiite Muslim Group sub-group are distinct ACLED labels." },
  { setting: "ppm radius 1", view: "by country", members: ["Myaukyamar People's Defense Force - Yinmarbin","People's Defense Force - Yinmarbin"], right: false, why: "Myaukyamar PDF-Yinmarbin and PDF-Yinmarbin are named as separate allies in the same 2022-05-15 Ywar Thar Yar event." },
  { setting: "ppm radius 1", view: "by country", members: ["Nasko Communal Militia (Nigeria)","Sokoto Communal Militia (Nigeria)"], right: false, why: "Two different actors: a Sokoto communal militia (Sokoto State) and a Nasko militia (Magama, Niger State)." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Kalay","People's Defense Force - Kanbalu"], right: false, why: "Two different PDFs: Kalay/Kale (Kale district) and Kanbalu (Kanbalu district)." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Kyaukse","People's Defense Force - Pauk","People's Defense Force - Paungde"], right: false, why: "Three different township PDFs: Pauk (Magway), Kyaukse (Mandalay) and Paungde (Bago)." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Madaya","People's Defense Force - Mandalay"], right: false, why: "Two different township PDFs: PDF-Mandalay (Mandalay city, 2022-01-28) and PDF-Madaya (Madaya township, Pyinoolwin district), and both appear as separate allies in the same 2022-05-04 event." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Mahlaing","People's Defense Force - Mingin","People's Defense Force - Myaing","People's Defense Force - Myeik","People's Defense Force - Myinmu"], right: false, why: "Five different township PDFs: Myaing (Magway), Myinmu (Sagaing), Mingin (Kale), Myeik (Tanintharyi) and Mahlaing (Meiktila)." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Shwebo","People's Defense Force - Shwebo District"], right: false, why: "Lean wrong: the Shwebo District PDF (2022-06-07, a district-level force) and the township PDF-Shwebo (2022-01-19) are separate ACLED labels, plausibly different units." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Tabayin","People's Defense Force - Taze"], right: false, why: "Two different township PDFs: Taze and Tabayin, both in Shwebo district." },
  { setting: "ppm radius 1", view: "by country", members: ["People's Defense Force - Taloke","People's Defense Force - Tamu"], right: false, why: "Two different township PDFs: PDF-Tamu (Tamu district) and PDF-Taloke (fighting in Chaung-U township, Monywa district)." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (Afghanistan)","Rioters (Afghanistan)"], right: false, why: "ACLED deliberately separates Rioters from Protesters." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (Democratic Republic of Congo)","Rioters (Democratic Republic of Congo)","Teachers (Democratic Republic of Congo)"], right: false, why: "Protesters, Rioters and Teachers are three distinct ACLED categories." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (International)","Rioters (International)"], right: false, why: "ACLED deliberately separates Rioters from Protesters." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (Palestine)","Rioters (Palestine)"], right: false, why: "ACLED deliberately separates Rioters (violent) from Protesters (peaceful), and the label follows the event type." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (Papua New Guinea)","Rioters (Papua New Guinea)"], right: false, why: "ACLED deliberately separates Rioters from Protesters." },
  { setting: "ppm radius 1", view: "by country", members: ["Protesters (Trinidad and Tobago)","Rioters (Trinidad and Tobago)"], right: false, why: "ACLED deliberately separates Rioters from Protesters." },
  { setting: "ppm radius 1", view: "by country", members: ["Rind Tribal Group (Pakistan)","Tribal Group (Pakistan)"], right: false, why: "The generic Tribal Group (Pakistan) and the specific Rind tribe are a general category and a sub-group." },
  { setting: "ppm radius 1", view: "by country", members: ["Shiroro Communal Militia (Nigeria)","Zago Communal Militia (Nigeria)"], right: false, why: "Two different communities in Niger State: Zago (Lapai LGA) and Shiroro (Shiroro LGA)." },
  { setting: "ppm radius 1", view: "by country", members: ["STC: Southern Transitional Council (Shabwani Defense Forces)","STC: Southern Transitional Council (Shabwani Elite Forces)"], right: false, why: "Shabwani Elite Forces and Shabwani Defense Forces fought each other on 2022-06-16 in Wadi Madrak (Shabwah), so they are different units." },
];

describeReal("clusters on the real ACLED actor strings at looser settings, reviewed blind", () => {
  // The defaults' wrong ones are counted above ("at most 1 wrong in all, none by country").
  test("the table holds at least 30 reviewed clusters with the defaults'", () => {
    expect(REVIEWED.length + REVIEWED_LOOSER.length).toBeGreaterThanOrEqual(30);
  });

  test.each(["levenshtein radius 2", "ppm radius 1"] as const)("every cluster reviewed at %s is still produced there", (setting) => {
    const produced = new Set(producedClusters("actor", undefined, setting).map(id));
    const reviewed = REVIEWED_LOOSER.filter((r) => r.setting === setting).map((r) => id({ ...r, method: "knn" }));
    expect(reviewed.filter((r) => !produced.has(r))).toEqual([]);
  });

  test("looser settings are worse than the defaults: at radius 2, 4 right of 9; by PPM at radius 1, none of 64", () => {
    const tally = (setting: Looser) => {
      const rows = REVIEWED_LOOSER.filter((r) => r.setting === setting);
      return [rows.filter((r) => r.right).length, rows.length];
    };
    expect(tally("levenshtein radius 2")).toEqual([4, 9]);
    expect(tally("ppm radius 1")).toEqual([0, 64]);
  });
});

describeReal("clusters on the real ACLED locations, at the default settings", () => {
  const produced: Reviewed[] = [];
  beforeAll(() => {
    produced.push(...producedClusters("location"));
  });

  test("every reviewed cluster is still produced, and every cluster produced has been reviewed", () => {
    const reviewed = new Set(REVIEWED_LOCATIONS.map(id));
    expect(produced.map(id).filter((p) => !reviewed.has(p))).toEqual([]);
    const found = new Set(produced.map(id));
    expect(REVIEWED_LOCATIONS.map(id).filter((r) => !found.has(r))).toEqual([]);
  });

  test("by country, as the workbook is clustered, none is wrong; the wrong ones are homonyms of two countries, met only without the country", () => {
    expect(REVIEWED_LOCATIONS.filter((r) => r.view === "by country" && !r.right)).toEqual([]);
    expect(REVIEWED_LOCATIONS.filter((r) => !r.right).map((r) => r.view)).toEqual(["strings", "strings"]);
  });

  test("the look-alike places are not clustered, in either view", () => {
    for (const pair of LOOK_ALIKE_PLACES) {
      expect(produced.filter((p) => pair.every((name) => p.members.includes(name))).map(id)).toEqual([]);
    }
  });
});

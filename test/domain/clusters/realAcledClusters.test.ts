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
 * guards are not loosened to make more.
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

/** Every cluster of one kind at the default settings (or with the given keyers, key collision only), in both views and by both methods. */
function producedClusters(kind: ValueKind, keyers?: readonly string[]): Reviewed[] {
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
    for (const method of keyers ? (["key"] as const) : (["key", "knn"] as const)) {
      for (const cluster of clusterValues(set, { kind, method, ...(keyers ? { keyers } : {}), ...(lookup ? { lookup } : {}) }).clusters) {
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

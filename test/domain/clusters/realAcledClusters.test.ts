import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../support/realAcled";
import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { DistinctValue } from "../../../src/domain/clusters/clusterTypes";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { distinctValues } from "../../../src/domain/clusters/distinctValues";
import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { WorkbookGrid } from "../../../src/domain/sheetGrid";

/**
 * Clusters at the default settings on the distinct real actor strings of ../shared/real-acled
 * (actor 1 and 2, associated actors), each reviewed by hand against NAMING-POLICY.md. Two
 * views: values keyed by (value, incident country), as the workbook is clustered, and the
 * strings alone, as OpenRefine clusters a column. Only the actor names are listed here.
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
  { view: "strings", method: "knn", members: ["Rider Union", "Riders Union"], right: true, why: "one union, singular and plural" },
  { view: "strings", method: "knn", members: ["UM-RDA: Malian Union for the African Democratic Rally", "UMRDA: Malian Union for the African Democratic Rally"], right: true, why: "as above" },
];

describeReal("clusters on the real ACLED actor strings, at the default settings", () => {
  // Read in beforeAll: a skipped describe still runs its body, and the files may be absent.
  const produced: Reviewed[] = [];
  beforeAll(() => {
    const values = distinctValues(realWorkbook(), "actor");
    const strings = new Map<string, DistinctValue>();
    for (const value of values) {
      const known = strings.get(value.value);
      if (known) known.count += value.count;
      else strings.set(value.value, { ...value, country: null, cells: [], first: strings.size });
    }
    const lookup = lookupFromResolver(builtInActorResolver());
    for (const [view, set] of [["by country", values], ["strings", [...strings.values()]]] as const) {
      for (const method of ["key", "knn"] as const) {
        for (const cluster of clusterValues(set, { kind: "actor", method, lookup }).clusters) {
          produced.push({ view, method, members: cluster.members.map((m) => m.value).sort(), right: true, why: "" });
        }
      }
    }
  });
  const id = (c: Pick<Reviewed, "view" | "method" | "members">) => `${c.view} ${c.method} ${JSON.stringify(c.members)}`;

  test("every reviewed cluster is still produced, and every cluster produced has been reviewed", () => {
    const reviewed = new Set(REVIEWED.map(id));
    expect(produced.map(id).filter((p) => !reviewed.has(p))).toEqual([]);
    const found = new Set(produced.map(id));
    expect(REVIEWED.map(id).filter((r) => !found.has(r))).toEqual([]);
  });

  test("at most 1 wrong in 30", () => {
    const wrong = REVIEWED.filter((r) => !r.right).length;
    expect(wrong * 30).toBeLessThanOrEqual(REVIEWED.length);
  });

  test("the look-alikes of these files are not clustered: Iran / Iraq, the villages Ganro / Gango, Gouka / Bouka, Dozo / Doro", () => {
    const clustered = produced.map((p) => p.members.join(" | "));
    for (const word of ["(Iraq)", "Gango", "Bouka", "Doro "]) expect(clustered.filter((c) => c.includes(word))).toEqual([]);
  });
});

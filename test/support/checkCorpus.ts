import fc from "fast-check";
import { CellValue } from "../../src/domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../src/domain/sheetGrid";
import { DICTIONARY_HEADERS, DICTIONARY_SHEET_NAME } from "../../src/domain/names/dictionary/workbookDictionary";
import { CLEAN_INCIDENT, CLEAN_WEAPON, gridOf } from "./rows";

type Row = Record<string, CellValue>;

/**
 * Small workbooks that exercise every sheet-wide rule of the check (duplicates, blank rows,
 * repeated headers, units rows, the legacy taxonomy, monadic pairs, NA placeholders, two-digit
 * years, hidden rows, a dictionary sheet, weapons with and without their incident sheet),
 * drawn by fast-check from a few values per field so that rows collide often.
 */
const pick = (...values: CellValue[]) => fc.constantFrom<CellValue>(...values);

const incidentRow: fc.Arbitrary<Row> = fc
  .record({
    incident_id: pick("BFA1", "BFA2", "BFA3", "BFA4", "BFA5", "bfa5", "BFA 6", "", "NA", 7),
    event_date: pick("2024-03-15", "2024-03-16", "15/03/2024", "03/04/2024", "04/03/2024", "16-Feb-21", 45366, "2031-01-01", "", "not a date", "NA"),
    year: pick(2024, 2021, "2024", "", "NA"),
    event_type: pick("Battles", "Violence against civilians", "Battle-No change of territory", "Remote violence", "Battle", "", "NA"),
    sub_event_type: pick("Armed clash", "Attack", "", "NA"),
    actor1: pick("Islamic State Sahel Province", "Military Forces of Burkina Faso", "Military Forces of Burkina Faso (2022-)", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Totally Unknown Band", "Civilians (Burkina Faso)", "", "NA"),
    inter1: pick("Rebel group", "State forces", "Civilians", "", "NA"),
    actor2: pick("Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Burkina Faso", "Islamic State Sahel Province", "Another Unknown Band", "", "NA"),
    inter2: pick("Rebel group", "State forces", "", "NA"),
    interaction: pick(12, 22, 27, 17, 20, "", "NA"),
    country: pick("Burkina Faso", "Mali", "BFA", "", "NA"),
    location: pick("Kalamba", "Djibo", "kalamba", "", "NA"),
    latitude: pick(13.0969, 14.1, "", "NA"),
    longitude: pick(-1.0844, -1.6167, "", "NA"),
    fatalities: pick(0, 12, "#N/A", "", "NA"),
    notes: pick("", "Clash near the market.", "Clash near the market", "JNIM attacked the village of Salibi.", "JNIM attacked the village of Kokere.", "NA"),
  })
  .map((row) => row as Row);

const weaponRow: fc.Arbitrary<Row> = fc
  .record({
    incident_id: pick("BFA1", "BFA2", "bfa2", "BFA9", "", "NA"),
    weapon: pick("RPG-7", "AK-47", "AK47", "Mystery gun", "", "NA"),
    category: pick("rocket launcher", "assault rifle", "cartridge", "", "NA"),
    calibre: pick("7.62", "7.62×54", "", "NA"),
    country_of_origin: pick("USSR", "China", "", "NA"),
    quantity: pick(1, 0, "", "NA"),
    year_of_manufacture: pick(1985, 2030, 1940, "", "NA"),
    holder: pick("Islamic State Sahel Province", "JNIM", "Military Forces of Burkina Faso", "", "NA"),
  })
  .map((row) => row as Row);

/** Drops a random set of the row objects' fields from every row (a sheet without actor 2, say). */
const withoutFields = (rows: Row[], dropped: readonly string[]): Row[] => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !dropped.includes(key))));

/** ACLED's monadic form: each event's second actor on a row of its own under the event's ID, the interaction the pair's. */
const monadicPairs = (rows: Row[]): Row[] =>
  rows.flatMap((row, i) => {
    const first = { ...row, incident_id: i % 5 === 4 ? row.incident_id : `M${i}`, inter1: "Rebel group", interaction: i % 4 === 3 ? row.interaction : 12 };
    if (i % 3 === 2) return [first];
    return [first, { ...first, actor1: "Military Forces of Burkina Faso", inter1: i % 7 === 6 ? row.inter2 : "State forces" }];
  });

/** R's NA placeholder only where the shape asks for it; elsewhere an empty cell. */
const withoutNA = (rows: Row[]): Row[] => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === "NA" ? "" : value])));

const dictionarySheet: SheetGrid = {
  name: DICTIONARY_SHEET_NAME,
  values: [[...DICTIONARY_HEADERS], ["actor", "Islamic State Sahel Province", "ISSP", "", "same", ""], ["weapon", "RPG-7", "Rocket thing", "", "same", ""], ["bogus", "", "", "", "", ""]],
};

export interface CorpusWorkbook {
  grid: WorkbookGrid;
  singleSheet: boolean;
}

/** The arbitrary workbook: shape options drawn alongside the rows. */
export const corpusWorkbook: fc.Arbitrary<CorpusWorkbook> = fc
  .record({
    incidents: fc.array(incidentRow, { maxLength: 30 }),
    weapons: fc.array(weaponRow, { maxLength: 12 }),
    dropped: fc.subarray(["actor2", "inter2", "sub_event_type", "year", "notes", "incident_id", "event_date", "location"], { maxLength: 3 }),
    monadic: fc.boolean(),
    withIncidents: fc.boolean(),
    withWeapons: fc.boolean(),
    weaponsFirst: fc.boolean(),
    title: fc.boolean(),
    units: fc.boolean(),
    repeatedHeader: fc.option(fc.nat(30)),
    blanks: fc.array(fc.nat(40), { maxLength: 3 }),
    trailingBlanks: fc.nat(3),
    hidden: fc.array(fc.nat(40), { maxLength: 4 }),
    dictionary: fc.boolean(),
    singleSheet: fc.boolean(),
    na: fc.boolean(),
    copies: fc.array(fc.nat(30), { maxLength: 4 }),
    extraColumn: fc.boolean(),
    sheetNames: fc.constantFrom("named", "by headers", "unnamed"),
  })
  .map((shape): CorpusWorkbook => {
    let incidents = shape.na ? shape.incidents : withoutNA(shape.incidents);
    // A row copied under another ID (a duplicate row), its notes sometimes edited.
    for (const at of shape.copies) if (incidents.length) incidents.push({ ...incidents[at % incidents.length], incident_id: `C${at}`, ...(at % 2 ? { notes: "Clash near the market." } : {}) });
    if (shape.monadic) incidents = monadicPairs(withoutFields(incidents, ["actor2", "inter2"]));
    incidents = withoutFields(incidents, shape.dropped);
    if (shape.extraColumn) incidents = incidents.map((row, i) => ({ ...row, remarks: i % 2 ? "checked" : "" }));
    let values: CellValue[][] = gridOf(incidents.length ? incidents : [withoutFields([CLEAN_INCIDENT], shape.dropped)[0]]);
    if (incidents.length === 0) values = values.slice(0, 1);
    const header = values[0];
    const body = values.slice(1);
    if (shape.repeatedHeader !== null && body.length) body.splice(shape.repeatedHeader % (body.length + 1), 0, [...header]);
    for (const at of shape.blanks) body.splice(at % (body.length + 1), 0, at % 2 ? [] : ["", " "]);
    if (shape.units) body.unshift(header.map((h) => (h === "event_date" ? "yyyy-mm-dd" : h === "latitude" || h === "longitude" ? "deg" : h === "fatalities" ? "count" : "")));
    for (let i = 0; i < shape.trailingBlanks; i++) body.push([]);
    const top: CellValue[][] = shape.title ? [["Incidents of the quarter"], []] : [];
    const incidentGrid: SheetGrid = { name: shape.sheetNames === "named" ? "Incidents" : "Sheet A", values: [...top, header, ...body] };
    const rowCount = incidentGrid.values.length;
    const hidden = [...new Set(shape.hidden.map((r) => 1 + (r % Math.max(1, rowCount))))];
    if (hidden.length) incidentGrid.hiddenRows = hidden;
    const weaponGrid: SheetGrid = { name: shape.sheetNames === "unnamed" ? "Sheet B" : "Weapons", values: gridOf(shape.weapons.length ? (shape.na ? shape.weapons : withoutNA(shape.weapons)) : [CLEAN_WEAPON]) };
    const sheets: SheetGrid[] = [];
    if (shape.withIncidents || !shape.withWeapons) sheets.push(incidentGrid);
    if (shape.withWeapons) sheets.splice(shape.weaponsFirst ? 0 : sheets.length, 0, weaponGrid);
    if (shape.dictionary) sheets.push(dictionarySheet);
    if (shape.singleSheet) return { grid: { sheets: sheets.slice(0, 1) }, singleSheet: true };
    return { grid: { sheets }, singleSheet: false };
  });

import { CellValue } from "../../src/domain/cells/cellValue";
import { isoToSerial } from "../../src/domain/cells/excelDate";
import { SheetGrid, WorkbookGrid } from "../../src/domain/sheetGrid";

/** A small deterministic PRNG (mulberry32), so generated workbooks are the same in every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ACTORS: [string, string][] = [
  ["Jama'at Nusrat al-Islam wal-Muslimin", "Rebel group"],
  ["Islamic State Sahel Province", "Rebel group"],
  ["Military Forces of Burkina Faso", "State forces"],
  ["Military Forces of Mali", "State forces"],
  ["Volunteers for the Defense of the Homeland", "Political militia"],
  ["Civilians (Burkina Faso)", "Civilians"],
  ["Wagner Group", "External/Other forces"],
  ["Dan Na Ambassagou", "Identity militia"],
];
export const EVENTS: [string, string][] = [
  ["Battles", "Armed clash"],
  ["Violence against civilians", "Attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Strategic developments", "Looting/property destruction"],
];
const PLACES: [string, string, number, number][] = [
  ["Burkina Faso", "Kalamba", 13.0969, -1.0844],
  ["Burkina Faso", "Djibo", 14.1, -1.6167],
  ["Mali", "Moura", 14.1167, -4.05],
  ["Niger", "Tillia", 16.1406, 4.7904],
];
const WEAPONS: [string, string, string, string][] = [
  ["AK-47", "assault rifle", "7.62×39mm", "USSR"],
  ["RPG-7", "rocket launcher", "40 mm", "USSR"],
  ["PG-7V", "rocket", "85 mm warhead", "Bulgaria"],
  ["Type 56-1", "assault rifle", "7.62×39mm", "China"],
  ["PKM", "general-purpose machine gun", "7.62×54mmR", "USSR"],
];
const INCIDENT_HEADERS = ["incident_id", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes"];
const WEAPON_HEADERS = ["incident_id", "weapon", "category", "calibre", "country_of_origin", "quantity", "serial_number", "year_of_manufacture", "holder", "notes"];

/**
 * A workbook of `incidents` incident rows and `weapons` weapon rows, as Excel's
 * `range.values` would give them (dates as serials with a date format), with about one
 * row in twenty carrying a mistake of the kinds curators make.
 */
export function generateWorkbook(incidents: number, weapons: number, seed = 1): WorkbookGrid {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const base = isoToSerial("2020-01-01");
  const incidentValues: CellValue[][] = [INCIDENT_HEADERS];
  const incidentFormats: (string | null)[][] = [INCIDENT_HEADERS.map(() => null)];
  for (let i = 0; i < incidents; i++) {
    const [actor1, type1] = pick(ACTORS);
    const [actor2, type2] = pick(ACTORS);
    const [eventType, subEventType] = pick(EVENTS);
    const [country, location, lat, lon] = pick(PLACES);
    const serial = base + Math.floor(next() * 1700);
    const codes = [ACTOR_CODE[type1], ACTOR_CODE[type2]].sort();
    const row: CellValue[] = [
      `INC${i + 1}`, serial, 2020 + Math.floor((serial - base) / 366), eventType, subEventType, actor1, type1, actor2, type2,
      Number(`${codes[0]}${codes[1]}`), country, "Region", location, lat + next() / 10, lon + next() / 10, Math.floor(next() * 20),
      "Local sources", "Generated incident row for the benchmark.",
    ];
    const mistake = next();
    if (mistake < 0.01) row[15] = "#N/A";
    else if (mistake < 0.02) row[3] = "Battle";
    else if (mistake < 0.03) row[1] = "03/04/2024";
    else if (mistake < 0.04) row[10] = "BFA";
    else if (mistake < 0.05) row[13] = "";
    incidentValues.push(row);
    incidentFormats.push(row.map((_, c) => (c === 1 ? "yyyy-mm-dd" : typeof row[c] === "number" ? "General" : null)));
  }
  const weaponValues: CellValue[][] = [WEAPON_HEADERS];
  for (let i = 0; i < weapons; i++) {
    const [weapon, category, calibre, origin] = pick(WEAPONS);
    const row: CellValue[] = [`INC${1 + Math.floor(next() * incidents)}`, weapon, category, calibre, origin, 1 + Math.floor(next() * 6), "", 1970 + Math.floor(next() * 40), "", ""];
    const mistake = next();
    if (mistake < 0.01) row[0] = "INC0";
    else if (mistake < 0.02) row[5] = 0;
    else if (mistake < 0.03) row[2] = "assault rifles";
    weaponValues.push(row);
  }
  const sheets: SheetGrid[] = [
    { name: "Incidents", values: incidentValues, numberFormats: incidentFormats },
    { name: "Weapons", values: weaponValues },
  ];
  return { sheets };
}

export const ACTOR_CODE: Record<string, number> = {
  "State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4, Rioters: 5, Protesters: 6, Civilians: 7, "External/Other forces": 8,
};

import { CellValue } from "../../src/domain/cells/cellValue";
import { isoToSerial } from "../../src/domain/cells/excelDate";
import { RowBatch, SheetRowSource, WorkbookRowSource } from "../../src/domain/sheetStream";
import { ACTOR_CODE, ACTORS, EVENTS, random } from "./generateWorkbook";

const COUNTRIES: [string, number, number][] = [
  ["Burkina Faso", 12.3, -1.5],
  ["Mali", 14.5, -4.0],
  ["Niger", 15.5, 4.0],
];
const NOTES = ["On this day, armed men attacked positions near the market.", "Clashes were reported between the two sides; casualties unknown.", "Looting of shops and burning of houses by an armed group."];
export const STREAMED_HEADERS = ["incident_id", "event_date", "year", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction", "country", "admin1", "location", "latitude", "longitude", "fatalities", "source", "notes"];

/**
 * An incident sheet of `count` rows made on the fly, never held: each call of `rows()` makes
 * the same rows again from the same seed, in batches of `batchSize`, like a reader re-reading
 * its file. ACLED-like variety (twenty years of dates, a thousand places, unique IDs), so that
 * its events do not repeat by chance, with about one row in twenty carrying a curator's
 * mistake and one in five hundred a copy of the row before it under another ID.
 * `onRow(n, pass)` is called before the n-th row (1-based) is made, on each pass.
 */
export function streamedIncidents(count: number, options: { seed?: number; batchSize?: number; onRow?: (n: number, pass: number) => void; withoutActor2?: boolean } = {}): SheetRowSource {
  const { seed = 7, batchSize = 2000, onRow, withoutActor2 = false } = options;
  // Without the actor 2 columns (actor2, inter2) the sheet may be in ACLED's monadic form: only its IDs can tell.
  const shape = <T>(row: readonly T[]): T[] => (withoutActor2 ? [...row.slice(0, 7), ...row.slice(9)] : (row as T[]));
  const headers = shape(STREAMED_HEADERS);
  const formats = shape(FORMATS);
  const base = isoToSerial("2004-01-01");
  let passes = 0;
  return {
    name: "Incidents",
    async *rows(): AsyncIterable<RowBatch> {
      const pass = ++passes;
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
      let batch: RowBatch = { startRow: 1, values: [headers], numberFormats: [[]] };
      let previous: CellValue[] | undefined;
      for (let i = 0; i < count; i++) {
        onRow?.(i + 1, pass);
        const copy = previous && next() < 0.002;
        const row: CellValue[] = copy ? [...previous!] : makeRow();
        row[0] = `INC${i + 1}`;
        batch.values.push(shape(row));
        batch.numberFormats!.push(formats);
        previous = row;
        if (batch.values.length >= batchSize) {
          yield batch;
          batch = { startRow: i + 3, values: [], numberFormats: [] };
        }
      }
      if (batch.values.length) yield batch;

      function makeRow(): CellValue[] {
        const [actor1, type1] = pick(ACTORS);
        const [actor2, type2] = pick(ACTORS);
        const [eventType, subEventType] = pick(EVENTS);
        const [country, lat, lon] = pick(COUNTRIES);
        const place = Math.floor(next() * 1000);
        const serial = base + Math.floor(next() * 7300);
        const codes = [ACTOR_CODE[type1], ACTOR_CODE[type2]].sort();
        const row: CellValue[] = [
          "", serial, 2004 + Math.floor((serial - base) / 365.25), eventType, subEventType, actor1, type1, actor2, type2, Number(`${codes[0]}${codes[1]}`),
          country, "Region", `Place ${place}`, lat + (place % 100) / 100, lon + Math.floor(place / 100) / 10, Math.floor(next() * 20), "Local sources", pick(NOTES),
        ];
        const mistake = next();
        if (mistake < 0.01) row[15] = "#N/A";
        else if (mistake < 0.02) row[3] = "Battle";
        else if (mistake < 0.03) row[1] = "03/04/2024";
        else if (mistake < 0.04) row[10] = "BFA";
        else if (mistake < 0.05) row[13] = "";
        return row;
      }
    },
  };
}

/** Dates are serials with a date format, as Excel gives them. */
const FORMATS: (string | null)[] = STREAMED_HEADERS.map((header) => (header === "event_date" ? "yyyy-mm-dd" : null));

/** The workbook of one streamed incident sheet (a CSV's). */
export function streamedWorkbook(count: number, options: Parameters<typeof streamedIncidents>[1] = {}): WorkbookRowSource {
  return { sheets: [streamedIncidents(count, options)] };
}

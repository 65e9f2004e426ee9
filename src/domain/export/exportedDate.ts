import { CellValue } from "../cells/cellValue";
import { isDateFormat, serialToIso } from "../cells/excelDate";
import { CellFindings, readCellInto, ReadContext } from "../cells/readCell";
import { FieldSpec } from "../schema/fieldSpec";

/**
 * Dates as an export writes them, valid or not (CONTRACT section 4: dates ISO). A date that
 * fails a check (in the future, against the row's year) is still the date the cell shows:
 * writing its serial (47849) would hand the reader a number nobody typed.
 */

const SECONDS_PER_DAY = 86_400;

/**
 * The ISO date of a date field's cell that the check did not keep (its value failed a check),
 * read as the check reads it (serial in the workbook's date system, text dates, the column's
 * day/month order, the row's year for a two-digit year) but with no range: undefined where
 * the cell is no date at all (text that is not a date, an ambiguous `03/04/2024`, a number in
 * a cell not formatted as a date), which then stays as written.
 */
export function isoOfDateCell(raw: CellValue, spec: FieldSpec, format: string | null | undefined, context: ReadContext): string | undefined {
  const findings: CellFindings = { problem: undefined, notice: undefined };
  const value = readCellInto(raw, spec, format, context, findings);
  return typeof value === "string" && !findings.problem ? value : undefined;
}

/**
 * A number in a cell formatted as a date, as the ISO date it shows, with its time of day
 * (`2024-03-15T14:30:00`, to the second) where the format shows a time; undefined for a
 * number no date format holds (a serial outside Excel's dates, 29 February 1900) or a cell
 * not formatted as a date.
 */
export function isoOfDateFormatted(value: number, format: string | null | undefined, date1904: boolean): string | undefined {
  if (!isDateFormat(format) || !Number.isFinite(value)) return undefined;
  if (!showsTime(format!)) {
    const date = serialToIso(value, date1904);
    return date.ok ? date.iso : undefined;
  }
  // Rounded to the second as a whole, so that 23:59:59.6 moves to the next day, not to 24:00:00.
  const seconds = Math.round(value * SECONDS_PER_DAY);
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  const date = serialToIso(day, date1904);
  if (!date.ok) return undefined;
  const inDay = seconds - day * SECONDS_PER_DAY;
  const hh = Math.floor(inDay / 3600);
  const mm = Math.floor((inDay % 3600) / 60);
  const ss = inDay % 60;
  return `${date.iso}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}`;
}

/** Whether a number format shows hours or seconds (quoted text, escapes and colours or locales set aside). */
export function showsTime(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .toLowerCase();
  return /[hs]/.test(bare);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

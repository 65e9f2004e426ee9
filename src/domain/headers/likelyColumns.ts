import { CellValue, isBlank } from "../cells/cellValue";
import { isDateFormat, isoToSerial } from "../cells/excelDate";
import { readCell, ReadContext } from "../cells/readCell";
import { FieldSpec } from "../schema/fieldSpec";
import { SheetGrid } from "../sheetGrid";
import { editDistance } from "../text/closest";
import { compactKey, fold } from "../text/fold";
import { findCountry } from "../vocabulary/countries";
import { DISORDER_TYPES, EVENT_TYPES, SUB_EVENT_TYPES } from "../vocabulary/eventTypes";
import { TableLayout } from "./locateTable";

/** An unknown column that looks like a missing required field, and why. */
export interface LikelyColumn {
  /** Index into the header row. */
  index: number;
  header: string;
  /** What makes it look like the field: its header, its values, or both. */
  by: "header" | "values" | "header and values";
  /** What its values read as, where they decide ("dates", "event types"). */
  valuesReadAs?: string;
  /** The name of the field its header is close to ("perpetrator" for "Perp."). */
  headerLike?: string;
}

/** How many filled cells of a column are looked at, and the share of them that must read as the field. */
const SAMPLE = 50;
const SHARE = 0.8;
/** The dates whose serials count as dates where no number format says so. */
const SERIAL_FROM = "1950-01-01";
const SERIAL_TO = "2100-01-01";
const ID_TEXT = /^[A-Za-z]{1,6}[-_ ]?\d{1,12}$/;

const vocabulary = (values: readonly string[]) => {
  const keys = new Set(values.map(fold));
  return (cell: CellValue) => typeof cell === "string" && keys.has(fold(cell));
};

/** The tests a column's values must pass to read as a field, by the field's kind; kinds of free text have none. */
const VALUE_TESTS: Partial<Record<FieldSpec["kind"], { readAs: string; test: (cell: CellValue, format: string | null | undefined, spec: FieldSpec, context: DateSerialContext) => boolean }>> = {
  date: { readAs: "dates", test: looksLikeDate },
  eventType: { readAs: "event types", test: vocabulary(EVENT_TYPES) },
  subEventType: { readAs: "sub-event types", test: vocabulary(SUB_EVENT_TYPES) },
  disorderType: { readAs: "disorder types", test: vocabulary(DISORDER_TYPES) },
  country: { readAs: "countries", test: (cell) => typeof cell === "string" && findCountry(cell.trim()) !== undefined },
  id: { readAs: "IDs", test: (cell) => typeof cell === "string" && ID_TEXT.test(cell.trim()) },
};

/** How cells are read, with the serials that count as dates in the workbook's date system. */
interface DateSerialContext extends ReadContext {
  serialFrom: number;
  serialTo: number;
}

function looksLikeDate(cell: CellValue, format: string | null | undefined, spec: FieldSpec, context: DateSerialContext): boolean {
  if (typeof cell === "number") {
    const dated = format ? isDateFormat(format) : Number.isInteger(cell) && cell >= context.serialFrom && cell <= context.serialTo;
    if (!dated) return false;
  }
  const reading = readCell(cell, spec, format, context);
  return reading.value !== undefined || reading.problem?.code === "ambiguous-date";
}

/**
 * For each missing required field, the unknown columns that look like it: by header (an
 * abbreviation or prefix of the field's name or an alias, "Perp." for perpetrator; a word
 * of it, "Attack date"; a near-miss spelling, "Locaton") and by values (most of its filled
 * cells read as the field's kind: dates, event types, countries, IDs). Values that clearly
 * read as something else overrule a header's resemblance. A column goes to one field only,
 * the one it resembles best; a field gets the columns that resemble it best (most often one).
 * Date serials are read in the workbook's date system (`date1904`).
 */
export function likelyColumns(grid: SheetGrid, layout: TableLayout, date1904 = false): Map<string, LikelyColumn[]> {
  const found = new Map<string, LikelyColumn[]>();
  if (layout.missing.length === 0 || layout.unknown.length === 0) return found;
  const context: DateSerialContext = { date1904, dayMonthOrder: null, serialFrom: isoToSerial(SERIAL_FROM, date1904), serialTo: isoToSerial(SERIAL_TO, date1904) };
  const scored: { spec: FieldSpec; likely: LikelyColumn; score: number }[] = [];
  for (const spec of layout.missing) {
    for (const { index, header } of layout.unknown) {
      const headerLike = headerResemblance(spec, header);
      const values = valueShare(grid, layout.headerIndex, index, spec, context);
      if (values !== undefined && values.share < 1 - SHARE && values.count >= 2) continue;
      const byValues = values !== undefined && values.share >= SHARE;
      if (!headerLike && !byValues) continue;
      const by = headerLike && byValues ? "header and values" : headerLike ? "header" : "values";
      const likely: LikelyColumn = { index, header, by, ...(byValues ? { valuesReadAs: values.readAs } : {}), ...(headerLike ? { headerLike } : {}) };
      scored.push({ spec, likely, score: (headerLike ? 2 : 0) + (byValues ? 1 : 0) });
    }
  }
  // Best resemblance first; a column goes to the first field it is best for, a field keeps its best-scored columns.
  scored.sort((a, b) => b.score - a.score);
  const claimed = new Set<number>();
  const best = new Map<string, number>();
  for (const { spec, likely, score } of scored) {
    if (claimed.has(likely.index) || score < (best.get(spec.field) ?? score)) continue;
    claimed.add(likely.index);
    best.set(spec.field, score);
    found.set(spec.field, [...(found.get(spec.field) ?? []), likely]);
  }
  return found;
}

/** The name (field, label or alias) of `spec` that a header resembles, or undefined. */
export function headerResemblance(spec: FieldSpec, header: string): string | undefined {
  const key = compactKey(header);
  if (key.length < 3) return undefined;
  const words = fold(header).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  for (const name of [spec.field, spec.label, ...spec.aliases]) {
    const nameKey = compactKey(name);
    if (nameKey.length < 3) continue;
    // An abbreviation: "Perp." for perpetrator, "Loc" for location.
    if (nameKey.startsWith(key)) return name;
    // A word of the header is the name: "Attack date", "Perpetrator (main)".
    if (nameKey.length >= 4 && words.includes(nameKey)) return name;
    // The header holds a longer name whole: "Actor1 name".
    if (nameKey.length >= 6 && key.includes(nameKey)) return name;
    // A near-miss spelling: "Locaton", "Perpetrater".
    const limit = nameKey.length >= 5 ? Math.floor(nameKey.length / 4) : 0;
    if (limit > 0 && editDistance(key, nameKey, limit) <= limit) return name;
  }
  return undefined;
}

/** The share of a column's filled cells (the first ones) that read as the field's kind, or undefined where the kind has no test or the column is empty. */
function valueShare(grid: SheetGrid, headerIndex: number, column: number, spec: FieldSpec, context: DateSerialContext): { share: number; count: number; readAs: string } | undefined {
  const rule = VALUE_TESTS[spec.kind];
  if (!rule) return undefined;
  let count = 0;
  let passed = 0;
  for (let r = headerIndex + 1; r < grid.values.length && count < SAMPLE; r++) {
    const cell = grid.values[r]?.[column];
    if (isBlank(cell)) continue;
    count++;
    if (rule.test(cell, grid.numberFormats?.[r]?.[column], spec, context)) passed++;
  }
  return count === 0 ? undefined : { share: passed / count, count, readAs: rule.readAs };
}

/**
 * The `missing-column` message for a field with likely columns: it names them and says to
 * rename the header (`letterOf` gives a column index's letter).
 */
export function missingColumnMessage(spec: FieldSpec, likely: readonly LikelyColumn[], letterOf: (index: number) => string): string {
  const opening = `No column for ${spec.field}${spec.label !== spec.field ? ` (${spec.label})` : ""}`;
  if (likely.length === 1) {
    const [column] = likely;
    const reasons = [column.headerLike ? `its header reads like "${column.headerLike}"` : "", column.valuesReadAs ? `its values read as ${column.valuesReadAs}` : ""].filter((r) => r);
    return `${opening}; column ${letterOf(column.index)} "${column.header}" looks like it (${reasons.join(" and ")}): rename its header to ${spec.field}.`;
  }
  const named = likely.map((column) => `${letterOf(column.index)} "${column.header}"`);
  return `${opening}; columns ${named.slice(0, -1).join(", ")} and ${named[named.length - 1]} look like it: rename the header of the one that holds it to ${spec.field}.`;
}

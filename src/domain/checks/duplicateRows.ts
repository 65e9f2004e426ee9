import { ownString } from "../text/ownString";
import type { z } from "zod";
import { CellValue } from "../cells/cellValue";
import { CellFindings, readCellInto, ReadContext } from "../cells/readCell";
import { TableLayout } from "../headers/locateTable";
import { FieldSpec } from "../schema/fieldSpec";
import { fold } from "../text/fold";
import { yearOf } from "./checkSheet";
import { FieldValidator } from "./fieldValidator";
import { hash32, HashCounts } from "./hashCounts";
import { MonadicLayout } from "./monadicLayout";
import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * How alike two notes must be, as the share of their words they have in common (token-set
 * Jaccard, after folding case, accents and punctuation), to count as one description. A
 * copy edited by hand (a word added, a typo or the punctuation fixed) keeps well above 0.8.
 * On the real ACLED exports beside the project, two different events on one day in one
 * town between the same actors reach 0.75 (two protests at the Hyderabad press club, only
 * their cause different) when their notes are written from one template; the notes of the
 * two true repeats in the Mali export reach 0.95 and 1.
 */
export const NOTES_SIMILARITY = 0.8;

/**
 * The same event recorded twice: under two different incident IDs, the same date, country,
 * location, pair of actors (in either order), event type and sub-event type, and notes
 * that agree (`notesAgree`). In a monadic sheet (`monadic`) the actors of an event are the
 * actor 1s of its two rows, and an event is reported once, at its first row.
 */
export function duplicateRows(rows: readonly CheckedRow[], report: RowReport, monadic?: MonadicLayout, recurring?: RecurringEvents): void {
  const check = new DuplicateRows(report, monadic, recurring);
  for (const row of rows) check.take(row);
}

/** An earlier row of an event key: what a later row of the same key is compared with. */
interface Earlier {
  row: number;
  id: string;
  notes: string | undefined;
}

/**
 * `duplicateRows` one row at a time, in sheet order. It keeps, per event key, the number, ID
 * and notes of the rows under it; given the keys that recur (`recurring`, counted on the
 * first pass), only rows whose key recurs are kept at all, so a sheet of distinct events
 * costs nothing here.
 */
export class DuplicateRows {
  private readonly seen = new Map<string, Earlier[]>();

  constructor(
    private readonly report: RowReport,
    private readonly monadic?: MonadicLayout,
    private readonly recurring?: RecurringEvents,
  ) {}

  take(row: CheckedRow): void {
    const { monadic } = this;
    const { event_date: date, location, actor1, country, event_type: eventType, sub_event_type: subEventType, incident_id: id } = row.values as Record<string, string | undefined>;
    if (!date || !location || !actor1 || !id) return;
    const partner = monadic?.partnerOf.get(row);
    if (partner && partner.row < row.row) return; // the event's second row: its actors are counted at its first
    if (this.recurring && !this.recurring.mayRecur(row.values)) return; // no other row has its event key
    const actors = [fold(actor1)];
    const other = monadic ? (partner?.values.actor1 as string | undefined) : (row.values.actor2 as string | undefined);
    actors.push(other ? fold(other) : "");
    actors.sort();
    const key = [date, country ?? "", fold(location), fold(eventType ?? ""), fold(subEventType ?? ""), ...actors].join("\u0000");
    const notes = row.values.notes as string | undefined;
    // Kept until a later row of the same event comes: its own strings, not views into the reader's text.
    const self: Earlier = { row: row.row, id: ownString(id), notes: notes === undefined ? undefined : ownString(notes) };
    const earlier = this.seen.get(key);
    if (!earlier) {
      this.seen.set(key, [self]);
      return;
    }
    earlier.push(self);
    // The same ID twice is a duplicate-id (or, in a monadic sheet, the event's two rows).
    const first = earlier.find((candidate) => candidate !== self && candidate.id !== id && notesAgree(candidate.notes, notes));
    if (!first) return;
    const onlyOne = !notes !== !first.notes ? " (only one of the two has notes)" : "";
    this.report(row, "incident_id", "duplicate-row", `Same date, location, actors, event type and sub-event type as row ${first.row} (${first.id}), with notes that agree${onlyOne}: possibly the same event recorded twice.`);
  }
}

/** The fields of a duplicate row's key that the first pass reads (the event and sub-event types depend on the taxonomy, told on the same pass). */
const RECURRENCE_FIELDS = ["incident_id", "event_date", "country", "location", "actor1", "actor2"] as const;
type RecurrenceValues = Partial<Record<(typeof RECURRENCE_FIELDS)[number], unknown>>;

/**
 * The fields whose value, where the check pass finds it invalid, becomes part of the key as
 * a blank (the country, the second actor): the first pass validates these. An invalid
 * value of the others (ID, date, location, first actor) makes the check pass leave the row
 * out of the comparison, so the first pass may count it as written: a key counted for a row
 * that is not compared only keeps a few rows more.
 */
const BLANK_WHEN_INVALID: ReadonlySet<string> = new Set(["country", "actor2"]);

/** More readings of one row than this (NA cells, ambiguous dates): the row counts as recurring, whatever its key. */
const MAX_READINGS = 16;

/**
 * The event keys that may recur on a sheet, counted on the first pass over its rows, so that
 * the duplicate-row check keeps only rows that can have a duplicate. The key is coarser than
 * the check's (date, country, location and, but where an ID's rows may be one event of a
 * monadic sheet, the two actors), and each cell is read every way the check pass may read it
 * (an ambiguous date in either order, an NA cell as a value or as R's placeholder, which the
 * first pass cannot tell yet): every pair of rows the check compares shares a counted key.
 * Keys are 32-bit hashes in a compact table; a collision only keeps a few rows more.
 */
export class RecurringEvents {
  private readonly counts = new HashCounts();
  /** Key and ID pairs seen, where an ID's rows count once (a monadic sheet's pair is one event). */
  private readonly pairs?: HashCounts;
  private everything = false;
  private readonly fields: { field: (typeof RECURRENCE_FIELDS)[number]; index: number; spec: FieldSpec; validator: FieldValidator | undefined }[];
  private readonly findings: CellFindings = { problem: undefined, notice: undefined };
  private readonly contexts: ReadContext[];
  private readonly yearIndex: number | undefined;
  /** The row's one reading, reused from row to row. */
  private readonly reading: RecurrenceValues = {};

  /** `byEvent`: the sheet may be in the monadic form (`mayBeMonadic`): actors are left out of the key. */
  constructor(
    private readonly layout: TableLayout,
    schema: z.ZodObject,
    options: { date1904: boolean; today: string },
    private readonly byEvent: boolean,
  ) {
    if (byEvent) this.pairs = new HashCounts();
    this.fields = layout.columns.flatMap(({ index, spec }) => ((RECURRENCE_FIELDS as readonly string[]).includes(spec.field) && !(byEvent && spec.field === "actor2") ? [{ field: spec.field as (typeof RECURRENCE_FIELDS)[number], index, spec, validator: BLANK_WHEN_INVALID.has(spec.field) ? new FieldValidator(schema.shape[spec.field] as z.ZodType) : undefined }] : []));
    const currentYear = Number(options.today.slice(0, 4));
    this.contexts = ([null, "dmy", "mdy"] as const).map((dayMonthOrder) => ({ date1904: options.date1904, dayMonthOrder, currentYear, yearColumnReads: 0 }));
    this.yearIndex = layout.columns.find(({ spec }) => spec.field === "year")?.index;
  }

  /** First pass: counts the keys of the row at this index of the sheet's values. */
  take(index: number, raw: CellValue[], formats: (string | null | undefined)[] | undefined): void {
    if (this.everything || index <= this.layout.headerIndex) return;
    const rowYear = this.yearIndex === undefined ? undefined : yearOf(raw[this.yearIndex]);
    const reading = this.reading;
    let readings: RecurrenceValues[] | undefined; // more than one reading: only where a cell reads two ways
    for (const { field, index: column, spec, validator } of this.fields) {
      const cell = raw[column];
      const first = this.read(cell, spec, validator, formats?.[column], this.contexts[0], rowYear);
      let values: unknown[] | undefined;
      const other = (value: unknown) => {
        if (value !== first && !values?.includes(value)) (values ??= [first]).push(value);
      };
      // A date in text that needs the column's day-month order (03/04/2024, 03/04/24) reads
      // otherwise once the order is known; one read without an order needed none.
      if (spec.kind === "date" && typeof cell === "string" && first === undefined) for (let c = 1; c < 3; c++) other(this.read(cell, spec, validator, formats?.[column], this.contexts[c], rowYear));
      if (cell === "NA") other(undefined); // R's placeholder, if the sheet turns out to use it
      if (!values) {
        if (readings) for (const each of readings) each[field] = first;
        else reading[field] = first;
        continue;
      }
      readings = (readings ?? [{ ...reading }]).flatMap((each) => values!.map((value) => ({ ...each, [field]: value })));
      if (readings.length > MAX_READINGS) {
        this.everything = true;
        return;
      }
    }
    if (!readings) {
      this.count(reading);
      return;
    }
    const counted = new Set<number>();
    for (const each of readings) this.count(each, counted);
  }

  private read(cell: CellValue, spec: FieldSpec, validator: FieldValidator | undefined, format: string | null | undefined, context: ReadContext, rowYear: number | undefined): unknown {
    context.rowYear = rowYear;
    const value = readCellInto(cell, spec, format, context, this.findings);
    return this.findings.problem || value === undefined || validator?.check(value) ? undefined : value;
  }

  private count(reading: RecurrenceValues, counted?: Set<number>): void {
    const { incident_id: id, event_date: date, location, actor1 } = reading;
    if (!date || !location || !actor1 || !id) return;
    const hash = hash32(this.keyOf(reading));
    if (counted) {
      if (counted.has(hash)) return; // two readings of one row with one key count once
      counted.add(hash);
    }
    if (!this.pairs || this.pairs.add(hash32(`${hash}\u0000${String(id)}`))) this.counts.add(hash);
  }

  /** Check pass: whether another row may share this row's event key. */
  mayRecur(values: Record<string, unknown>): boolean {
    return this.everything || this.counts.count(hash32(this.keyOf(values))) >= 2;
  }

  private keyOf(values: RecurrenceValues): string {
    const place = `${String(values.event_date)}\u0000${(values.country as string | undefined) ?? ""}\u0000${fold(String(values.location))}`;
    if (this.byEvent) return place;
    const a = fold(String(values.actor1));
    const b = values.actor2 ? fold(String(values.actor2)) : "";
    return a < b ? `${place}\u0000${a}\u0000${b}` : `${place}\u0000${b}\u0000${a}`;
  }
}

/** The words of a note, folded: case, accents and punctuation set aside. */
function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The names a note gives: capitalised words other than a sentence's first ("Salibi",
 * "Khaneh", "Darsalam"), folded.
 */
function names(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/(^|[.!?]\s+|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’-]*)/gu)) {
    if (match.index === 0 || /[.!?]\s+$/.test(match[1])) continue;
    for (const word of words(match[2])) found.add(word);
  }
  return found;
}

/**
 * ACLED's words for one report coded as several events ("… (coded separately)", "Unknown
 * fatalities coded as 10 and split across 6 events", "split between 2 events").
 */
const SPLIT_EVENT = /\bcoded separately\b|\bsplit (?:between|across|among|over|into)\b/i;

/**
 * Whether two rows' notes describe the same event. Both empty agree; one empty and one
 * filled agree too (a row entered twice, once without its notes, is still one event; the
 * finding says so). Filled notes agree when they share at least `NOTES_SIMILARITY` of their
 * words, except where ACLED split one report into events with near-identical notes:
 * - each note names someone or somewhere the other does not ("… the Dogon village of
 *   Darsalam" / "… of Mande-Kanda", "… PKK positions in the Gire Mamrez area" / "… in the
 *   Kokere area");
 * - the notes differ and one says the report was split ("Turkish forces shelled rockets at
 *   Salibi village …" / "… at Khaneh village …", each "… split across 6 events"). Notes
 *   that are the same word for word agree even then: that is a row copied.
 */
export function notesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const listA = words(a);
  const listB = words(b);
  const wordsA = new Set(listA);
  const wordsB = new Set(listB);
  if (wordsA.size === 0 || wordsB.size === 0) return wordsA.size === wordsB.size;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  if (shared / (wordsA.size + wordsB.size - shared) < NOTES_SIMILARITY) return false;
  const onlyA = [...names(a)].some((name) => !wordsB.has(name));
  const onlyB = [...names(b)].some((name) => !wordsA.has(name));
  if (onlyA && onlyB) return false;
  const same = listA.length === listB.length && listA.every((word, i) => word === listB[i]);
  return same || !(SPLIT_EVENT.test(a) || SPLIT_EVENT.test(b));
}

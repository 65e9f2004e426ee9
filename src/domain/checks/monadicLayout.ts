import { CellValue, isBlank } from "../cells/cellValue";
import { TableLayout } from "../headers/locateTable";
import { fold } from "../text/fold";
import { ActorType, parseInteraction, sameInteraction } from "../vocabulary/actorTypes";
import { CheckedRow } from "./sheetCheck";

/**
 * The fields that describe the event itself rather than one of its actors. ACLED's monadic
 * export repeats them on both rows of an event (only actor1, assoc_actor_1 and inter1
 * differ); an ID on two rows that disagree on one of them names two events. Notes and
 * source are left out: a curator may reword one row's notes without making it another event.
 */
export const EVENT_FIELDS = ["event_date", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "event_type", "sub_event_type", "disorder_type", "fatalities"] as const;

/** The columns whose absence is the first sign of the monadic form. */
const ACTOR2_FIELDS = ["actor2", "inter2", "assoc_actor_2"];

/**
 * An incident sheet in ACLED's monadic form: one row per actor, so that an event with two
 * actors is on two rows under one ID.
 */
export interface MonadicLayout {
  /** The rows of each ID, in sheet order. */
  rowsOf: ReadonlyMap<string, readonly CheckedRow[]>;
  /** The second row of each event on two rows, by its first row, and the first by the second. */
  partnerOf: ReadonlyMap<CheckedRow, CheckedRow>;
  /** How many IDs (events) the sheet holds, and how many of them are on two rows of one event. */
  events: number;
  pairs: number;
  /** The pairs that told the layout: two rows of one event, two actors, their types making the interaction. */
  evidence: number;
  /** The sheet's field → column index map, for `eventDifferences`. */
  indexOf: ReadonlyMap<string, number>;
}

/** How a row's event field compares: its typed value, else its cell as written (an unreadable cell still compares). */
function eventKey(row: CheckedRow, field: string, indexOf: ReadonlyMap<string, number>): string {
  const value = row.values[field];
  if (value !== undefined) return typeof value === "string" ? fold(value) : String(value);
  const index = indexOf.get(field);
  const cell: CellValue | undefined = index === undefined ? undefined : row.cells[index];
  return isBlank(cell) ? "" : `\u0000${fold(String(cell))}`;
}

/** The event fields on which two rows disagree (none: the rows are of one event). */
export function eventDifferences(a: CheckedRow, b: CheckedRow, indexOf: ReadonlyMap<string, number>): string[] {
  return EVENT_FIELDS.filter((field) => eventKey(a, field, indexOf) !== eventKey(b, field, indexOf));
}

/** Whether a sheet's columns allow the monadic form (an ID column, no actor 2 columns); only its rows can tell it. */
export function mayBeMonadic(layout: TableLayout): boolean {
  const mapped = new Set(layout.columns.map(({ spec }) => spec.field));
  return mapped.has("incident_id") && !ACTOR2_FIELDS.some((field) => mapped.has(field));
}

/**
 * The fields the checks of a sheet that may be monadic read of its rows once all are read
 * (the layout, duplicate IDs and rows, the interaction, an event's second actor): what a row
 * of such a sheet keeps until then (`slimRow`).
 */
export const MONADIC_FIELDS: readonly string[] = ["incident_id", "actor1", "inter1", "interaction", "assoc_actor_1", "notes", ...EVENT_FIELDS];

/** Whether the two rows' actor types make the interaction; undefined when a type or the interaction is not known. */
export function typesMakeInteraction(a: CheckedRow, b: CheckedRow): boolean | undefined {
  const first = a.values.inter1 as ActorType | undefined;
  const second = b.values.inter1 as ActorType | undefined;
  const written = (a.values.interaction ?? b.values.interaction) as string | undefined;
  const interaction = written === undefined ? undefined : parseInteraction(written);
  if (!first || !second || !interaction) return undefined;
  return sameInteraction(interaction, { first, second });
}

/**
 * Tells whether an incident sheet is in ACLED's monadic form. Absent actor-2 columns alone
 * do not tell it (a team may simply not record a second actor), so the IDs must tell it
 * too: at least two IDs, and at least half of the IDs that repeat, are each on exactly
 * two rows that agree on every event field (`EVENT_FIELDS`) and name two different actor
 * 1s whose types, where the sheet has them, make the row's interaction (27 from a rebel
 * group row and a civilians row). A sheet with one ID used twice is never monadic, nor is
 * one whose repeated IDs are mostly other events or copies of one row; in an ordinary
 * sheet without actor 2 the interaction names one actor type (20), which no pair of two
 * actor types makes.
 *
 * Once the form is told, the first row of an ID and the first later row of the same event
 * are the event's two rows (`partnerOf`), also when both name the same actor (ACLED codes
 * a clash inside one actor so); any other row under the ID is a duplicate.
 */
export function detectMonadicLayout(layout: TableLayout, rows: readonly CheckedRow[]): MonadicLayout | undefined {
  if (!mayBeMonadic(layout)) return undefined;
  const indexOf = new Map(layout.columns.map(({ index, spec }) => [spec.field, index]));

  const rowsOf = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const id = row.values.incident_id as string | undefined;
    if (!id) continue;
    const list = rowsOf.get(id);
    if (list) list.push(row);
    else rowsOf.set(id, [row]);
  }
  let repeated = 0;
  let evidence = 0;
  for (const list of rowsOf.values()) {
    if (list.length < 2) continue;
    repeated++;
    if (list.length !== 2) continue;
    const [a, b] = list;
    const actor1 = a.values.actor1 as string | undefined;
    const actor2 = b.values.actor1 as string | undefined;
    if (!actor1 || !actor2 || fold(actor1) === fold(actor2)) continue;
    if (eventDifferences(a, b, indexOf).length > 0 || typesMakeInteraction(a, b) === false) continue;
    evidence++;
  }
  if (evidence < 2 || evidence * 2 < repeated) return undefined;

  const partnerOf = new Map<CheckedRow, CheckedRow>();
  for (const list of rowsOf.values()) {
    if (list.length < 2) continue;
    const partner = list.slice(1).find((row) => eventDifferences(list[0], row, indexOf).length === 0);
    if (!partner) continue;
    partnerOf.set(list[0], partner);
    partnerOf.set(partner, list[0]);
  }
  return { rowsOf, partnerOf, events: rowsOf.size, pairs: partnerOf.size / 2, evidence, indexOf };
}

/**
 * An event of a monadic sheet as one row, for the checks across sheets (a weapon's holder
 * must be one of its incident's actors): the event's first row, with its other row's actor
 * 1 and associated actors as actor 2. A row of no pair is returned as it is.
 */
export function eventRow(row: CheckedRow, monadic: MonadicLayout): CheckedRow {
  const partner = monadic.partnerOf.get(row);
  if (!partner) return row;
  const values = { ...row.values, actor2: partner.values.actor1, assoc_actor_2: partner.values.assoc_actor_1 };
  const canonical = row.canonical || partner.canonical ? { ...row.canonical, actor2: partner.canonical?.actor1 ?? null, assoc_actor_2: partner.canonical?.assoc_actor_1 ?? null } : undefined;
  return { ...row, values, canonical };
}

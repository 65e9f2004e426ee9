import { CellValue } from "../cells/cellValue";
import { Problem } from "../cells/readCell";
import { fold } from "../text/fold";
import { DISORDER_OF_SUB_EVENT, DISORDER_TYPES, EVENT_TAXONOMY, EVENT_TYPE_OF_SUB_EVENT, EVENT_TYPES, SUB_EVENT_TYPES, SUB_EVENTS_OF_EVENT } from "../vocabulary/eventTypes";

/** The three levels of ACLED's event taxonomy, by the field that holds each. */
export type TaxonomyField = "disorder_type" | "event_type" | "sub_event_type";

const LABEL: Record<TaxonomyField, string> = { disorder_type: "disorder type", event_type: "event type", sub_event_type: "sub-event type" };
const VOCABULARY: Record<TaxonomyField, readonly string[]> = { disorder_type: DISORDER_TYPES, event_type: EVENT_TYPES, sub_event_type: SUB_EVENT_TYPES };
const BY_KEY: Record<TaxonomyField, ReadonlyMap<string, string>> = {
  disorder_type: keyed(DISORDER_TYPES),
  event_type: keyed(EVENT_TYPES),
  sub_event_type: keyed(SUB_EVENT_TYPES),
};

function keyed(values: readonly string[]): ReadonlyMap<string, string> {
  return new Map(values.map((value) => [fold(value), value]));
}

export function isTaxonomyField(field: string): field is TaxonomyField {
  return field in LABEL;
}

/** The value of `field`'s vocabulary a text names (any case and spacing), or undefined. */
function named(field: TaxonomyField, text: string): string | undefined {
  return BY_KEY[field].get(fold(text));
}

/** Another cell of the same row, as trimmed text ("" when blank or when the sheet has no such column). */
export type RowCell = (field: string) => CellValue;

function textOf(cell: CellValue): string {
  return typeof cell === "string" ? cell.trim() : cell === null || cell === undefined ? "" : String(cell);
}

const EVENT_TYPES_OF_DISORDER: ReadonlyMap<string, readonly string[]> = new Map(DISORDER_TYPES.map((d) => [d, EVENT_TAXONOMY.filter((e) => (e.disorder as readonly string[]).includes(d)).map((e) => e.eventType)]));
const DISORDERS_OF_EVENT: ReadonlyMap<string, readonly string[]> = new Map(EVENT_TAXONOMY.map((e) => [e.eventType, e.disorder as readonly string[]]));

const article = (label: string) => `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
const either = (values: readonly string[]) => (values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`);

/**
 * The finding for a value of the event taxonomy written at the wrong level: a sub-event
 * type in event_type ("Attack"), an event type in sub_event_type ("Battles"), a disorder
 * type in event_type, and the like. It says where the value belongs and what to write
 * here. A suggestion (a one-click fix, written over the cell) is given only where one value
 * fits here and writing it loses nothing: the row's other cell already holds the misplaced
 * value, or the row's sub-event type implies it (a disorder type). Otherwise the message
 * names what fits and the suggestion is left empty. Undefined when the value is of no
 * other level.
 */
export function misplacedTaxonomyValue(field: TaxonomyField, written: string, cellOf: RowCell): Problem | undefined {
  if (named(field, written)) return undefined;
  const here = LABEL[field];
  for (const level of ["sub_event_type", "event_type", "disorder_type"] as const) {
    if (level === field) continue;
    const value = named(level, written);
    if (!value) continue;
    const held = named(level, textOf(cellOf(level))) === value;
    const fit = fitting(field, level, value, cellOf);
    const opening = `"${written.trim()}" is ${article(LABEL[level])}${level === "sub_event_type" ? ` (of ${EVENT_TYPE_OF_SUB_EVENT.get(value)})` : ""}, not ${article(here)}`;
    const what = fit.values.length === 1 ? fit.values[0] : fit.values.length > 1 ? `one of ${either(fit.values)}` : `the ${here}`;
    const move = held ? `the row's ${level} already holds ${value}, so write ${what} here` : `put it in ${level} and write ${what} here`;
    const lossless = held || fit.implied === value;
    const suggestion = fit.values.length === 1 && fit.settled && lossless ? fit.values[0] : undefined;
    return { code: "enum", message: `${opening}; ${move}${fit.reason ? ` (${fit.reason})` : ""}.`, ...(suggestion ? { suggestion } : {}) };
  }
  return undefined;
}

interface Fit {
  /** The values of the field that go with the misplaced value (and the rest of the row). */
  values: readonly string[];
  /** The rest of the row does not contradict them. */
  settled: boolean;
  reason?: string;
  /** The misplaced value, where the row's sub-event type implies it (nothing is lost by writing over it). */
  implied?: string;
}

function fitting(field: TaxonomyField, level: TaxonomyField, value: string, cellOf: RowCell): Fit {
  const subEvent = named("sub_event_type", textOf(cellOf("sub_event_type")));
  const eventType = named("event_type", textOf(cellOf("event_type")));
  switch (`${field}<${level}`) {
    case "event_type<sub_event_type": {
      const owner = EVENT_TYPE_OF_SUB_EVENT.get(value)!;
      if (subEvent && subEvent !== value) return { values: [owner], settled: false, reason: `but the row's sub-event type is ${subEvent}, of ${EVENT_TYPE_OF_SUB_EVENT.get(subEvent)}: settle which is right` };
      return { values: [owner], settled: true };
    }
    case "event_type<disorder_type": {
      if (!subEvent) return { values: EVENT_TYPES_OF_DISORDER.get(value) ?? [], settled: false };
      const owner = EVENT_TYPE_OF_SUB_EVENT.get(subEvent)!;
      const counted = DISORDER_OF_SUB_EVENT.get(subEvent) ?? [];
      if (!counted.includes(value)) return { values: [owner], settled: false, reason: `the event type of ${subEvent}, which is counted as ${either(counted)}, not ${value}` };
      return { values: [owner], settled: true, reason: `the event type of ${subEvent}`, ...(counted.length === 1 ? { implied: value } : {}) };
    }
    case "sub_event_type<event_type":
      if (eventType && eventType !== value) return { values: [...(SUB_EVENTS_OF_EVENT.get(value) ?? [])], settled: false, reason: `but the row's event type is ${eventType}: settle which is right` };
      return { values: [...(SUB_EVENTS_OF_EVENT.get(value) ?? [])], settled: true };
    case "sub_event_type<disorder_type":
      return eventType ? { values: [...(SUB_EVENTS_OF_EVENT.get(eventType) ?? [])], settled: false, reason: `the sub-event types of ${eventType}` } : { values: [], settled: false };
    case "disorder_type<event_type": {
      const ofRow = subEvent && EVENT_TYPE_OF_SUB_EVENT.get(subEvent) === value;
      return { values: (ofRow ? DISORDER_OF_SUB_EVENT.get(subEvent!) : DISORDERS_OF_EVENT.get(value)) ?? [], settled: true, ...(ofRow ? { reason: `as ${subEvent} events are counted` } : {}) };
    }
    case "disorder_type<sub_event_type":
      return { values: DISORDER_OF_SUB_EVENT.get(value) ?? [], settled: true };
  }
  return { values: VOCABULARY[field], settled: false };
}

import { ActorType } from "../../vocabulary/actorTypes";
import { fold } from "../../text/fold";
import { Resolvers } from "../../names/dictionary/resolvers";
import { isMapped, isRecognisedForm, Resolution } from "../../names/resolution";
import { ActorDictionaryEntry } from "../../names/dictionary/dictionarySchema";
import { CheckedRow, RowReport, slimRow } from "../sheetCheck";
import { reportName } from "./reportName";
import { periodYears } from "../../names/actorResolver";
import { SheetForms } from "./sheetForms";
import { UnknownNames } from "./unknownNames";

const ACTOR_FIELDS = [
  { field: "actor1", type: "inter1" },
  { field: "actor2", type: "inter2" },
] as const;
const LIST_FIELDS = ["assoc_actor_1", "assoc_actor_2"] as const;

/** Actor types of names ACLED builds from a pattern, not from a dictionary entry. */
const PATTERN_TYPES: [RegExp, ActorType][] = [
  [/^Military Forces of |^Police Forces of /, "State forces"],
  [/^Civilians\b/, "Civilians"],
  [/^Protesters\b/, "Protesters"],
  [/^Rioters\b/, "Rioters"],
  [/Ethnic Militia|Communal Militia/, "Identity militia"],
  [/^Unidentified Armed Group\b/, "Political militia"],
];

interface RowNames {
  row: CheckedRow;
  single: Partial<Record<(typeof ACTOR_FIELDS)[number]["field"], Resolution>>;
  lists: Partial<Record<(typeof LIST_FIELDS)[number], Resolution[]>>;
  /** The resolutions `UnknownNames` took (their finding is its one per name). */
  collected: Set<Resolution>;
}

/** The fields the names check reads of a row it reports on later. */
const NAME_FIELDS = ["actor1", "actor2", "inter1", "inter2", "assoc_actor_1", "assoc_actor_2", "country", "event_date", "year"] as const;

/**
 * Normalises the actor cells of the incident sheet with the row's country as context, and
 * checks what the names imply. Names in a recognised form (canonical, or ACLED's own) are
 * counted and left alone; a variant is fixed to the form the sheet itself uses most for
 * that actor (NAMING-POLICY actors §2), never so that actor 1 becomes actor 2; a sheet that
 * mixes two recognised forms of one actor gets one finding for it; names the dictionary
 * does not know are one finding per distinct name; actor types are checked against the
 * type in force on the event's date (§10).
 *
 * One row at a time (`take`, then `finish`). A row is reported as it comes, except a row with a
 * variant to fix: its fix is the form the whole sheet uses most, known at the end, so that
 * row waits (its names' fields only, `slimRow`). What it keeps: the forms of each actor
 * counted (`SheetForms`), each unknown name with its first cells (`UnknownNames`), and the
 * rows waiting for a fix.
 */
export class IncidentNames {
  private readonly forms = new SheetForms();
  private readonly unknown = new UnknownNames("actor");
  private readonly waiting: RowNames[] = [];
  private readonly keep: (row: CheckedRow) => CheckedRow;

  constructor(
    private readonly resolvers: Resolvers,
    private readonly report: RowReport,
    indexOf: ReadonlyMap<string, number>,
  ) {
    this.keep = (row) => slimRow(row, NAME_FIELDS, indexOf);
  }

  take(row: CheckedRow): void {
    const { resolvers, forms, unknown } = this;
    let slim: CheckedRow | undefined;
    const keep = () => (slim ??= this.keep(row));
    const country = (row.values.country as string | undefined) ?? null;
    const entry: RowNames = { row, single: {}, lists: {}, collected: new Set() };
    const canonical: NonNullable<CheckedRow["canonical"]> = {};
    let needsForms = false;
    for (const { field } of ACTOR_FIELDS) {
      const raw = row.values[field] as string | undefined;
      if (!raw) continue;
      const resolution = resolvers.actors.resolve(raw, country);
      entry.single[field] = resolution;
      forms.count(resolution, row, field, keep);
    }
    for (const field of LIST_FIELDS) {
      const names = row.values[field] as string[] | undefined;
      if (!names) continue;
      const resolutions = names.map((name) => resolvers.actors.resolve(name, country));
      entry.lists[field] = resolutions;
      for (const resolution of resolutions) forms.count(resolution, row, field, keep);
    }
    // What does not depend on the sheet's forms is taken now, in the row's order: the
    // canonical names, and the unknown names (their finding lists their first cells).
    for (const { field } of ACTOR_FIELDS) {
      const resolution = entry.single[field];
      if (!resolution) continue;
      const name = isMapped(resolution.status) ? resolution.canonical : null;
      // A compound cell keeps the actors it names, so that a weapon's holder can be one of them.
      canonical[field] = resolution.status === "compound" ? resolution.candidates : name;
      if (isMapped(resolution.status) && !isRecognisedForm(resolution.status)) needsForms = true;
      if (unknown.collect(resolution, row, field, keep)) entry.collected.add(resolution);
    }
    for (const field of LIST_FIELDS) {
      const resolutions = entry.lists[field];
      if (!resolutions) continue;
      canonical[field] = resolutions.map((r) => (isMapped(r.status) ? r.canonical : null));
      if (resolutions.some((r) => isMapped(r.status) && !isRecognisedForm(r.status))) needsForms = true;
      for (const resolution of resolutions) if (unknown.collect(resolution, row, field, keep)) entry.collected.add(resolution);
    }
    row.canonical = canonical;
    if (!needsForms) {
      this.reportRow(entry);
      return;
    }
    entry.row = keep();
    this.waiting.push(entry);
  }

  /** The rows that waited for the sheet's forms, then one finding per unknown name and per mixed actor. */
  finish(): void {
    for (const entry of this.waiting) this.reportRow(entry);
    this.waiting.length = 0;
    this.unknown.report(this.report);
    this.forms.reportMixed(this.report);
  }

  private reportRow({ row, single, lists, collected }: RowNames): void {
    const { resolvers, forms, report } = this;
    const country = (row.values.country as string | undefined) ?? null;
    const date = row.values.event_date as string | undefined;
    const year = yearOf(row);
    const fixes: Partial<Record<string, string>> = {};
    for (const { field } of ACTOR_FIELDS) {
      const resolution = single[field];
      if (!resolution) continue;
      if (isMapped(resolution.status) && !isRecognisedForm(resolution.status)) fixes[field] = forms.preferred(resolution, year);
    }
    // A fix never makes actor 1 the same as actor 2 where the cells name two actors (cells
    // that differ only in case or accents already name one: the fix just spells it right).
    const raw1 = row.values.actor1 as string | undefined;
    const raw2 = row.values.actor2 as string | undefined;
    const after1 = fixes.actor1 ?? raw1;
    const after2 = fixes.actor2 ?? raw2;
    const wouldMerge = raw1 !== undefined && raw2 !== undefined && fold(raw1) !== fold(raw2) && after1 === after2;
    for (const { field, type } of ACTOR_FIELDS) {
      const resolution = single[field];
      if (!resolution) continue;
      if (collected.has(resolution)) continue;
      if (fixes[field] !== undefined && wouldMerge) {
        report(row, field, "non-canonical", `"${resolution.raw}" → ${resolution.canonical}: ${resolution.reason}. No fix is offered: it would write the same name in actor 1 and actor 2 (${after1}).`, undefined, undefined, resolution.confidence);
      } else if (fixes[field] !== undefined) {
        reportName(row, field, { ...resolution, fix: fixes[field] }, "actor", report);
      } else {
        reportName(row, field, resolution, "actor", report);
      }
      const name = isMapped(resolution.status) ? resolution.canonical : null;
      const written = row.values[type] as ActorType | undefined;
      const entry = name ? resolvers.actors.entry(name) : undefined;
      // A state-force name is coded State forces whichever unit it names, unless the unit's
      // own type changed with time (the RSF: state forces until April 2023, then not).
      const dated = !!entry?.typeHistory;
      const known = resolution.stateForm && !dated ? "State forces" : typeOf(name ?? (resolution.status === "generic" ? resolution.raw : null), resolvers, date);
      if (written && known && !typeAgrees(written, known, name, country, resolvers)) {
        const since = dated ? typeChange(entry, date) : "";
        report(row, type, "inconsistent", `${name ?? resolution.raw} is ${article(known)} ${known} actor${since}, not ${article(written)} ${written}.`, known);
      }
      const outside = periodMisses(resolution.period, year);
      if (outside) report(row, field, "inconsistent", `The regime period ${resolution.period} in "${resolution.raw}" does not cover the event's year ${year}: ${outside}`);
    }
    for (const field of LIST_FIELDS) {
      const resolutions = lists[field];
      if (!resolutions) continue;
      const fixable = resolutions.filter((r) => isMapped(r.status) && !isRecognisedForm(r.status));
      if (fixable.length > 0) {
        const fixes = new Map(fixable.map((r) => [r, forms.preferred(r, year)]));
        const fixed = resolutions.map((r) => fixes.get(r) ?? r.raw).join("; ");
        report(row, field, "non-canonical", fixable.map((r) => `"${r.raw}" → ${fixes.get(r)}: ${r.reason}`).join("; ") + ".", fixed, undefined, Math.min(...fixable.map((r) => r.confidence)));
      }
      for (const resolution of resolutions) {
        if (collected.has(resolution)) continue;
        if (!isMapped(resolution.status) && resolution.status !== "generic") reportName(row, field, resolution, "actor", report);
      }
    }
  }
}

/** Why an ACLED regime period ("(2013-2020)", "(2021-)") does not cover a year, or undefined where it does. */
function periodMisses(period: string | undefined, year: number | undefined): string | undefined {
  const years = periodYears(period);
  if (!years || year === undefined) return undefined;
  const { from, to } = years;
  if (year < from) return `the period starts in ${from}; the event is earlier.`;
  if (to !== undefined && year > to) return `the period ends in ${to}; the event is later.`;
  return undefined;
}

function yearOf(row: CheckedRow): number | undefined {
  const date = row.values.event_date as string | undefined;
  return date ? Number(date.slice(0, 4)) : (row.values.year as number | undefined);
}

/** The actor's type on the event's date (NAMING-POLICY actors §10), or its pattern's. */
function typeOf(name: string | null, resolvers: Resolvers, date: string | undefined): ActorType | undefined {
  if (!name) return undefined;
  const entry = resolvers.actors.entry(name);
  if (entry) return typeOn(entry, date);
  return PATTERN_TYPES.find(([pattern]) => pattern.test(name))?.[1];
}

/** The type an entry had on a date: its earliest history entry whose date is after it, else its type. */
export function typeOn(entry: ActorDictionaryEntry, date: string | undefined): ActorType {
  if (!date || !entry.typeHistory) return entry.type;
  const history = [...entry.typeHistory].sort((a, b) => (a.until < b.until ? -1 : 1));
  return history.find((h) => date < h.until)?.type ?? entry.type;
}

/** " on 2020-05-01 (its type until 2021-08-15)", where the type changed with time. */
function typeChange(entry: ActorDictionaryEntry | undefined, date: string | undefined): string {
  if (!entry?.typeHistory || !date) return "";
  const change = [...entry.typeHistory].sort((a, b) => (a.until < b.until ? -1 : 1)).find((h) => date < h.until);
  return change ? ` on ${date} (its type until ${change.until})` : ` on ${date} (its type since ${entry.typeHistory.map((h) => h.until).sort().at(-1)})`;
}

/** State forces acting outside their own country are coded External/Other forces by ACLED. */
function typeAgrees(written: ActorType, known: ActorType, name: string | null, country: string | null, resolvers: Resolvers): boolean {
  if (written === known) return true;
  if (known === "State forces" && written === "External/Other forces") {
    const home = name ? resolvers.actors.entry(name)?.countries : undefined;
    return !country || !home || home.length !== 1 || home[0] !== country;
  }
  return false;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

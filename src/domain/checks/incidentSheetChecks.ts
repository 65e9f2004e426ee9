import { Issue, makeIssue } from "../issues/issue";
import { TableLayout } from "../headers/locateTable";
import { StringPool } from "../text/stringPool";
import { CheckedRow, RowReport, SlimmerRows, slimRow } from "./sheetCheck";
import { DuplicateIds, duplicateIds } from "./duplicateIds";
import { DuplicateRows, duplicateRows, RecurringEvents } from "./duplicateRows";
import { interactions, rowInteraction } from "./interactionMatchesActorTypes";
import { detectMonadicLayout, eventRow, mayBeMonadic, MONADIC_FIELDS, MonadicLayout } from "./monadicLayout";
import { formatCount } from "../text/formatCount";

/** Where the checks of an incident sheet that need all its rows report, each to its own list (the order findings are listed in). */
export interface IncidentSheetReports {
  /** The monadic-layout note. */
  layout: Issue[];
  duplicateIds: RowReport;
  duplicateRows: RowReport;
  interactions: RowReport;
}

/** What a weapon row reads of its incident (its date, country and actors with their canonical names). */
const INCIDENT_FACT_FIELDS = ["event_date", "country", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2"] as const;

/**
 * The checks of an incident sheet that need all its rows: the layout (ACLED's monadic form
 * or the ordinary one, told once and reported as info), duplicate IDs, duplicate rows and
 * the interaction, each by the layout's rules; and, where a weapon sheet points at it, each
 * incident's facts by ID. Rows come one at a time (`take`, after the names check has set
 * their canonical names), the rest at `finish`.
 *
 * A sheet with actor 2 columns is ordinary whatever its IDs: its checks run as rows come,
 * keeping each ID's first row number and the rows whose event key recurs. A sheet that may
 * be monadic is only told so by all its IDs, and its checks read each ID's other rows: it
 * keeps of every row the fields those checks read (`MONADIC_FIELDS`), until `finish`.
 */
export class IncidentSheetChecks {
  /** The first row of each incident ID (its facts only; in a monadic sheet, the event's). */
  readonly incidents = new Map<string, CheckedRow>();
  private readonly mayBeMonadic: boolean;
  private readonly kept: CheckedRow[] = [];
  private readonly ids: DuplicateIds;
  private readonly duplicates: DuplicateRows;
  private readonly fields: readonly string[];
  private readonly fieldsWithoutNotes: readonly string[];
  /** The kept rows of a sheet that may be monadic: strings pooled, cells only where a monadic finding quotes them (its ID, its interaction). */
  private readonly slimmer: SlimmerRows = { pool: new StringPool(), quoted: new Set(["incident_id", "interaction"]) };

  constructor(
    private readonly layout: TableLayout,
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly reports: IncidentSheetReports,
    private readonly recurring: RecurringEvents | undefined,
    private readonly keepFacts: boolean,
  ) {
    this.mayBeMonadic = mayBeMonadic(layout);
    this.ids = new DuplicateIds(reports.duplicateIds);
    this.duplicates = new DuplicateRows(reports.duplicateRows, undefined, recurring);
    this.fields = this.mayBeMonadic ? [...new Set([...MONADIC_FIELDS, ...INCIDENT_FACT_FIELDS])] : INCIDENT_FACT_FIELDS;
    this.fieldsWithoutNotes = this.fields.filter((field) => field !== "notes");
  }

  take(row: CheckedRow): void {
    const id = row.values.incident_id as string | undefined;
    if (this.mayBeMonadic) {
      // Notes are read only by the duplicate-row check, which passes over rows whose event key does not recur.
      const slim = slimRow(row, this.recurring && !this.recurring.mayRecur(row.values) ? this.fieldsWithoutNotes : this.fields, this.indexOf, this.slimmer);
      this.kept.push(slim);
      if (this.keepFacts && id && !this.incidents.has(id)) this.incidents.set(id, slim);
      return;
    }
    this.ids.take(row);
    this.duplicates.take(row);
    rowInteraction(row, this.reports.interactions);
    if (this.keepFacts && id && !this.incidents.has(id)) this.incidents.set(id, slimRow(row, this.fields, this.indexOf));
  }

  /** The checks that wait for the whole sheet; the monadic layout where the sheet is in that form. `headerRow` is the sheet row of the headers. */
  finish(sheet: string, headerRow: number): MonadicLayout | undefined {
    if (!this.mayBeMonadic) return undefined;
    const rows = this.kept;
    const monadic = detectMonadicLayout(this.layout, rows);
    if (monadic) {
      const count = (n: number) => formatCount(n);
      this.reports.layout.push(
        makeIssue(
          { sheet, row: headerRow, column: null, field: null },
          "monadic-layout",
          `This sheet is in ACLED's monadic form: one row per actor, no actor 2 columns, ${count(monadic.pairs)} of its ${count(monadic.events)} events on two rows under one ID. The two rows of one event (same date, location, event type …) are checked as one event: their shared ID is not a duplicate, and each row's actor type must be one of the event's interaction.`,
        ),
      );
      // A monadic event: both rows' actors.
      for (const [id, row] of this.incidents) this.incidents.set(id, eventRow(row, monadic));
    }
    duplicateIds(rows, this.reports.duplicateIds, monadic);
    duplicateRows(rows, this.reports.duplicateRows, monadic, this.recurring);
    interactions(rows, this.reports.interactions, monadic);
    this.kept.length = 0;
    return monadic;
  }
}

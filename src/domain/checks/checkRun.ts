import { HeaderlessValues } from "./headerlessValues";
import type { OutlyingCell } from "../sheetStream";
import { CellValue } from "../cells/cellValue";
import { columnNumber } from "../cells/columnLetter";
import { HEADER_SEARCH_ROWS, TableLayout } from "../headers/locateTable";
import { Issue, makeIssue } from "../issues/issue";
import { countIssues } from "../issues/issueCounts";
import { isDictionarySheet, readWorkbookDictionary } from "../names/dictionary/workbookDictionary";
import { resolversFor } from "../names/dictionary/resolvers";
import { SheetKind } from "../schema/fieldSpec";
import { incidentRowSchema } from "../schema/incidentSheet";
import { weaponRowSchema } from "../schema/weaponSheet";
import { SheetGrid, TextDecoding } from "../sheetGrid";
import type { CheckOptions, Summary, WorkbookCheck } from "./checkWorkbook";
import { CheckedSheet, SheetChecker, SheetSurvey, sheetReporter } from "./checkSheet";
import { RecurringEvents } from "./duplicateRows";
import { ForeignKeys } from "./foreignKeys";
import { IncidentSheetChecks } from "./incidentSheetChecks";
import { INCIDENT_ROW_CHECKS, WEAPON_ROW_CHECKS } from "./incidentRowChecks";
import { LegacyTaxonomy } from "./legacyTaxonomy";
import { manufactureYear } from "./manufactureYear";
import { mayBeMonadic } from "./monadicLayout";
import { IncidentNames } from "./names/incidentNames";
import { checkWeaponNames } from "./names/weaponNames";
import { SheetRoles } from "./sheetRoles";
import { CheckedRow } from "./sheetCheck";
import { reportDecoding } from "./textDecoding";

/** What the check knows of a sheet before reading its rows, and what its reader tells after the first read. */
export interface SheetAccess {
  name: string;
  tables?: string[];
  startRow: number;
  startColumn: number;
  /** Known once the rows were read to their end at least once. */
  hiddenRows(): readonly number[] | undefined;
  decoding(): TextDecoding | undefined;
  /** The far cells the reader kept apart (known, like hidden rows, once the rows were read to their end). */
  outlyingCells(): readonly OutlyingCell[] | undefined;
  /** The reader tells a decoding (a text file): its first pass is read to the end even where the sheet is not checked. */
  mayHaveDecoding: boolean;
}

/** Takes one row (its index into the sheet's values, from 0, every index in turn); false: the pass needs no more rows. */
export type RowVisit = (index: number, row: CellValue[], formats: (string | null | undefined)[] | undefined) => boolean | void;

/** A pass over one sheet's rows, which the driver runs before resuming the check. */
export interface RowPass {
  sheet: number;
  visit: RowVisit;
}

/**
 * The whole check of a workbook, as a sequence of passes over its sheets' rows that a
 * driver runs (`checkWorkbook` over grids held whole, `checkWorkbookRows` over row
 * streams): one implementation of every rule for both. Each sheet is read at most twice:
 *
 * 1. A first pass over every sheet, in workbook order. Its first 30 rows tell its role and
 *    its header row (`locateTable` looks at those only); an incident or weapon sheet's first
 *    pass then reads every row for what is sheet-wide (`SheetSurvey`: where the data ends, the
 *    day–month order of its dates, NA placeholder columns, the likely columns of missing
 *    fields, the row below the header; on an incident sheet the legacy taxonomy and, for a
 *    streamed check, the event keys that recur). A dictionary sheet is gathered whole (it is small). Other sheets stop
 *    after 30 rows unless their reader may tell a decoding.
 * 2. The check pass: the incident sheet, then the weapon sheet, which needs each incident's
 *    facts; then other sheets whose decoding damaged cells, for the values those findings quote.
 *
 * `keepRows`: the checked sheets keep their typed rows (for export and fixes); a streamed
 * check keeps none, only what each cross-row check needs.
 */
export function* checkRun(sheets: readonly SheetAccess[], date1904: boolean, options: CheckOptions, keepRows: boolean): Generator<RowPass, WorkbookCheck, void> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  // Findings, by the step that found them: listed in this order before the sort by cell.
  const start: Issue[] = [];
  const incidentRows: Issue[] = [];
  const layoutNote: Issue[] = [];
  const duplicateIds: Issue[] = [];
  const duplicateRows: Issue[] = [];
  const interactions: Issue[] = [];
  const incidentNames: Issue[] = [];
  const weaponRows: Issue[] = [];
  const foreignKeys: Issue[] = [];
  const manufacture: Issue[] = [];
  const weaponNames: Issue[] = [];
  const decodingIssues: Issue[] = [];
  const end: Issue[] = [];

  // 1. First passes.
  const roles = new SheetRoles(sheets);
  const dictionaryIndex = sheets.findIndex((sheet) => isDictionarySheet(sheet.name));
  const firsts: FirstPass[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const first = new FirstPass(sheets[i], i === dictionaryIndex, (head) => roles.decide(i, head), incidentRowSchema(today), { date1904, today, countKeys: !keepRows });
    firsts.push(first);
    yield { sheet: i, visit: (index, row, formats) => first.take(index, row, formats) };
    first.end();
  }
  const dictionary = dictionaryIndex >= 0 ? firsts[dictionaryIndex].gathered : undefined;
  const resolvers = options.resolvers ?? resolversFor(dictionary ? readWorkbookDictionary(dictionary, start) : undefined, start);
  const incidentIndex = firsts.findIndex((first) => first.role?.kind === "incidents");
  const weaponIndex = firsts.findIndex((first) => first.role?.kind === "weapons");
  const decodings = sheets.map((sheet) => sheet.decoding());
  const captured = sheets.map((): CellValue[][] => []);
  const capture = (i: number): ((index: number, row: CellValue[]) => void) => {
    const decoding = decodings[i];
    if (!decoding) return () => undefined;
    const { startRow, startColumn } = sheets[i];
    const wanted = new Map<number, number[]>();
    for (const { row, column } of [...decoding.damagedCells, ...(decoding.firstNonAscii ? [decoding.firstNonAscii] : [])]) {
      const list = wanted.get(row - startRow) ?? [];
      list.push(column - startColumn);
      wanted.set(row - startRow, list);
    }
    return (index, row) => {
      for (const column of wanted.get(index) ?? []) (captured[i][index] ??= [])[column] = row[column];
    };
  };

  // 2. The incident sheet.
  let incidents: CheckedSheet | undefined;
  let incidentCount = 0;
  let facts: Map<string, CheckedRow> | undefined;
  if (incidentIndex >= 0) {
    const sheet = sheets[incidentIndex];
    const first = firsts[incidentIndex];
    const found = first.role!;
    const legacy = first.legacy!.result;
    const layout = legacy ? { ...found.layout, missing: found.layout.missing.filter((spec) => spec.field !== "sub_event_type") } : found.layout;
    const place = { name: sheet.name, startRow: sheet.startRow, startColumn: sheet.startColumn, hiddenRows: sheet.hiddenRows() };
    if (legacy) {
      const headerRow = sheet.startRow + layout.headerIndex;
      incidentRows.push(makeIssue({ sheet: sheet.name, row: headerRow, column: null, field: "event_type" }, "legacy-taxonomy", `The sheet uses ACLED's event taxonomy of before 2019 (event types such as "Battle-No change of territory" and "Remote violence", no sub-event types): its event types are checked against that list, and no sub-event type is required.`));
    }
    const options = { today, date1904, schema: incidentRowSchema(today, { legacyTaxonomy: legacy }), rowChecks: INCIDENT_ROW_CHECKS, notRequired: legacy ? new Set(["sub_event_type"]) : undefined, legacyTaxonomy: legacy };
    const checker = new SheetChecker(place, layout, options, first.survey!.finish(sheet.name), incidentRows);
    const reporter = (issues: Issue[]) => sheetReporter(sheet.name, checker.indexOf, checker.columnOf, issues);
    const checks = new IncidentSheetChecks(layout, checker.indexOf, { layout: layoutNote, duplicateIds: reporter(duplicateIds), duplicateRows: reporter(duplicateRows), interactions: reporter(interactions) }, first.recurring, weaponIndex >= 0);
    const names = new IncidentNames(resolvers, reporter(incidentNames), checker.indexOf);
    const rows: CheckedRow[] = [];
    const keepCells = capture(incidentIndex);
    const headerless = new HeaderlessValues(sheet.name, layout, sheet.startRow + layout.headerIndex, sheet.startColumn);
    checker.begin();
    yield {
      sheet: incidentIndex,
      visit: (index, raw, formats) => {
        keepCells(index, raw);
        if (!checker.wants(index)) return;
        const row = checker.take(index, raw, formats);
        if (!row) return;
        // The rows checked, as the export counts them (a repeated header row is none).
        headerless.add(raw, row.row);
        names.take(row); // first: the facts a weapon row reads carry the canonical names
        checks.take(row);
        if (keepRows) rows.push(row);
      },
    };
    checker.finish();
    headerless.addOutlying(sheet.outlyingCells() ?? []);
    headerless.finish(incidentRows);
    checks.finish(sheet.name, sheet.startRow + found.layout.headerIndex);
    names.finish();
    if (keepRows) markErrors(rows, [duplicateIds, duplicateRows, interactions, incidentNames]);
    incidents = checker.result(rows);
    incidentCount = checker.count;
    facts = checks.incidents;
  }

  // 3. The weapon sheet, against the incidents' facts.
  let weapons: CheckedSheet | undefined;
  let weaponCount = 0;
  if (weaponIndex >= 0) {
    const sheet = sheets[weaponIndex];
    const first = firsts[weaponIndex];
    const place = { name: sheet.name, startRow: sheet.startRow, startColumn: sheet.startColumn, hiddenRows: sheet.hiddenRows() };
    const checker = new SheetChecker(place, first.role!.layout, { today, date1904, schema: weaponRowSchema(today), rowChecks: WEAPON_ROW_CHECKS }, first.survey!.finish(sheet.name), weaponRows);
    const reporter = (issues: Issue[]) => sheetReporter(sheet.name, checker.indexOf, checker.columnOf, issues);
    const reportNames = reporter(weaponNames);
    const reportYear = reporter(manufacture);
    const keys = facts ? new ForeignKeys(() => facts!.keys(), reporter(foreignKeys)) : undefined;
    const rows: CheckedRow[] = [];
    const keepCells = capture(weaponIndex);
    const headerless = new HeaderlessValues(sheet.name, first.role!.layout, sheet.startRow + first.role!.layout.headerIndex, sheet.startColumn);
    checker.begin();
    yield {
      sheet: weaponIndex,
      visit: (index, raw, formats) => {
        keepCells(index, raw);
        if (!checker.wants(index)) return;
        const row = checker.take(index, raw, formats);
        if (!row) return;
        // The rows checked, as the export counts them (a repeated header row is none).
        headerless.add(raw, row.row);
        // One look-up per weapon row, shared by the cross-sheet checks.
        const incident = facts?.get(row.values.incident_id as string);
        if (keys) {
          keys.take(row, incident);
          manufactureYear(row, incident, reportYear);
        }
        checkWeaponNames(row, incident, resolvers, reportNames);
        if (keepRows) rows.push(row);
      },
    };
    checker.finish();
    headerless.addOutlying(sheet.outlyingCells() ?? []);
    headerless.finish(weaponRows);
    weapons = checker.result(rows);
    weaponCount = checker.count;
  }

  // 4. The values that decoding findings quote on the other sheets, then the findings in sheet order.
  for (let i = 0; i < sheets.length; i++) {
    if (!decodings[i] || i === incidentIndex || i === weaponIndex) continue;
    const keepCells = capture(i);
    yield { sheet: i, visit: (index, row) => keepCells(index, row) };
  }
  for (let i = 0; i < sheets.length; i++) {
    const decoding = decodings[i];
    if (!decoding) continue;
    const { name, startRow, startColumn } = sheets[i];
    const layout = i === incidentIndex || i === weaponIndex ? firsts[i].role!.layout : undefined;
    reportDecoding({ name, startRow, startColumn, values: captured[i], decoding }, layout, decodingIssues);
  }

  if (!incidents && !(options.singleSheet && weapons)) {
    const hint = sheets.length === 0 ? "The workbook has no sheets." : `None of the sheets (${sheets.map((s) => s.name).join(", ")}) is named Incidents or has incident headers (incident_id, event_date, event_type, actor1, …).`;
    end.push(makeIssue({ sheet: "", row: 0, column: null, field: null }, "missing-sheet", `No incident sheet found. ${hint}`));
  }

  const issues = [start, incidentRows, layoutNote, duplicateIds, duplicateRows, interactions, incidentNames, weaponRows, foreignKeys, manufacture, weaponNames, decodingIssues, end].flat();
  sortIssues(issues, sheets);
  const checked = [...(incidents ? [{ name: incidents.name, rows: incidentCount }] : []), ...(weapons ? [{ name: weapons.name, rows: weaponCount }] : [])];
  const summary = summarise(issues, checked, { incidents: incidentCount, weapons: weaponCount }, { incidents: incidents?.name ?? null, weapons: weapons?.name ?? null });
  return { issues, incidents, weapons, summary };
}

/** A sheet's role, once its first rows are read. */
interface Role {
  kind: SheetKind;
  layout: TableLayout;
}

/** The first pass over one sheet (see `checkRun`). */
class FirstPass {
  role: Role | undefined;
  survey: SheetSurvey | undefined;
  legacy: LegacyTaxonomy | undefined;
  recurring: RecurringEvents | undefined;
  /** The dictionary sheet, whole. */
  gathered: SheetGrid | undefined;
  private decided = false;
  private readonly head: { row: CellValue[]; formats: (string | null | undefined)[] | undefined }[] = [];

  constructor(
    private readonly sheet: SheetAccess,
    private readonly isDictionary: boolean,
    private readonly decide: (head: SheetGrid) => Role | undefined,
    private readonly incidentSchema: ReturnType<typeof incidentRowSchema>,
    /** `countKeys`: count the event keys that recur, so that the duplicate-row check keeps only their rows (a check that holds every row anyway skips it). */
    private readonly options: { date1904: boolean; today: string; countKeys: boolean },
  ) {
    if (isDictionary) this.gathered = { name: sheet.name, values: [], startRow: sheet.startRow, startColumn: sheet.startColumn };
  }

  take(index: number, row: CellValue[], formats: (string | null | undefined)[] | undefined): boolean {
    if (this.gathered) {
      this.gathered.values[index] = row;
      return true;
    }
    if (!this.decided) {
      this.head[index] = { row, formats };
      if (index + 1 < HEADER_SEARCH_ROWS) return true;
      this.settle();
      return this.wantsRows();
    }
    this.survey?.take(index, row, formats);
    this.legacy?.take(index, row);
    this.recurring?.take(index, row, formats);
    return this.wantsRows();
  }

  end(): void {
    if (!this.decided) this.settle();
    if (this.gathered) for (let i = 0; i < this.gathered.values.length; i++) this.gathered.values[i] ??= [];
  }

  private wantsRows(): boolean {
    return this.survey !== undefined || this.sheet.mayHaveDecoding;
  }

  /** Tells the sheet's role from its first rows, then surveys them. */
  private settle(): void {
    this.decided = true;
    if (this.isDictionary) return;
    const values = Array.from({ length: this.head.length }, (_, i) => this.head[i]?.row ?? []);
    this.role = this.decide({ name: this.sheet.name, values, ...(this.sheet.tables ? { tables: this.sheet.tables } : {}) });
    if (!this.role) return;
    const { layout, kind } = this.role;
    this.survey = new SheetSurvey(layout);
    if (kind === "incidents") {
      this.legacy = new LegacyTaxonomy(layout);
      if (this.options.countKeys) this.recurring = new RecurringEvents(layout, this.incidentSchema, this.options, mayBeMonadic(layout));
    }
    for (let i = 0; i < this.head.length; i++) {
      const { row, formats } = this.head[i] ?? { row: [], formats: undefined };
      this.survey.take(i, row, formats);
      this.legacy?.take(i, row);
      this.recurring?.take(i, row, formats);
    }
    this.head.length = 0;
  }
}

/** Rows a cross-row check found an error on (reported on what it kept of them) are rows with an error. */
function markErrors(rows: readonly CheckedRow[], lists: readonly Issue[][]): void {
  const byNumber = new Map(rows.map((row) => [row.row, row]));
  for (const list of lists) {
    for (const issue of list) {
      const row = issue.severity === "error" ? byNumber.get(issue.row) : undefined;
      if (row) row.hasError = true;
    }
  }
}

function sortIssues(issues: Issue[], sheets: readonly { name: string }[]): void {
  const order = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const keyed = issues.map((issue, index) => ({ issue, index, sheet: order.get(issue.sheet) ?? -1, column: issue.column ? columnNumber(issue.column) : 0 }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.issue.row - b.issue.row || a.column - b.column || a.index - b.index);
  for (let i = 0; i < keyed.length; i++) issues[i] = keyed[i].issue;
}

function summarise(issues: readonly Issue[], checked: readonly { name: string; rows: number }[], rows: Summary["rows"], sheets: Summary["sheets"]): Summary {
  const summary: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    byCode: {},
    rows,
    sheets,
    ...countIssues(issues, checked),
  };
  for (const issue of issues) {
    summary.byCode[issue.code] = (summary.byCode[issue.code] ?? 0) + 1;
    if (issue.severity === "error") summary.errors++;
    else if (issue.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

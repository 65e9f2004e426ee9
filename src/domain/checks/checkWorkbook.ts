import { columnNumber } from "../cells/columnLetter";
import { kindFromSheetName, locateTable, mapHeaderRow, TableLayout } from "../headers/locateTable";
import { Issue, makeIssue } from "../issues/issue";
import { IssueCode } from "../issues/issueCodes";
import { countIssues, IssueCounts } from "../issues/issueCounts";
import { SheetKind } from "../schema/fieldSpec";
import { incidentRowSchema } from "../schema/incidentSheet";
import { weaponRowSchema } from "../schema/weaponSheet";
import { SheetGrid, WorkbookGrid } from "../sheetGrid";
import { checkSheet, CheckedSheet } from "./checkSheet";
import { usesLegacyTaxonomy } from "./legacyTaxonomy";
import { checkIncidentSheet } from "./incidentSheetChecks";
import { eventRow, MonadicLayout } from "./monadicLayout";
import { foreignKeys } from "./foreignKeys";
import { INCIDENT_ROW_CHECKS, WEAPON_ROW_CHECKS } from "./incidentRowChecks";
import { manufactureYear } from "./manufactureYear";
import { CheckedRow } from "./sheetCheck";
import { checkIncidentNames } from "./names/incidentNames";
import { checkWeaponNames } from "./names/weaponNames";
import { reportDecoding } from "./textDecoding";
import { isDictionarySheet, readWorkbookDictionary } from "../names/dictionary/workbookDictionary";
import { Resolvers, resolversFor } from "../names/dictionary/resolvers";

export interface CheckOptions {
  /** Today's date (ISO); event dates after it are out of range. Defaults to the current UTC date. */
  today?: string;
  /**
   * The workbook is one sheet of either kind (a CSV file): a weapon sheet alone is then
   * checked without its incident sheet, and the foreign-key check is skipped.
   */
  singleSheet?: boolean;
  /** The name resolvers to use; by default the built-in dictionaries with the workbook's own. */
  resolvers?: Resolvers;
}

/** The totals of a check; `bySeverityAndCode` and `bySheet` come from countIssues. */
export interface Summary extends IssueCounts {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Partial<Record<IssueCode, number>>;
  rows: { incidents: number; weapons: number };
  sheets: { incidents: string | null; weapons: string | null };
}

export interface WorkbookCheck {
  issues: Issue[];
  incidents?: CheckedSheet;
  weapons?: CheckedSheet;
  summary: Summary;
}

/** Checks a workbook's incident and weapon sheets, row by row and against each other. */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): WorkbookCheck {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const date1904 = workbook.date1904 ?? false;
  const issues: Issue[] = [];
  const found = findSheets(workbook.sheets);
  const dictionarySheet = workbook.sheets.find((sheet) => isDictionarySheet(sheet.name));
  const resolvers = options.resolvers ?? resolversFor(dictionarySheet ? readWorkbookDictionary(dictionarySheet, issues) : undefined, issues);

  let incidents: CheckedSheet | undefined;
  let weapons: CheckedSheet | undefined;
  let monadic: MonadicLayout | undefined;
  if (found.incidents) {
    const legacy = usesLegacyTaxonomy(found.incidents.grid, found.incidents.layout);
    const layout = legacy ? { ...found.incidents.layout, missing: found.incidents.layout.missing.filter((spec) => spec.field !== "sub_event_type") } : found.incidents.layout;
    if (legacy) {
      const headerRow = (found.incidents.grid.startRow ?? 1) + layout.headerIndex;
      issues.push(makeIssue({ sheet: found.incidents.grid.name, row: headerRow, column: null, field: "event_type" }, "legacy-taxonomy", `The sheet uses ACLED's event taxonomy of before 2019 (event types such as "Battle-No change of territory" and "Remote violence", no sub-event types): its event types are checked against that list, and no sub-event type is required.`));
    }
    incidents = checkSheet(found.incidents.grid, layout, { today, date1904, schema: incidentRowSchema(today, { legacyTaxonomy: legacy }), rowChecks: INCIDENT_ROW_CHECKS, notRequired: legacy ? new Set(["sub_event_type"]) : undefined, legacyTaxonomy: legacy }, issues);
    monadic = checkIncidentSheet(incidents, (found.incidents.grid.startRow ?? 1) + found.incidents.layout.headerIndex, issues);
    checkIncidentNames(incidents.rows, resolvers, incidents.report);
  }
  if (found.weapons) {
    weapons = checkSheet(found.weapons.grid, found.weapons.layout, { today, date1904, schema: weaponRowSchema(today), rowChecks: WEAPON_ROW_CHECKS }, issues);
  }
  if (weapons) {
    let linked: (CheckedRow | undefined)[] = [];
    if (incidents) {
      const byId = new Map<string, CheckedRow>();
      for (const row of incidents.rows) {
        const id = row.values.incident_id as string | undefined;
        if (id && !byId.has(id)) byId.set(id, monadic ? eventRow(row, monadic) : row); // a monadic event: both rows' actors
      }
      // One look-up per weapon row, shared by the cross-sheet checks.
      linked = weapons.rows.map((row) => byId.get(row.values.incident_id as string));
      foreignKeys(weapons.rows, linked, byId.keys(), weapons.report);
      manufactureYear(weapons.rows, linked, weapons.report);
    }
    checkWeaponNames(weapons.rows, linked, resolvers, weapons.report);
  }
  for (const grid of workbook.sheets) {
    if (grid.decoding) reportDecoding(grid, [found.incidents, found.weapons].find((sheet) => sheet?.grid === grid)?.layout, issues);
  }
  if (!incidents && !(options.singleSheet && weapons)) {
    const hint = workbook.sheets.length === 0 ? "The workbook has no sheets." : `None of the sheets (${workbook.sheets.map((s) => s.name).join(", ")}) is named Incidents or has incident headers (incident_id, event_date, event_type, actor1, …).`;
    issues.push(makeIssue({ sheet: "", row: 0, column: null, field: null }, "missing-sheet", `No incident sheet found. ${hint}`));
  }

  sortIssues(issues, workbook.sheets);
  return { issues, incidents, weapons, summary: summarise(issues, incidents, weapons) };
}

interface FoundSheet {
  grid: SheetGrid;
  layout: TableLayout;
}

/** Picks the incident and weapon sheets: by name first, then by their headers. */
export function findSheets(sheets: readonly SheetGrid[]): Partial<Record<SheetKind, FoundSheet>> {
  const found: Partial<Record<SheetKind, FoundSheet>> = {};
  const used = new Set<SheetGrid>();
  for (const grid of sheets) {
    if (isDictionarySheet(grid.name)) continue;
    const kind = kindFromSheetName(grid.name) ?? grid.tables?.map(kindFromSheetName).find((k) => k !== undefined);
    if (!kind || found[kind]) continue;
    const layout = locateTable(grid, kind) ?? firstRowLayout(kind, grid);
    found[kind] = { grid, layout };
    used.add(grid);
  }
  for (const grid of sheets) {
    if (used.has(grid) || isDictionarySheet(grid.name)) continue;
    const layout = locateTable(grid);
    if (layout && !found[layout.kind]) {
      found[layout.kind] = { grid, layout };
      used.add(grid);
    }
  }
  return found;
}

/** A sheet named as a kind but without a recognisable header row: its first row is taken as the header. */
function firstRowLayout(kind: SheetKind, grid: SheetGrid): TableLayout {
  return mapHeaderRow(grid.values[0] ?? [], kind, 0);
}

function sortIssues(issues: Issue[], sheets: readonly SheetGrid[]): void {
  const order = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const keyed = issues.map((issue, index) => ({ issue, index, sheet: order.get(issue.sheet) ?? -1, column: issue.column ? columnNumber(issue.column) : 0 }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.issue.row - b.issue.row || a.column - b.column || a.index - b.index);
  for (let i = 0; i < keyed.length; i++) issues[i] = keyed[i].issue;
}

function summarise(issues: readonly Issue[], incidents?: CheckedSheet, weapons?: CheckedSheet): Summary {
  const summary: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    byCode: {},
    rows: { incidents: incidents?.rows.length ?? 0, weapons: weapons?.rows.length ?? 0 },
    sheets: { incidents: incidents?.name ?? null, weapons: weapons?.name ?? null },
    ...countIssues(issues, [incidents, weapons].flatMap((sheet) => (sheet ? [{ name: sheet.name, rows: sheet.rows.length }] : []))),
  };
  for (const issue of issues) {
    summary.byCode[issue.code] = (summary.byCode[issue.code] ?? 0) + 1;
    if (issue.severity === "error") summary.errors++;
    else if (issue.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

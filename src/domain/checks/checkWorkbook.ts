import { TableLayout } from "../headers/locateTable";
import { Issue } from "../issues/issue";
import { IssueCode } from "../issues/issueCodes";
import { IssueCounts } from "../issues/issueCounts";
import { SheetKind } from "../schema/fieldSpec";
import { SheetGrid, WorkbookGrid } from "../sheetGrid";
import { CheckedSheet } from "./checkSheet";
import { checkRun, SheetAccess } from "./checkRun";
import { SheetRoles } from "./sheetRoles";
import { Resolvers } from "../names/dictionary/resolvers";

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

/**
 * Checks a workbook's incident and weapon sheets, row by row and against each other (see
 * `checkRun`): the grids are held whole, and the checked sheets keep their typed rows for
 * export and fixes. `checkWorkbookRows` gives the same findings over row streams.
 */
export function checkWorkbook(workbook: WorkbookGrid, options: CheckOptions = {}): WorkbookCheck {
  const sheets = workbook.sheets;
  const run = checkRun(sheets.map(gridAccess), workbook.date1904 ?? false, options, true);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return step.value;
    const { sheet, visit } = step.value;
    const { values, numberFormats } = sheets[sheet];
    for (let index = 0; index < values.length; index++) if (visit(index, values[index] ?? [], numberFormats?.[index]) === false) break;
  }
}

function gridAccess(grid: SheetGrid): SheetAccess {
  return {
    name: grid.name,
    ...(grid.tables ? { tables: grid.tables } : {}),
    startRow: grid.startRow ?? 1,
    startColumn: grid.startColumn ?? 1,
    hiddenRows: () => grid.hiddenRows,
    decoding: () => grid.decoding,
    outlyingCells: () => grid.outlyingCells,
    mayHaveDecoding: grid.decoding !== undefined,
  };
}

interface FoundSheet {
  grid: SheetGrid;
  layout: TableLayout;
}

/** Picks the incident and weapon sheets: by name first, then by their headers (`SheetRoles`). */
export function findSheets(sheets: readonly SheetGrid[]): Partial<Record<SheetKind, FoundSheet>> {
  const found: Partial<Record<SheetKind, FoundSheet>> = {};
  const roles = new SheetRoles(sheets);
  sheets.forEach((grid, index) => {
    const role = roles.decide(index, grid);
    if (role) found[role.kind] = { grid, layout: role.layout };
  });
  return found;
}

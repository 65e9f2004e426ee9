/**
 * The workbook the adapter tests run against: a fake Excel host (host/excelHost.ts) behind
 * Microsoft's real Excel client library. Tests build it from plain sheets, install it as
 * the host of the library the test environment loaded (host/officeJsEnvironment.ts, or
 * `loadOfficeJs()` for scripts), and assert on its cells, fills, comments and counts.
 */
import { ExcelHost, HostOptions } from "./host/excelHost";
import { parseAddress as parseHostAddress } from "./host/addresses";
import { CellData, SheetModel } from "./host/workbookModel";
import type { OfficeJsRuntime } from "./host/loadOfficeJs";
import { HostError } from "./host/hostError";
import { addNotesApi, removeNotesApi } from "./host/notesApi";

export type StandInCell = CellData;
export { NO_FILL } from "./host/workbookModel";
export { PAYLOAD_LIMIT } from "./host/excelHost";
export { MAX_ROWS, MAX_COLUMNS } from "./host/addresses";
export { HostError as StandInError };

export interface StandInSheet {
  name: string;
  /** Excel tables on the sheet, by name. */
  tables?: string[];
  /** Cells from A1, row by row; missing cells are empty. */
  values: StandInCell[][];
  numberFormats?: string[][];
}

export function parseAddress(address: string) {
  return parseHostAddress(address);
}

function runtimeOf(target: Record<string, unknown>): OfficeJsRuntime {
  const runtime = target.__officeJs as OfficeJsRuntime | undefined;
  if (!runtime) {
    throw new Error("No office.js library is loaded here: give the test file `/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */`, or call loadOfficeJs() in a script.");
  }
  return runtime;
}

export interface StandInOptions extends HostOptions {
  /**
   * The library has the notes API of ExcelApi 1.18, as the CDN's office.js has and the npm
   * copy lacks (host/notesApi.ts). Off by default: the library as shipped.
   */
  notesApi?: boolean;
}

export class ExcelStandIn extends ExcelHost {
  constructor(sheets: StandInSheet[], private readonly standInOptions: StandInOptions = {}) {
    super(
      sheets.map((s) => Object.assign(new SheetModel(s.name, s.values, s.numberFormats), { tables: s.tables ?? [] })),
      standInOptions,
    );
  }

  /** Makes this workbook the host of the loaded library; returns a function that takes it off. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const runtime = runtimeOf(target);
    const previousHost = runtime.slot.host;
    const previousExcel = target.Excel;
    runtime.slot.host = this;
    target.Excel = runtime.Excel;
    if (this.standInOptions.notesApi) addNotesApi(runtime);
    return () => {
      if (this.standInOptions.notesApi) removeNotesApi(runtime);
      if (runtime.slot.host === this) runtime.slot.host = previousHost;
      target.Excel = previousExcel;
    };
  }

  /** The library's `Excel` namespace, with this workbook as its host. */
  get Excel(): typeof Excel {
    const runtime = runtimeOf(globalThis as unknown as Record<string, unknown>);
    runtime.slot.host = this;
    return runtime.Excel;
  }

  /** A person typing into the sheet: values written now, handlers told after. */
  edit(sheet: string, address: string, values: StandInCell[][]): void {
    const area = parseHostAddress(address);
    const model = this.sheet(sheet);
    values.forEach((row, r) => row.forEach((value, c) => model.write(area.rowIndex + r, area.columnIndex + c, value)));
    this.notifyChanged(model, address, "RangeEdited");
  }

  /** Tells the change handlers of a sheet that `address` changed. */
  changedAt(sheet: string, address: string, changeType = "RangeEdited"): void {
    this.notifyChanged(this.sheet(sheet), address, changeType);
  }

  /** A person inserting whole rows above 1-based `row` (or deleting them, with a negative count): cells, fills, notes and comments move, and the sheet's handlers hear RowInserted or RowDeleted. */
  moveRows(sheet: string, row: number, count: number): void {
    const model = this.sheet(sheet);
    if (count > 0) model.insertRows(row - 1, count);
    else model.deleteRows(row - 1, -count);
    const comments = new Map<string, string>();
    const ids = new Map<string, string>();
    for (const [key, content] of this.comments) {
      const bang = key.lastIndexOf("!");
      let to: string | null = key;
      if (key.slice(0, bang) === sheet) {
        const cell = parseHostAddress(key.slice(bang + 1));
        const deleted = count < 0 && cell.rowIndex >= row - 1 && cell.rowIndex < row - 1 - count;
        const moved = cell.rowIndex >= row - 1 ? cell.rowIndex + count : cell.rowIndex;
        to = deleted ? null : `${sheet}!${key.slice(bang + 1).replace(/\d+$/, "")}${moved + 1}`;
      }
      if (to === null) continue;
      comments.set(to, content);
      // A comment keeps its id when its cell moves.
      const id = this.commentIds.get(key);
      if (id) ids.set(to, id);
    }
    this.comments = comments;
    this.commentIds = ids;
    const rows = `${row}:${row + Math.abs(count) - 1}`;
    this.notifyChanged(model, rows, count > 0 ? "RowInserted" : "RowDeleted");
  }

  /** Opens the workbook again, as it was saved when it closed. */
  reopen(): void {
    this.closed = false;
  }

  /** The cell at a 0-based position of a sheet, as the workbook now holds it. */
  cell(sheet: string, row: number, column: number): StandInCell {
    return this.sheet(sheet).cell(row, column);
  }

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
}

/** Ranges, groups of ranges and their fill: where the host's cells are read and written. */
import { HostError, nullObjectError } from "../hostError";
import { MAX_COLUMNS, MAX_ROWS, qualifiedAddress, Rect } from "../addresses";
import { CellData, SheetModel } from "../workbookModel";
import { enteredValue } from "../enteredValue";
import type { ExcelHost } from "../excelHost";
import { HostObject, Member } from "./hostObject";

/** Cells of a range past this many are never sent back: about what fits in Excel on the web's 5 MB at three bytes a cell. */
const MAX_READ_CELLS = 2_000_000;

export interface Area extends Rect {
  sheet: SheetModel;
}

function grid<T>(area: Area, cell: (row: number, column: number) => T): T[][] {
  if (area.rowCount * area.columnCount > MAX_READ_CELLS) {
    throw new HostError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }
  return Array.from({ length: area.rowCount }, (_, r) => Array.from({ length: area.columnCount }, (_, c) => cell(area.rowIndex + r, area.columnIndex + c)));
}

function sameShape(area: Rect, values: unknown): values is unknown[][] {
  return Array.isArray(values) && values.length === area.rowCount && values.every((row) => Array.isArray(row) && row.length === area.columnCount);
}

const shapeError = () => new HostError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");

export class RangeObject extends HostObject {
  readonly className = "Range";
  constructor(host: ExcelHost, readonly area: Area) {
    super(host);
  }

  protected members(): Record<string, Member> {
    const area = this.area;
    const sheet = area.sheet;
    return {
      Values: {
        api: "1.1",
        get: () => grid(area, (r, c) => sheet.cell(r, c)),
        set: (values) => this.writeCells(values, (r, c, value) => this.enter(r, c, value as CellData)),
      },
      Formulas: {
        api: "1.1",
        get: () => grid(area, (r, c) => sheet.formulas.get(`${r},${c}`) ?? sheet.cell(r, c)),
        set: (values) => this.writeCells(values, (r, c, value) => this.enter(r, c, value as CellData)),
      },
      NumberFormat: {
        api: "1.1",
        get: () => grid(area, (r, c) => sheet.format(r, c)),
        set: (formats) => this.writeCells(formats, (r, c, format) => sheet.setFormat(r, c, String(format)), false),
      },
      Text: { api: "1.1", get: () => grid(area, (r, c) => String(sheet.cell(r, c))) },
      RowIndex: { api: "1.1", get: () => area.rowIndex },
      ColumnIndex: { api: "1.1", get: () => area.columnIndex },
      RowCount: { api: "1.1", get: () => area.rowCount },
      ColumnCount: { api: "1.1", get: () => area.columnCount },
      CellCount: { api: "1.1", get: () => area.rowCount * area.columnCount },
      Address: { api: "1.1", get: () => qualifiedAddress(sheet.name, area) },
      RowHidden: {
        api: "1.2",
        get: () => {
          // Excel: true when every row of the range is hidden, false when none is, null when some are.
          let hidden = 0;
          for (let r = 0; r < area.rowCount; r++) if (sheet.hiddenRows.has(area.rowIndex + r)) hidden++;
          return hidden === 0 ? false : hidden === area.rowCount ? true : null;
        },
      },
      Format: { api: "1.1", nav: () => new RangeFormatObject(this.host, [area]) },
      Worksheet: { api: "1.1", nav: () => this.host.worksheetObject(sheet) },
      Select: {
        api: "1.1",
        call: () => {
          this.host.selection = { sheet: sheet.name, address: qualifiedAddress(sheet.name, area) };
          this.host.activeSheet = sheet.name;
        },
      },
      GetCellProperties: {
        api: "1.9",
        call: (spec) => {
          const wanted = (spec as { format?: { fill?: { color?: boolean; pattern?: boolean } } })?.format?.fill;
          if (!wanted?.color && !wanted?.pattern) throw new HostError("InvalidArgument", "The fake host answers getCellProperties for format.fill.color and pattern only.");
          // Excel reports a cell without fill as white, pattern None; a filled cell's pattern is Solid.
          return grid(area, (r, c) => ({
            format: { fill: { ...(wanted.color ? { color: sheet.fill(r, c) } : {}), ...(wanted.pattern ? { pattern: sheet.fills.has(`${r},${c}`) ? "Solid" : "None" } : {}) } },
          }));
        },
      },
      GetSpecialCellsOrNullObject: {
        api: "1.9",
        path: (cellType) => {
          if (cellType !== "Visible") throw new HostError("InvalidArgument", `The fake host knows only the Visible cell type, not '${String(cellType)}'.`);
          const spans: Area[] = [];
          for (let r = 0; r < area.rowCount; r++) {
            if (sheet.hiddenRows.has(area.rowIndex + r)) continue;
            const last = spans[spans.length - 1];
            if (last && last.rowIndex + last.rowCount === area.rowIndex + r) last.rowCount++;
            else spans.push({ ...area, rowIndex: area.rowIndex + r, rowCount: 1 });
          }
          return spans.length ? new RangeAreasObject(this.host, spans) : null;
        },
      },
      // The library writes more than 1,500 cells as row chunks: it checks the size first, then sets each chunk's bounding rectangle.
      _ValidateArraySize: {
        api: "1.3",
        call: (rows, columns) => {
          if (rows !== area.rowCount || columns !== area.columnCount) throw shapeError();
        },
      },
      GetRow: { api: "1.1", path: (row) => this.part({ rowIndex: area.rowIndex + Number(row), rowCount: 1, columnIndex: area.columnIndex, columnCount: area.columnCount }) },
      GetColumn: { api: "1.1", path: (column) => this.part({ rowIndex: area.rowIndex, rowCount: area.rowCount, columnIndex: area.columnIndex + Number(column), columnCount: 1 }) },
      GetCell: { api: "1.1", path: (row, column) => this.part({ rowIndex: area.rowIndex + Number(row), rowCount: 1, columnIndex: area.columnIndex + Number(column), columnCount: 1 }) },
      GetBoundingRect: {
        api: "1.1",
        path: (other) => {
          const b = requireArea(other as HostObject | null);
          if (b.sheet !== sheet) throw new HostError("InvalidArgument", "The ranges are on different sheets.");
          const top = Math.min(area.rowIndex, b.rowIndex);
          const left = Math.min(area.columnIndex, b.columnIndex);
          const bottom = Math.max(area.rowIndex + area.rowCount, b.rowIndex + b.rowCount);
          const right = Math.max(area.columnIndex + area.columnCount, b.columnIndex + b.columnCount);
          return new RangeObject(this.host, { sheet, rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left });
        },
      },
      Clear: {
        api: "1.1",
        call: (applyTo) => {
          this.host.requireWritable(sheet);
          const what = String(applyTo ?? "All");
          for (let r = area.rowIndex; r < area.rowIndex + area.rowCount && r < sheet.values.length + 1; r++) {
            for (let c = area.columnIndex; c < area.columnIndex + area.columnCount; c++) {
              if (what === "All" || what === "Contents") if (sheet.values[r]?.[c] !== undefined) sheet.write(r, c, "");
              if (what === "All" || what === "Formats") {
                sheet.setFill(r, c, null);
                if (sheet.numberFormats[r]?.[c] !== undefined) sheet.setFormat(r, c, "General");
              }
            }
          }
          if (what !== "Formats") this.host.changed(sheet, area, "RangeEdited");
        },
      },
      _KeepReference: { api: "1.1", call: () => undefined },
    };
  }

  private part(rect: Rect): RangeObject {
    const { rowIndex, columnIndex, rowCount, columnCount } = rect;
    if (rowIndex < 0 || columnIndex < 0 || rowIndex + rowCount > MAX_ROWS || columnIndex + columnCount > MAX_COLUMNS) throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return new RangeObject(this.host, { sheet: this.area.sheet, ...rect });
  }

  /** A value written through the API lands as if typed: Excel converts it unless the cell is Text. */
  private enter(row: number, column: number, input: CellData): void {
    const sheet = this.area.sheet;
    // Documented: null in a values array leaves its cell as it is; "" clears it.
    if (input === null) return;
    if (input === "") {
      sheet.write(row, column, "");
      return;
    }
    const entered = enteredValue(input, sheet.format(row, column));
    sheet.write(row, column, entered.value);
    if (entered.formula !== undefined) sheet.formulas.set(`${row},${column}`, entered.formula);
    if (entered.numberFormat !== undefined) sheet.setFormat(row, column, entered.numberFormat);
  }

  private writeCells(values: unknown, write: (row: number, column: number, value: unknown) => void, isEdit = true): void {
    const area = this.area;
    this.host.requireWritable(area.sheet);
    // A single value is written to every cell of the range, as Excel does.
    const input = Array.isArray(values) ? values : Array.from({ length: area.rowCount }, () => Array.from({ length: area.columnCount }, () => values));
    if (!sameShape(area, input)) throw shapeError();
    input.forEach((row, r) => row.forEach((value, c) => write(area.rowIndex + r, area.columnIndex + c, value)));
    if (isEdit) this.host.changed(area.sheet, area, "RangeEdited");
  }
}

/** Several ranges of one sheet at once (ExcelApi 1.9). */
export class RangeAreasObject extends HostObject {
  readonly className = "RangeAreas";
  constructor(host: ExcelHost, readonly areas: Area[]) {
    super(host);
  }

  protected members(): Record<string, Member> {
    return {
      Address: { api: "1.9", get: () => this.areas.map((area) => qualifiedAddress(area.sheet.name, area)).join(",") },
      AreaCount: { api: "1.9", get: () => this.areas.length },
      CellCount: { api: "1.9", get: () => this.areas.reduce((sum, area) => sum + area.rowCount * area.columnCount, 0) },
      Format: { api: "1.9", nav: () => new RangeFormatObject(this.host, this.areas) },
      _KeepReference: { api: "1.9", call: () => undefined },
    };
  }
}

export class RangeFormatObject extends HostObject {
  readonly className = "RangeFormat";
  constructor(host: ExcelHost, private readonly areas: Area[]) {
    super(host);
  }

  protected members(): Record<string, Member> {
    return { Fill: { api: "1.1", nav: () => new RangeFillObject(this.host, this.areas) } };
  }
}

export class RangeFillObject extends HostObject {
  readonly className = "RangeFill";
  constructor(host: ExcelHost, private readonly areas: Area[]) {
    super(host);
  }

  private paint(color: string | null): void {
    for (const area of this.areas) {
      this.host.requireWritable(area.sheet);
      for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.columnCount; c++) area.sheet.setFill(area.rowIndex + r, area.columnIndex + c, color);
    }
  }

  protected members(): Record<string, Member> {
    return {
      // Excel reports a range's one colour, or null when its cells differ.
      Color: {
        api: "1.1",
        get: () => {
          const colors = new Set<string>();
          for (const area of this.areas) for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.columnCount; c++) colors.add(area.sheet.fill(area.rowIndex + r, area.columnIndex + c));
          return colors.size === 1 ? [...colors][0] : null;
        },
        set: (color) => {
          if (typeof color !== "string") throw new HostError("InvalidArgument", "A colour is a string.");
          this.paint(color);
        },
      },
      Clear: { api: "1.1", call: () => this.paint(null) },
    };
  }
}

export function requireArea(object: HostObject | null): Area {
  if (!object) throw nullObjectError();
  if (!(object instanceof RangeObject)) throw new HostError("InvalidArgument", `Expected a range, got ${object.className}.`);
  return object.area;
}

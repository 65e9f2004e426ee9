/** The workbook's sheets, each sheet and its tables. */
import { HostError } from "../hostError";
import { parseAddress, MAX_COLUMNS, MAX_ROWS, splitSheet } from "../addresses";
import { SheetModel } from "../workbookModel";
import type { ExcelHost } from "../excelHost";
import { HostObject, Member } from "./hostObject";
import { Area, RangeAreasObject, RangeObject } from "./rangeObjects";
import { NoteCollectionObject } from "./noteObjects";

/** Excel's rule for sheet names: 1 to 31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe. */
const SHEET_NAME = /^(?!')[^\\/?*[\]:]{1,31}(?<!')$/;

export class WorksheetCollectionObject extends HostObject {
  readonly className = "WorksheetCollection";

  override items(): HostObject[] {
    return this.host.sheets.map((sheet) => this.host.worksheetObject(sheet));
  }

  private find(key: unknown): SheetModel | undefined {
    const text = String(key).toLowerCase();
    return this.host.sheets.find((sheet) => sheet.id.toLowerCase() === text || sheet.name.toLowerCase() === text);
  }

  override indexer([key]: unknown[]): HostObject {
    const sheet = this.find(key);
    if (!sheet) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${String(key)}')`, 404);
    return this.host.worksheetObject(sheet);
  }

  protected members(): Record<string, Member> {
    return {
      GetItem: { api: "1.1", path: (key) => this.indexer([key]) },
      GetItemOrNullObject: { api: "1.4", path: (key) => (this.find(key) ? this.indexer([key]) : null) },
      GetItemAt: { api: "1.1", path: (index) => this.items()[Number(index)] ?? null },
      GetCount: { api: "1.4", call: () => this.host.sheets.length },
      Add: {
        api: "1.1",
        path: (name) => {
          const text = String(name ?? `Sheet${this.host.sheets.length + 1}`);
          if (this.find(text)) throw new HostError("ItemAlreadyExists", `A sheet named '${text}' already exists.`);
          if (!SHEET_NAME.test(text)) throw new HostError("InvalidArgument", `'${text}' is not a valid sheet name.`);
          const sheet = new SheetModel(text, []);
          this.host.sheets.push(sheet);
          return this.host.worksheetObject(sheet);
        },
      },
    };
  }
}

export class WorksheetObject extends HostObject {
  readonly className = "Worksheet";
  constructor(host: ExcelHost, readonly sheet: SheetModel) {
    super(host);
  }

  override id(): string {
    return this.sheet.id;
  }

  private present(): SheetModel {
    if (!this.host.sheets.includes(this.sheet)) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${this.sheet.name}')`, 404);
    return this.sheet;
  }

  private range(rect: Omit<Area, "sheet">): RangeObject {
    return new RangeObject(this.host, { sheet: this.present(), ...rect });
  }

  protected members(): Record<string, Member> {
    const sheet = this.sheet;
    return {
      Name: { api: "1.1", get: () => this.present().name },
      Id: { api: "1.1", get: () => sheet.id },
      Position: { api: "1.1", get: () => this.host.sheets.indexOf(this.present()) },
      Visibility: {
        api: "1.1",
        get: () => this.present().visibility,
        set: (value) => {
          if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new HostError("InvalidArgument", `Visibility '${String(value)}' is not valid.`);
          const visible = this.host.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
          if (value !== "Visible" && visible.length === 0) throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
          this.present().visibility = value;
        },
      },
      Tables: { api: "1.1", nav: () => new TableCollectionObject(this.host, this.present()) },
      Notes: { api: "1.18", nav: () => new NoteCollectionObject(this.host, this.present()) },
      Activate: {
        api: "1.1",
        call: () => {
          if (this.present().visibility !== "Visible") throw new HostError("InvalidOperation", "A hidden sheet cannot be activated.");
          this.host.activeSheet = sheet.name;
        },
      },
      Delete: {
        api: "1.1",
        call: () => {
          const target = this.present();
          // Documented: a very hidden sheet cannot be deleted; nor can the workbook's last visible sheet.
          if (target.visibility === "VeryHidden") throw new HostError("InvalidOperation", "This operation is not permitted for the current object. (A very hidden worksheet cannot be deleted.)");
          if (target.visibility === "Visible" && this.host.sheets.filter((s) => s.visibility === "Visible").length === 1) throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
          this.host.sheets = this.host.sheets.filter((s) => s !== target);
          for (const key of [...this.host.comments.keys()]) if (splitSheet(key).sheet === target.name) this.host.comments.delete(key);
        },
      },
      GetRange: { api: "1.1", path: (address) => this.range(parseAddress(String(address ?? "A1"))) },
      GetRangeByIndexes: {
        api: "1.7",
        path: (startRow, startColumn, rowCount, columnCount) => {
          const numbers = [startRow, startColumn, rowCount, columnCount] as number[];
          const [r, c, rows, columns] = numbers;
          const valid = numbers.every(Number.isInteger) && r >= 0 && c >= 0 && rows >= 1 && columns >= 1 && r + rows <= MAX_ROWS && c + columns <= MAX_COLUMNS;
          if (!valid) throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
          return this.range({ rowIndex: r, columnIndex: c, rowCount: rows, columnCount: columns });
        },
      },
      GetRanges: {
        api: "1.9",
        path: (address) => {
          const text = String(address);
          if (text.length > 8192) throw new HostError("InvalidArgument", "The address is too long.");
          const parts = text.split(",").map((part) => part.trim());
          if (parts.length > 500) throw new HostError("InvalidArgument", "Too many areas.");
          return new RangeAreasObject(this.host, parts.map((part) => ({ sheet: this.present(), ...parseAddress(part) })));
        },
      },
      GetUsedRange: { api: "1.1", path: () => this.range(this.present().usedArea() ?? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }) },
      GetUsedRangeOrNullObject: {
        api: "1.4",
        path: () => {
          const used = this.present().usedArea();
          return used ? this.range(used) : null;
        },
      },
      _RegisterDataChangedEvent: { api: "1.7", call: () => void this.host.eventTargets.add(this.present().id) },
      _UnregisterDataChangedEvent: { api: "1.7", call: () => void this.host.eventTargets.delete(sheet.id) },
    };
  }
}

class TableCollectionObject extends HostObject {
  readonly className = "TableCollection";
  constructor(host: ExcelHost, private readonly sheet: SheetModel) {
    super(host);
  }

  override items(): HostObject[] {
    return this.sheet.tables.map((name) => new TableObject(this.host, this.sheet, name));
  }

  override indexer([key]: unknown[]): HostObject {
    const table = this.items().find((item) => (item as TableObject).name.toLowerCase() === String(key).toLowerCase() || item.id() === key);
    if (!table) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (table '${String(key)}')`, 404);
    return table;
  }

  protected members(): Record<string, Member> {
    return { GetCount: { api: "1.4", call: () => this.sheet.tables.length }, GetItemAt: { api: "1.1", path: (index) => this.items()[Number(index)] ?? null } };
  }
}

class TableObject extends HostObject {
  readonly className = "Table";
  constructor(host: ExcelHost, private readonly sheet: SheetModel, readonly name: string) {
    super(host);
  }

  override id(): string {
    return `${this.sheet.id}:${this.name}`;
  }

  protected members(): Record<string, Member> {
    return { Name: { api: "1.1", get: () => this.name }, Id: { api: "1.1", get: () => this.id() } };
  }
}

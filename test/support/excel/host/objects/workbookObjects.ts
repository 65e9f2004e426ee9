/** The root object, its threaded comments and its worksheet functions. */
import { HostError } from "../hostError";
import { parseAddress, qualifiedAddress, splitSheet, cellsAddress } from "../addresses";
import type { ExcelHost } from "../excelHost";
import { HostObject, Member } from "./hostObject";
import { RangeObject } from "./rangeObjects";
import { WorksheetCollectionObject } from "./worksheetObjects";
import { CustomXmlPartCollectionObject } from "./customXmlObjects";

export class WorkbookObject extends HostObject {
  readonly className = "Workbook";

  protected members(): Record<string, Member> {
    return {
      Name: { api: "1.7", get: () => "Book1.xlsx" },
      Worksheets: { api: "1.1", nav: () => new WorksheetCollectionObject(this.host) },
      Comments: { api: "1.10", nav: () => new CommentCollectionObject(this.host) },
      Functions: { api: "1.2", nav: () => new FunctionsObject(this.host) },
      CustomXmlParts: { api: "1.5", nav: () => new CustomXmlPartCollectionObject(this.host) },
      // The library's clean-up of the references it kept during a run (`_KeepReference`).
      _RemoveReference: { api: "1.1", call: (ids) => void (Array.isArray(ids) ? ids : [ids]).forEach((id) => this.host.references.delete(String(id))) },
      _RemoveAllReferences: { api: "1.1", call: () => this.host.references.clear() },
    };
  }
}

/** Threaded comments (ExcelApi 1.10): one per cell, kept by the host as "Sheet!A1" → content. */
export class CommentCollectionObject extends HostObject {
  readonly className = "CommentCollection";

  override items(): HostObject[] {
    return [...this.host.comments.keys()].map((key) => new CommentObject(this.host, key));
  }

  override indexer([id]: unknown[]): HostObject {
    const key = this.host.commentKey(String(id));
    if (key === undefined) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (comment '${String(id)}')`, 404);
    return new CommentObject(this.host, key);
  }

  protected members(): Record<string, Member> {
    return {
      GetCount: { api: "1.10", call: () => this.host.comments.size },
      GetItemAt: { api: "1.10", path: (index) => this.items()[Number(index)] ?? null },
      GetItemByCell: { api: "1.10", path: (cell) => this.byCell(String(cell), true) },
      GetItemByCellOrNullObject: { api: "1.10", path: (cell) => this.byCell(String(cell), false) },
      Add: {
        api: "1.10",
        path: (cellAddress, content) => {
          const key = this.cellKey(String(cellAddress));
          if (this.host.comments.has(key)) throw new HostError("InvalidArgument", `The cell ${key} already has a comment.`);
          // Belief, as Excel's own interface enforces: a cell holds a note or a threaded comment, not both.
          const [sheetName, cell] = [key.slice(0, key.lastIndexOf("!")), key.slice(key.lastIndexOf("!") + 1)];
          if (this.host.sheets.find((s) => s.name === sheetName)?.notes.has(cell)) throw new HostError("InvalidOperation", `The cell ${key} already has a note.`);
          this.host.comments.set(key, String(content));
          this.host.commentIds.delete(key);
          return new CommentObject(this.host, key);
        },
      },
    };
  }

  private byCell(cell: string, required: boolean): HostObject | null {
    const key = this.cellKey(cell);
    if (this.host.comments.has(key)) return new CommentObject(this.host, key);
    if (required) throw new HostError("ItemNotFound", `No comment at ${key}.`, 404);
    return null;
  }

  private cellKey(address: string): string {
    const { sheet } = splitSheet(address);
    if (sheet === null) throw new HostError("InvalidArgument", "A comment's cell needs its sheet (Sheet1!A1).");
    const model = this.host.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!model) throw new HostError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${sheet}')`, 404);
    const rect = parseAddress(address);
    if (rect.rowCount !== 1 || rect.columnCount !== 1) throw new HostError("InvalidArgument", "A comment goes on one cell.");
    this.host.requireWritable(model);
    return `${model.name}!${cellsAddress(rect)}`;
  }
}

export class CommentObject extends HostObject {
  readonly className = "Comment";
  constructor(host: ExcelHost, private readonly key: string) {
    super(host);
  }

  override id(): string {
    return this.host.commentId(this.key);
  }

  private present(): string {
    const content = this.host.comments.get(this.key);
    if (content === undefined) throw new HostError("ItemNotFound", `No comment at ${this.key}.`, 404);
    return content;
  }

  protected members(): Record<string, Member> {
    const { sheet, cells } = splitSheet(this.key);
    return {
      Id: { api: "1.10", get: () => this.id() },
      Content: {
        api: "1.10",
        get: () => this.present(),
        set: (value) => {
          this.present();
          this.host.comments.set(this.key, String(value));
        },
      },
      AuthorName: { api: "1.10", get: () => "A curator" },
      Resolved: { api: "1.11", get: () => false },
      Delete: {
        api: "1.10",
        call: () => {
          this.present();
          this.host.comments.delete(this.key);
          this.host.commentIds.delete(this.key);
        },
      },
      GetLocation: {
        api: "1.10",
        path: () => {
          this.present();
          const model = this.host.sheets.find((s) => s.name === sheet)!;
          return new RangeObject(this.host, { sheet: model, ...parseAddress(cells) });
        },
      },
      _address: { api: "1.10", get: () => qualifiedAddress(sheet ?? "", parseAddress(cells)) },
    };
  }
}

/** Worksheet functions evaluated without a cell (ExcelApi 1.2): only DATE, which tells the workbook's date system. */
class FunctionsObject extends HostObject {
  readonly className = "Functions";

  protected members(): Record<string, Member> {
    return {
      Date: {
        api: "1.2",
        path: (year, month, day) => {
          const utc = Date.UTC(Number(year), Number(month) - 1, Number(day));
          const epoch = this.host.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
          const serial = Math.round((utc - epoch) / 86_400_000);
          return new FunctionResultObject(this.host, serial < 0 ? null : serial, serial < 0 ? "#NUM!" : null);
        },
      },
    };
  }
}

class FunctionResultObject extends HostObject {
  readonly className = "FunctionResult";
  constructor(host: ExcelHost, private readonly value: number | null, private readonly error: string | null) {
    super(host);
  }

  protected members(): Record<string, Member> {
    return { Value: { api: "1.2", get: () => this.value }, Error: { api: "1.2", get: () => this.error } };
  }
}

/** Office's add-in service: `notifyActionHandlerReady`, which the Windows library sends when the pane is ready. */
export class AddinInternalServiceObject extends HostObject {
  readonly className = "AddinInternalService";

  protected members(): Record<string, Member> {
    return { NotifyActionHandlerReady: { api: "1.1", call: () => undefined } };
  }
}

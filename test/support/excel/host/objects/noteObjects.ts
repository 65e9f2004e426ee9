/** A sheet's notes (ExcelApi 1.18), by cell address: the host side of `worksheet.notes`. */
import { HostError } from "../hostError";
import { cellsAddress, parseAddress, splitSheet } from "../addresses";
import { SheetModel } from "../workbookModel";
import type { ExcelHost } from "../excelHost";
import { HostObject, Member } from "./hostObject";
import { RangeObject } from "./rangeObjects";

function cellOf(address: unknown): string {
  const rect = parseAddress(splitSheet(String(address)).cells);
  if (rect.rowCount !== 1 || rect.columnCount !== 1) throw new HostError("InvalidArgument", "A note goes on one cell.");
  return cellsAddress(rect);
}

export class NoteCollectionObject extends HostObject {
  readonly className = "NoteCollection";
  constructor(host: ExcelHost, private readonly sheet: SheetModel) {
    super(host);
  }

  override items(): HostObject[] {
    return [...this.sheet.notes.keys()].map((cell) => new NoteObject(this.host, this.sheet, cell));
  }

  override indexer([key]: unknown[]): HostObject {
    const cell = cellOf(key);
    if (!this.sheet.notes.has(cell)) throw new HostError("ItemNotFound", `No note at ${cell}.`, 404);
    return new NoteObject(this.host, this.sheet, cell);
  }

  protected members(): Record<string, Member> {
    return {
      GetCount: { api: "1.18", call: () => this.sheet.notes.size },
      GetItemAt: { api: "1.18", path: (index) => this.items()[Number(index)] ?? null },
      GetItemOrNullObject: { api: "1.18", path: (key) => (this.sheet.notes.has(cellOf(key)) ? new NoteObject(this.host, this.sheet, cellOf(key)) : null) },
      Add: {
        api: "1.18",
        path: (address, content) => {
          this.host.requireWritable(this.sheet);
          const cell = cellOf(address);
          if (this.sheet.notes.has(cell)) throw new HostError("InvalidArgument", `The cell ${cell} already has a note.`);
          // Belief, as Excel's own interface enforces: a cell holds a note or a threaded comment, not both.
          if (this.host.comments.has(`${this.sheet.name}!${cell}`)) throw new HostError("InvalidOperation", `The cell ${cell} already has a threaded comment.`);
          this.sheet.notes.set(cell, String(content));
          return new NoteObject(this.host, this.sheet, cell);
        },
      },
    };
  }
}

class NoteObject extends HostObject {
  readonly className = "Note";
  constructor(host: ExcelHost, private readonly sheet: SheetModel, private readonly cell: string) {
    super(host);
  }

  override id(): string {
    return this.cell;
  }

  private present(): string {
    const content = this.sheet.notes.get(this.cell);
    if (content === undefined) throw new HostError("ItemNotFound", `No note at ${this.cell}.`, 404);
    return content;
  }

  protected members(): Record<string, Member> {
    return {
      Content: {
        api: "1.18",
        get: () => this.present(),
        set: (value) => {
          this.present();
          this.host.requireWritable(this.sheet);
          this.sheet.notes.set(this.cell, String(value));
        },
      },
      AuthorName: { api: "1.18", get: () => "A curator" },
      Delete: {
        api: "1.18",
        call: () => {
          this.present();
          this.host.requireWritable(this.sheet);
          this.sheet.notes.delete(this.cell);
        },
      },
      GetLocation: { api: "1.18", path: () => new RangeObject(this.host, { sheet: this.sheet, ...parseAddress(this.cell) }) },
    };
  }
}

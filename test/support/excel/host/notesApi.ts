/**
 * The notes API of ExcelApi 1.18 (`worksheet.notes`, `Excel.NoteCollection`, `Excel.Note`),
 * added to an npm copy of the Excel library, which stops at 1.15. Current Excel loads it
 * from office.js's CDN; tests cannot reach the CDN, so this defines the two classes the way
 * the library generates its own, through the library's public batch helpers
 * (`OfficeExtension.BatchApiHelper`, `ClientObject`), so that the add-in's notes path runs
 * over the real protocol, load/sync and null-object semantics. Wire names follow the
 * library's rule: each JavaScript member's PascalCase name.
 *
 * Used only by tests that declare a host with notes; every other test sees the library as
 * shipped, without `notes`, as the pane does when it loads the npm copy.
 */
import type { OfficeJsRuntime } from "./loadOfficeJs";

interface Helper {
  createPropertyObject(type: unknown, parent: unknown, name: string, isCollection: boolean, flags: number): unknown;
  createMethodObject(type: unknown, parent: unknown, name: string, operationType: number, args: unknown[], isCollection: boolean, isInvalidAfterRequest: boolean, getByIdMethodName: string | null, flags: number): unknown;
  createIndexerObject(type: unknown, parent: unknown, args: unknown[]): unknown;
  createChildItemObject(type: unknown, hasIndexerMethod: boolean, parent: unknown, item: unknown, index: number): unknown;
  invokeMethod(object: unknown, name: string, operationType: number, args: unknown[], flags: number, resultProcessType: number): unknown;
  invokeSetProperty(object: unknown, name: string, value: unknown, flags: number): void;
}

// The flags and operation types the library passes for comparable members (see Comment and CommentCollection).
const READ = 1;
const WRITE = 0;
const NO_FLAGS = 0;
const PROPAGATE = 4;

export function addNotesApi(runtime: OfficeJsRuntime): void {
  const Excel = runtime.Excel as unknown as Record<string, any>;
  if ("notes" in Excel.Worksheet.prototype) return;
  const OfficeExtension = runtime.OfficeExtension as unknown as Record<string, any>;
  const helper = OfficeExtension.BatchApiHelper as Helper;
  const Utility = OfficeExtension.Utility as { load(object: unknown, options: unknown): unknown; throwIfNotLoaded(name: string, value: unknown, type: string, isNull: boolean): void; fixObjectPathIfNecessary(object: unknown, value: unknown): void };
  const ClientObject = OfficeExtension.ClientObject as new (...args: unknown[]) => object;

  class Note extends ClientObject {
    declare _isNull: boolean;
    declare m_content: string;
    declare m_authorName: string;
    get _className() {
      return "Note";
    }
    get _scalarPropertyNames() {
      return ["authorName", "content"];
    }
    get content(): string {
      Utility.throwIfNotLoaded("content", this.m_content, "Note", this._isNull);
      return this.m_content;
    }
    set content(value: string) {
      this.m_content = value;
      helper.invokeSetProperty(this, "Content", value, NO_FLAGS);
    }
    get authorName(): string {
      Utility.throwIfNotLoaded("authorName", this.m_authorName, "Note", this._isNull);
      return this.m_authorName;
    }
    delete(): void {
      helper.invokeMethod(this, "Delete", WRITE, [], NO_FLAGS, 0);
    }
    getLocation(): unknown {
      return helper.createMethodObject(Excel.Range, this, "GetLocation", READ, [], false, false, null, PROPAGATE);
    }
    load(options?: unknown): this {
      return Utility.load(this, options) as this;
    }
    _handleResult(value: Record<string, unknown> | null): void {
      (ClientObject.prototype as any)._handleResult.call(this, value);
      if (value === null || value === undefined) return;
      Utility.fixObjectPathIfNecessary(this, value);
      if (value.Content !== undefined) this.m_content = value.Content as string;
      if (value.AuthorName !== undefined) this.m_authorName = value.AuthorName as string;
    }
    _handleIdResult(value: Record<string, unknown> | null): void {
      (ClientObject.prototype as any)._handleIdResult.call(this, value);
    }
  }

  class NoteCollection extends ClientObject {
    declare _isNull: boolean;
    declare m__items: Note[];
    get _className() {
      return "NoteCollection";
    }
    get _isCollection() {
      return true;
    }
    get items(): Note[] {
      Utility.throwIfNotLoaded("items", this.m__items, "NoteCollection", this._isNull);
      return this.m__items;
    }
    add(cellAddress: string, content: string): Note {
      return helper.createMethodObject(Note, this, "Add", WRITE, [cellAddress, content], false, true, null, NO_FLAGS) as Note;
    }
    getCount(): unknown {
      return helper.invokeMethod(this, "GetCount", READ, [], PROPAGATE, 0);
    }
    getItem(key: string): Note {
      return helper.createIndexerObject(Note, this, [key]) as Note;
    }
    getItemAt(index: number): Note {
      return helper.createMethodObject(Note, this, "GetItemAt", READ, [index], false, false, null, PROPAGATE) as Note;
    }
    getItemOrNullObject(key: string): Note {
      return helper.createMethodObject(Note, this, "GetItemOrNullObject", READ, [key], false, false, null, PROPAGATE) as Note;
    }
    load(options?: unknown): this {
      return Utility.load(this, options) as this;
    }
    _handleResult(value: Record<string, unknown> | null): void {
      (ClientObject.prototype as any)._handleResult.call(this, value);
      if (value === null || value === undefined) return;
      Utility.fixObjectPathIfNecessary(this, value);
      const items = value._Items as Record<string, unknown>[] | undefined;
      if (items) {
        this.m__items = items.map((data, index) => {
          const item = helper.createChildItemObject(Note, true, this, data, index) as Note;
          item._handleResult(data);
          return item;
        });
      }
    }
  }

  Excel.Note = Note;
  Excel.NoteCollection = NoteCollection;
  Object.defineProperty(Excel.Worksheet.prototype, "notes", {
    configurable: true,
    get(this: Record<string, unknown>) {
      if (!this.m_notes) this.m_notes = helper.createPropertyObject(NoteCollection, this, "Notes", true, PROPAGATE);
      return this.m_notes;
    },
  });
}

/** Takes the added notes API off again, so that later tests see the library as shipped. */
export function removeNotesApi(runtime: OfficeJsRuntime): void {
  const Excel = runtime.Excel as unknown as Record<string, any>;
  if (Excel.NoteCollection && Object.getOwnPropertyDescriptor(Excel.Worksheet.prototype, "notes")?.configurable) {
    delete Excel.Worksheet.prototype.notes;
    delete Excel.NoteCollection;
    delete Excel.Note;
  }
}

/**
 * An Excel stand-in for tests: the parts of the Excel JavaScript API the add-in uses,
 * behaving like Excel where add-ins break. Reading a property before `load` and `sync`
 * throws as Excel does; loads and writes take effect at `sync`; addresses and index
 * ranges follow Excel's rules, with Excel's errors for bad ones; a request whose payload
 * passes Excel on the web's 5 MB limit fails. It counts runs, syncs, calls and payload
 * bytes, so a test can fail for a call per cell or a sync per row.
 */
export type StandInCell = string | number | boolean;

export interface StandInSheet {
  name: string;
  /** Excel tables on the sheet, by name. */
  tables?: string[];
  /** Cells from A1, row by row; missing cells are empty. */
  values: StandInCell[][];
  numberFormats?: string[][];
}

export interface StandInCounts {
  runs: number;
  syncs: number;
  /** Method calls and property reads queued on proxies (getRange, load, …). */
  calls: number;
  /** The largest payload one sync carried, in bytes (JSON of what was read and written). */
  maxPayloadBytes: number;
  payloadBytes: number[];
}

/** Excel's errors carry a code (`error.code`), as `OfficeExtension.Error` does. */
export class StandInError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Excel on the web's cap on one request's payload. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A cell's fill as Excel reports it: "#FFFFFF" when the cell has none. */
export const NO_FILL = "#FFFFFF";

class Sheet {
  values: StandInCell[][];
  numberFormats: string[][];
  /** Fill colours by "row,column" (0-based); absent means no fill. */
  fills = new Map<string, string>();
  /** Notes by A1 address. */
  notes = new Map<string, string>();
  /** Formulas by "row,column"; the cell's value is the formula's last result. */
  formulas = new Map<string, string>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tables: string[] = [];
  /** Rows hidden by hand or by a filter (0-based). */
  hiddenRows = new Set<number>();
  constructor(public name: string, values: StandInCell[][], numberFormats: string[][] = []) {
    this.values = values.map((row) => [...row]);
    this.numberFormats = numberFormats.map((row) => [...row]);
  }

  write(row: number, column: number, value: StandInCell): void {
    // Writing a value over a formula replaces it, as in Excel.
    this.formulas.delete(`${row},${column}`);
    while (this.values.length <= row) this.values.push([]);
    const cells = this.values[row];
    while (cells.length < column) cells.push("");
    cells[column] = value;
  }

  fill(row: number, column: number): string {
    return this.fills.get(`${row},${column}`) ?? NO_FILL;
  }

  setFill(row: number, column: number, color: string | null): void {
    if (color === null) this.fills.delete(`${row},${column}`);
    else this.fills.set(`${row},${column}`, normaliseColor(color));
  }

  cell(row: number, column: number): StandInCell {
    return this.values[row]?.[column] ?? "";
  }

  format(row: number, column: number): string {
    return this.numberFormats[row]?.[column] ?? "General";
  }

  /** The smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  usedArea(): { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === "" || cell === null || cell === undefined) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return null;
    return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

/** Excel reports colours as upper-case #RRGGBB; it accepts names for a few. */
function normaliseColor(color: string): string {
  const named: Record<string, string> = { red: "#FF0000", yellow: "#FFFF00", white: "#FFFFFF", black: "#000000" };
  const value = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new StandInError("InvalidArgument", `The color '${color}' is not valid.`);
  return value.toUpperCase();
}

/** A property that throws until it was loaded and synced, as in Excel. */
function notLoaded(property: string): never {
  throw new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Queued work: a read returns what it sends back; a write carries what it sends. */
type Pending = (() => unknown) & { request?: unknown };

class Context {
  readonly workbook: Workbook;
  private queue: Pending[] = [];
  constructor(readonly standIn: ExcelStandIn) {
    this.workbook = new Workbook(this);
  }

  enqueue(work: () => unknown, request?: unknown): void {
    const pending = work as Pending;
    if (request !== undefined) pending.request = request;
    this.queue.push(pending);
  }

  count(): void {
    this.standIn.counts.calls++;
  }

  async sync(): Promise<void> {
    this.standIn.counts.syncs++;
    const work = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.standIn.beforeSync?.(this.standIn.counts.syncs);
    if (this.standIn.closed) throw new StandInError("ConnectionFailure", "The connection to the workbook was lost.");
    // A request too big is refused whole, before any of its writes is applied.
    let payload = 0;
    for (const item of work) if (item.request !== undefined) payload += JSON.stringify(item.request).length;
    if (payload > PAYLOAD_LIMIT) {
      this.standIn.counts.payloadBytes.push(payload);
      this.standIn.counts.maxPayloadBytes = Math.max(this.standIn.counts.maxPayloadBytes, payload);
      throw new StandInError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    // Then its operations run in order; the first that fails stops the rest, as in Excel.
    const fault = this.standIn.fault;
    work.forEach((item, index) => {
      if (fault && fault.sync === this.standIn.counts.syncs && index === fault.afterOperations) {
        this.standIn.fault = undefined;
        if (fault.close) this.standIn.closed = true;
        throw new StandInError(fault.code, `Injected fault: ${fault.code}.`);
      }
      payload += JSON.stringify(item() ?? null).length;
    });
    // A request with fewer operations fails after running them all.
    if (fault && this.standIn.fault === fault && fault.sync === this.standIn.counts.syncs) {
      this.standIn.fault = undefined;
      if (fault.close) this.standIn.closed = true;
      throw new StandInError(fault.code, `Injected fault: ${fault.code}.`);
    }
    this.standIn.counts.payloadBytes.push(payload);
    this.standIn.counts.maxPayloadBytes = Math.max(this.standIn.counts.maxPayloadBytes, payload);
    if (payload > PAYLOAD_LIMIT) {
      throw new StandInError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly comments: CommentCollection;
  constructor(private readonly context: Context) {
    this.worksheets = new WorksheetCollection(context);
    this.comments = new CommentCollection(context);
  }
}

/** Threaded comments (ExcelApi 1.10): one per cell, kept by the stand-in as "Sheet!A1" → content. */
class CommentCollection {
  private loaded: Comment[] | null = null;
  constructor(private readonly context: Context) {}

  load(properties: string): this {
    this.context.count();
    this.context.enqueue(() => {
      this.loaded = [...this.context.standIn.comments.keys()].map((key) => new Comment(this.context, key, this.context.standIn.comments.get(key)!));
      return properties.includes("content") ? this.loaded.map((c) => c.content) : this.loaded.length;
    });
    return this;
  }

  get items(): Comment[] {
    return this.loaded ?? notLoaded("items");
  }

  add(cellAddress: string, content: string): void {
    this.context.count();
    this.context.enqueue(() => {
      const bang = cellAddress.lastIndexOf("!");
      const sheet = cellAddress.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      this.context.standIn.sheet(sheet);
      const area = parseAddress(cellAddress.slice(bang + 1));
      if (area.rowCount !== 1 || area.columnCount !== 1) throw new StandInError("InvalidArgument", "A comment goes on one cell.");
      const key = `${sheet}!${cellAddress.slice(bang + 1).replace(/\$/g, "")}`;
      if (this.context.standIn.comments.has(key)) throw new StandInError("InvalidArgument", `The cell ${key} already has a comment.`);
      this.context.standIn.comments.set(key, content);
    }, { add: cellAddress, content });
  }
}

class Comment {
  constructor(private readonly context: Context, private readonly key: string, private readonly loadedContent: string) {}

  get content(): string {
    return this.loadedContent;
  }

  set content(value: string) {
    this.context.count();
    this.context.enqueue(() => {
      if (!this.context.standIn.comments.has(this.key)) throw new StandInError("ItemNotFound", `No comment at ${this.key}.`);
      this.context.standIn.comments.set(this.key, value);
    }, { content: value });
  }

  getLocation(): { load: (properties: string) => void; address: string } {
    this.context.count();
    const [sheet, cell] = [this.key.slice(0, this.key.lastIndexOf("!")), this.key.slice(this.key.lastIndexOf("!") + 1)];
    let loaded: string | null = null;
    const context = this.context;
    return {
      load() {
        context.count();
        context.enqueue(() => (loaded = `${/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`));
      },
      get address() {
        return loaded ?? notLoaded("address");
      },
    };
  }

  delete(): void {
    this.context.count();
    this.context.enqueue(() => {
      if (!this.context.standIn.comments.delete(this.key)) throw new StandInError("ItemNotFound", `No comment at ${this.key}.`);
    }, { delete: this.key });
  }
}

class WorksheetCollection {
  private loadedItems: Worksheet[] | null = null;
  constructor(private readonly context: Context) {}

  load(properties?: string): this {
    this.context.count();
    this.context.enqueue(() => {
      this.loadedItems = this.context.standIn.sheets.map((sheet) => new Worksheet(this.context, () => sheet, true));
      return properties?.includes("name") ? this.loadedItems.map((s) => s.name) : this.loadedItems.length;
    });
    return this;
  }

  get items(): Worksheet[] {
    return this.loadedItems ?? notLoaded("items");
  }

  getItem(name: string): Worksheet {
    this.context.count();
    return new Worksheet(this.context, () => {
      const sheet = this.context.standIn.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!sheet) throw new StandInError("ItemNotFound", `The requested resource doesn't exist. (worksheet '${name}')`);
      return sheet;
    });
  }

  /** The sheet, or a null object (its isNullObject readable after sync). */
  getItemOrNullObject(name: string): Worksheet {
    this.context.count();
    const worksheet = new Worksheet(this.context, () => {
      const sheet = this.context.standIn.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!sheet) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      return sheet;
    });
    this.context.enqueue(() => {
      worksheet.resolvedNull = !this.context.standIn.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
      return worksheet.resolvedNull;
    });
    return worksheet;
  }

  add(name: string): Worksheet {
    this.context.count();
    this.context.enqueue(() => {
      if (this.context.standIn.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new StandInError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'")) throw new StandInError("InvalidArgument", `'${name}' is not a valid sheet name.`);
      this.context.standIn.sheets.push(new Sheet(name, []));
    }, { add: name });
    return new Worksheet(this.context, () => this.context.standIn.sheet(name));
  }
}

type ChangeHandler = (event: { address: string; changeType: string; source: string; worksheetId: string }) => unknown;

class Worksheet {
  resolvedNull: boolean | null = null;
  readonly notes: NoteCollection;

  /** `onChanged` (ExcelApi 1.7): handlers registered at sync, called after each sync that changed values, and by `standIn.edit`. */
  get onChanged(): { add: (handler: ChangeHandler) => { context: Context; remove: () => void } } {
    return {
      add: (handler) => {
        this.context.count();
        const registration = { sheet: "", handler };
        this.context.enqueue(() => {
          registration.sheet = this.resolve().name;
          this.context.standIn.handlers.push(registration);
        });
        return {
          context: this.context,
          remove: () => {
            this.context.count();
            this.context.enqueue(() => {
              this.context.standIn.handlers = this.context.standIn.handlers.filter((h) => h !== registration);
            });
          },
        };
      },
    };
  }
  constructor(private readonly context: Context, private readonly resolve: () => Sheet, private readonly nameLoaded = false) {
    this.notes = new NoteCollection(context, resolve);
  }

  get name(): string {
    if (!this.nameLoaded) notLoaded("name");
    return this.resolve().name;
  }

  get isNullObject(): boolean {
    return this.resolvedNull ?? notLoaded("isNullObject");
  }

  /** The sheet's tables (ExcelApi 1.1): `load("items/name")`, then `items`. */
  get tables(): { load: (properties: string) => void; items: { name: string }[] } {
    this.context.count();
    let loaded: { name: string }[] | null = null;
    const context = this.context;
    const resolve = this.resolve;
    return {
      load(properties: string) {
        context.count();
        context.enqueue(() => {
          loaded = resolve().tables.map((name) => ({ name }));
          return properties.includes("name") ? loaded : loaded.length;
        });
      },
      get items() {
        return loaded ?? notLoaded("items");
      },
    };
  }

  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.context.count();
    this.context.enqueue(() => {
      this.resolve().visibility = value;
    }, { visibility: value });
  }

  activate(): void {
    this.context.count();
    this.context.enqueue(() => {
      this.context.standIn.activeSheet = this.resolve().name;
    }, { activate: true });
  }

  delete(): void {
    this.context.count();
    this.context.enqueue(() => {
      const sheet = this.resolve();
      this.context.standIn.sheets = this.context.standIn.sheets.filter((s) => s !== sheet);
    }, { delete: true });
  }

  /** Several areas at once ("A2, C5:C9"): Excel refuses addresses past 8,192 characters and, in practice, past about 500 areas. */
  getRanges(address: string): RangeAreas {
    this.context.count();
    return new RangeAreas(this.context, () => {
      if (address.length > 8192) throw new StandInError("InvalidArgument", "The address is too long.");
      const parts = address.split(",").map((part) => part.trim());
      if (parts.length > 500) throw new StandInError("InvalidArgument", "Too many areas.");
      const sheet = this.resolve();
      return parts.map((part) => ({ sheet, ...parseAddress(part) }));
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.context.count();
    void valuesOnly;
    return new Range(this.context, () => {
      const sheet = this.resolve();
      const area = sheet.usedArea();
      return area ? { sheet, ...area } : null;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    this.context.count();
    return new Range(this.context, () => {
      const valid = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1 && startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLUMNS;
      if (!valid) throw new StandInError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      return { sheet: this.resolve(), rowIndex: startRow, columnIndex: startColumn, rowCount, columnCount };
    });
  }

  getRange(address: string): Range {
    this.context.count();
    return new Range(this.context, () => ({ sheet: this.resolve(), ...parseAddress(address) }));
  }
}

interface Area {
  sheet: Sheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const RANGE_PROPERTIES = ["values", "formulas", "numberFormat", "text", "rowIndex", "columnIndex", "rowCount", "columnCount", "address", "rowHidden"] as const;
type RangeProperty = (typeof RANGE_PROPERTIES)[number];

class Range {
  private loaded = new Map<RangeProperty, unknown>();
  private resolvedNull: boolean | null = null;
  constructor(private readonly context: Context, private readonly resolve: () => Area | null) {}

  load(properties: string | string[]): this {
    this.context.count();
    const names = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter(Boolean);
    for (const name of names) if (!(RANGE_PROPERTIES as readonly string[]).includes(name)) throw new StandInError("InvalidArgument", `Unknown property '${name}'.`);
    this.context.enqueue(() => {
      const area = this.resolve();
      this.resolvedNull = area === null;
      if (!area) return null;
      const read: Record<string, unknown> = {};
      for (const name of names as RangeProperty[]) {
        const value = readProperty(area, name);
        this.loaded.set(name, value);
        read[name] = value;
      }
      return read;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.resolvedNull ?? notLoaded("isNullObject");
  }

  /** Writes values at the next sync; the array must have the range's shape. */
  set values(values: StandInCell[][]) {
    this.context.count();
    this.context.enqueue(() => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      if (values.length !== area.rowCount || values.some((row) => row.length !== area.columnCount)) {
        throw new StandInError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      if (this.context.standIn.protectedSheets.has(area.sheet.name)) throw new StandInError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet.");
      values.forEach((row, r) => row.forEach((value, c) => area.sheet.write(area.rowIndex + r, area.columnIndex + c, value)));
      this.context.standIn.changed(area.sheet.name, addressOf(area).split("!")[1]);
    }, { values });
  }

  /** Writes number formats at the next sync; the array must have the range's shape. */
  set numberFormat(formats: string[][]) {
    this.context.count();
    this.context.enqueue(() => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      if (formats.length !== area.rowCount || formats.some((row) => row.length !== area.columnCount)) throw new StandInError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      formats.forEach((row, r) =>
        row.forEach((format, c) => {
          const cells = (area.sheet.numberFormats[area.rowIndex + r] ??= []);
          cells[area.columnIndex + c] = format;
        }),
      );
    }, { numberFormat: formats });
  }

  get format(): { fill: { color: string; clear: () => void } } {
    return fillFormat(this.context, () => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      return [area];
    });
  }

  /** Fill colours of every cell, as a 2-D block (ExcelApi 1.9), readable in `.value` after sync. */
  getCellProperties(spec: { format?: { fill?: { color?: boolean } } }): { value: { format: { fill: { color: string } } }[][] } {
    this.context.count();
    if (!spec.format?.fill?.color) throw new StandInError("InvalidArgument", "Only format.fill.color is supported by the stand-in.");
    let loaded: { format: { fill: { color: string } } }[][] | null = null;
    this.context.enqueue(() => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      loaded = Array.from({ length: area.rowCount }, (_, r) => Array.from({ length: area.columnCount }, (_, c) => ({ format: { fill: { color: area.sheet.fill(area.rowIndex + r, area.columnIndex + c) } } })));
      return loaded;
    });
    return {
      get value() {
        return loaded ?? notLoaded("value");
      },
    };
  }

  select(): void {
    this.context.count();
    this.context.enqueue(() => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      this.context.standIn.selection = { sheet: area.sheet.name, address: addressOf(area) };
    }, { select: true });
  }

  private get(name: RangeProperty): unknown {
    if (this.resolvedNull) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
    return this.loaded.has(name) ? this.loaded.get(name) : notLoaded(name);
  }

  get values(): StandInCell[][] {
    return this.get("values") as StandInCell[][];
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat") as string[][];
  }
  get formulas(): StandInCell[][] {
    return this.get("formulas") as StandInCell[][];
  }
  get text(): string[][] {
    return this.get("text") as string[][];
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get address(): string {
    return this.get("address") as string;
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden") as boolean | null;
  }

  /** The range's cells of a kind (ExcelApi 1.9); only "Visible" here: the rows not hidden, as areas. Null object when none. */
  getSpecialCellsOrNullObject(cellType: string): VisibleAreas {
    this.context.count();
    if (cellType !== "Visible") throw new StandInError("InvalidArgument", `The stand-in knows only the Visible cell type, not '${cellType}'.`);
    return new VisibleAreas(this.context, () => {
      const area = this.resolve();
      if (!area) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
      const spans: Area[] = [];
      for (let r = 0; r < area.rowCount; r++) {
        if (area.sheet.hiddenRows.has(area.rowIndex + r)) continue;
        const last = spans[spans.length - 1];
        if (last && last.rowIndex + last.rowCount === area.rowIndex + r) last.rowCount++;
        else spans.push({ ...area, rowIndex: area.rowIndex + r, rowCount: 1 });
      }
      return spans;
    });
  }
}

/** The visible cells of a range as areas: `load("address")`, then `address` ("Sheet!A2:R9,Sheet!A12:R40"). */
class VisibleAreas {
  private loaded: { address: string } | null = null;
  private resolvedNull: boolean | null = null;
  constructor(private readonly context: Context, private readonly resolve: () => Area[]) {}

  load(properties: string): this {
    this.context.count();
    if (properties !== "address") throw new StandInError("InvalidArgument", `Unknown property '${properties}'.`);
    this.context.enqueue(() => {
      const areas = this.resolve();
      this.resolvedNull = areas.length === 0;
      this.loaded = { address: areas.map((area) => readProperty(area, "address") as string).join(",") };
      return this.loaded;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.resolvedNull ?? notLoaded("isNullObject");
  }

  get address(): string {
    if (this.resolvedNull) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
    return this.loaded?.address ?? notLoaded("address");
  }
}

/** `range.format.fill` of one or more areas: colour writes and clears take effect at sync. */
function fillFormat(context: Context, resolve: () => Area[]): { fill: { color: string; clear: () => void } } {
  const apply = (color: string | null) => {
    context.count();
    context.enqueue(() => {
      for (const area of resolve()) {
        if (context.standIn.protectedSheets.has(area.sheet.name)) throw new StandInError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet.");
        for (let r = 0; r < area.rowCount; r++) for (let c = 0; c < area.columnCount; c++) area.sheet.setFill(area.rowIndex + r, area.columnIndex + c, color);
      }
    }, { fill: color });
  };
  return {
    fill: {
      get color(): string {
        return notLoaded("color");
      },
      set color(value: string) {
        apply(value);
      },
      clear: () => apply(null),
    },
  };
}

/** Scattered cells written as one (ExcelApi 1.9). */
class RangeAreas {
  constructor(private readonly context: Context, private readonly resolve: () => Area[]) {}

  get format(): { fill: { color: string; clear: () => void } } {
    return fillFormat(this.context, this.resolve);
  }
}

/** A sheet's notes (ExcelApi 1.18), by cell address. */
class NoteCollection {
  constructor(private readonly context: Context, private readonly sheet: () => Sheet) {}

  add(cellAddress: string, content: string): void {
    this.context.count();
    this.context.enqueue(() => {
      const sheet = this.sheet();
      const area = parseAddress(cellAddress);
      if (area.rowCount !== 1 || area.columnCount !== 1) throw new StandInError("InvalidArgument", "A note goes on one cell.");
      const key = addressOf({ sheet, ...area }).split("!")[1];
      if (sheet.notes.has(key)) throw new StandInError("InvalidArgument", `The cell ${key} already has a note.`);
      sheet.notes.set(key, content);
    }, { add: cellAddress, content });
  }

  getItemOrNullObject(cellAddress: string): Note {
    this.context.count();
    return new Note(this.context, this.sheet, cellAddress);
  }
}

class Note {
  private loadedContent: string | null = null;
  private resolvedNull: boolean | null = null;
  constructor(private readonly context: Context, private readonly sheet: () => Sheet, private readonly cellAddress: string) {}

  private key(): string {
    return addressOf({ sheet: this.sheet(), ...parseAddress(this.cellAddress) }).split("!")[1];
  }

  load(properties: string): this {
    this.context.count();
    this.context.enqueue(() => {
      const content = this.sheet().notes.get(this.key());
      this.resolvedNull = content === undefined;
      if (properties.includes("content")) this.loadedContent = content ?? null;
      return content ?? null;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.resolvedNull ?? notLoaded("isNullObject");
  }

  get content(): string {
    if (this.resolvedNull) throw new StandInError("InvalidObjectPath", "The object path is not working for null objects.");
    return this.loadedContent ?? notLoaded("content");
  }

  set content(value: string) {
    this.context.count();
    this.context.enqueue(() => {
      const key = this.key();
      if (!this.sheet().notes.has(key)) throw new StandInError("ItemNotFound", `No note at ${key}.`);
      this.sheet().notes.set(key, value);
    }, { content: value });
  }

  delete(): void {
    this.context.count();
    this.context.enqueue(() => {
      const key = this.key();
      if (!this.sheet().notes.has(key)) throw new StandInError("ItemNotFound", `No note at ${key}.`);
      this.sheet().notes.delete(key);
    }, { delete: this.cellAddress });
  }
}

function addressOf(area: Area): string {
  return readProperty(area, "address") as string;
}

function readProperty(area: Area, name: RangeProperty): unknown {
  const grid = <T>(cell: (row: number, column: number) => T): T[][] =>
    Array.from({ length: area.rowCount }, (_, r) => Array.from({ length: area.columnCount }, (_, c) => cell(area.rowIndex + r, area.columnIndex + c)));
  switch (name) {
    case "values":
      return grid((r, c) => area.sheet.cell(r, c));
    case "numberFormat":
      return grid((r, c) => area.sheet.format(r, c));
    case "formulas":
      return grid((r, c) => area.sheet.formulas.get(`${r},${c}`) ?? area.sheet.cell(r, c));
    case "text":
      return grid((r, c) => String(area.sheet.cell(r, c)));
    case "rowIndex":
      return area.rowIndex;
    case "columnIndex":
      return area.columnIndex;
    case "rowCount":
      return area.rowCount;
    case "columnCount":
      return area.columnCount;
    case "rowHidden": {
      // Excel: true when every row of the range is hidden, false when none is, null when some are.
      let hidden = 0;
      for (let r = 0; r < area.rowCount; r++) if (area.sheet.hiddenRows.has(area.rowIndex + r)) hidden++;
      return hidden === 0 ? false : hidden === area.rowCount ? true : null;
    }
    case "address": {
      const quoted = /^[A-Za-z0-9_]+$/.test(area.sheet.name) ? area.sheet.name : `'${area.sheet.name.replace(/'/g, "''")}'`;
      const start = `${letters(area.columnIndex + 1)}${area.rowIndex + 1}`;
      const end = `${letters(area.columnIndex + area.columnCount)}${area.rowIndex + area.rowCount}`;
      return `${quoted}!${start === end ? start : `${start}:${end}`}`;
    }
  }
}

function letters(column: number): string {
  let n = column;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnIndexOf(text: string): number {
  let n = 0;
  for (const char of text.toUpperCase()) n = n * 26 + char.charCodeAt(0) - 64;
  return n - 1;
}

/** An A1 address (`B3`, `A1:C9`, `Sheet!A1`) as 0-based indexes; Excel's InvalidArgument otherwise. */
export function parseAddress(address: string): Omit<Area, "sheet"> {
  if (address.length > 8192) throw new StandInError("InvalidArgument", "The address is too long.");
  // An optional sheet name: quoted ('My sheet'!) or bare, without the characters Excel forbids.
  const match = /^(?:(?:'(?:[^']|'')+'|[^'!\[\]:*?/\\\s]+)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address);
  if (!match) throw new StandInError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address '${address}')`);
  const [c1, r1] = [columnIndexOf(match[1]), Number(match[2]) - 1];
  const [c2, r2] = match[3] ? [columnIndexOf(match[3]), Number(match[4]) - 1] : [c1, r1];
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw new StandInError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address '${address}')`);
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** The stand-in itself: a workbook, the `Excel` namespace over it, and its counters. */
export class ExcelStandIn {
  sheets: Sheet[];
  counts: StandInCounts = { runs: 0, syncs: 0, calls: 0, maxPayloadBytes: 0, payloadBytes: [] };
  /** The selected cell or range, as the last `select()` left it. */
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Sheets protected by the user: writes to them fail with InvalidOperation. */
  protectedSheets = new Set<string>();
  handlers: { sheet: string; handler: ChangeHandler }[] = [];
  /** Threaded comments by "Sheet!A1". */
  comments = new Map<string, string>();

  /** Tells the change handlers of a sheet, after the current request, as Excel does. */
  changed(sheet: string, address: string): void {
    for (const { sheet: watched, handler } of this.handlers) {
      if (watched === sheet) setTimeout(() => void handler({ address, changeType: "RangeEdited", source: "Local", worksheetId: sheet }), 0);
    }
  }

  /** A person typing into the sheet: values written now, handlers told after. */
  edit(sheet: string, address: string, values: StandInCell[][]): void {
    const area = parseAddress(address);
    values.forEach((row, r) => row.forEach((value, c) => this.sheet(sheet).write(area.rowIndex + r, area.columnIndex + c, value)));
    this.changed(sheet, address);
  }
  /** Called at each sync, before its work: a test's hook for faults and edits in between. */
  beforeSync?: (syncNumber: number) => void;
  /**
   * A fault to inject once: sync number `sync` fails with `code` after running `afterOperations`
   * of its operations; with `close`, the workbook is gone from then on (closed, or the session lost).
   */
  fault?: { sync: number; afterOperations: number; code: string; close?: boolean };
  /** The workbook closed (or Excel on the web's session lost): every request fails with ConnectionFailure until `reopen()`. */
  closed = false;

  /** Opens the workbook again, as it was saved when it closed. */
  reopen(): void {
    this.closed = false;
  }

  constructor(sheets: StandInSheet[]) {
    this.sheets = sheets.map((s) => Object.assign(new Sheet(s.name, s.values, s.numberFormats), { tables: s.tables ?? [] }));
  }

  /** The `Excel` namespace the add-in calls. */
  get Excel() {
    return {
      /** `Excel.run(batch)`, or `Excel.run(context, batch)` to go on in an earlier request's context. */
      run: async <T>(first: ((context: Context) => Promise<T>) | { context?: Context } | Context, second?: (context: Context) => Promise<T>): Promise<T> => {
        this.counts.runs++;
        if (typeof first === "function") return first(new Context(this));
        const context = first instanceof Context ? first : (first.context ?? new Context(this));
        return second!(context);
      },
    };
  }

  /** Puts `Excel` on the global object, as office.js does in Excel; returns a function that takes it off. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const previous = target.Excel;
    target.Excel = this.Excel;
    return () => {
      target.Excel = previous;
    };
  }

  /** The cell at a 0-based position of a sheet, as the workbook now holds it. */
  cell(sheet: string, row: number, column: number): StandInCell {
    return this.sheet(sheet).cell(row, column);
  }

  sheet(name: string): Sheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }
}

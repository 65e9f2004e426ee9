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

class Sheet {
  values: StandInCell[][];
  numberFormats: string[][];
  constructor(public name: string, values: StandInCell[][], numberFormats: string[][] = []) {
    this.values = values.map((row) => [...row]);
    this.numberFormats = numberFormats.map((row) => [...row]);
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

/** A property that throws until it was loaded and synced, as in Excel. */
function notLoaded(property: string): never {
  throw new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type Pending = () => unknown;

class Context {
  readonly workbook: Workbook;
  private queue: Pending[] = [];
  constructor(readonly standIn: ExcelStandIn) {
    this.workbook = new Workbook(this);
  }

  enqueue(work: Pending): void {
    this.queue.push(work);
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
    let payload = 0;
    for (const item of work) payload += JSON.stringify(item() ?? null).length;
    this.standIn.counts.payloadBytes.push(payload);
    this.standIn.counts.maxPayloadBytes = Math.max(this.standIn.counts.maxPayloadBytes, payload);
    if (payload > PAYLOAD_LIMIT) {
      throw new StandInError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
  }
}

class Workbook {
  readonly worksheets: WorksheetCollection;
  constructor(private readonly context: Context) {
    this.worksheets = new WorksheetCollection(context);
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
}

class Worksheet {
  constructor(private readonly context: Context, private readonly resolve: () => Sheet, private readonly nameLoaded = false) {}

  get name(): string {
    if (!this.nameLoaded) notLoaded("name");
    return this.resolve().name;
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

const RANGE_PROPERTIES = ["values", "numberFormat", "text", "rowIndex", "columnIndex", "rowCount", "columnCount", "address"] as const;
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
}

function readProperty(area: Area, name: RangeProperty): unknown {
  const grid = <T>(cell: (row: number, column: number) => T): T[][] =>
    Array.from({ length: area.rowCount }, (_, r) => Array.from({ length: area.columnCount }, (_, c) => cell(area.rowIndex + r, area.columnIndex + c)));
  switch (name) {
    case "values":
      return grid((r, c) => area.sheet.cell(r, c));
    case "numberFormat":
      return grid((r, c) => area.sheet.format(r, c));
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
  /** Called at each sync, before its work: a test's hook for faults and edits in between. */
  beforeSync?: (syncNumber: number) => void;

  constructor(sheets: StandInSheet[]) {
    this.sheets = sheets.map((s) => new Sheet(s.name, s.values, s.numberFormats));
  }

  /** The `Excel` namespace the add-in calls. */
  get Excel() {
    return {
      run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => {
        this.counts.runs++;
        return batch(new Context(this));
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

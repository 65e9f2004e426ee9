import { CellValue, isBlank, isExcelError } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { IdTable } from "../checks/idTable";
import { TableLayout } from "../headers/locateTable";
import { SheetKind } from "../schema/fieldSpec";
import { NumberedStrings } from "../text/numberedStrings";
import { ownString } from "../text/ownString";
import { findCountry } from "../vocabulary/countries";
import { CellLocation, DistinctValue, ValueKind } from "./clusterTypes";

/** The columns of each kind, by sheet: a `;` list field names several values in one cell. */
export const COLUMNS_OF_KIND: Record<ValueKind, { sheet: SheetKind; field: string; list?: boolean }[]> = {
  actor: [
    { sheet: "incidents", field: "actor1" },
    { sheet: "incidents", field: "actor2" },
    { sheet: "incidents", field: "assoc_actor_1", list: true },
    { sheet: "incidents", field: "assoc_actor_2", list: true },
    { sheet: "weapons", field: "holder" },
  ],
  weapon: [{ sheet: "weapons", field: "weapon" }],
  location: [{ sheet: "incidents", field: "location" }],
};

/** Whether a kind's values are told apart by the incident's country ("ISIS" in Mali and in Iraq are two values). */
export function keyedByCountry(kind: ValueKind): boolean {
  return kind !== "weapon";
}

/** What tells one distinct value from another: its trimmed text, and the country where the kind is told apart by it. */
export function distinctKey(kind: ValueKind, value: string, country: string | null): string {
  return `${keyedByCountry(kind) ? (country ?? "") : ""}\u0000${value.trim()}`;
}

/** A sheet whose rows are tallied: its kind and header layout, its name, and where its rows and columns start. */
export interface TalliedSheet {
  kind: SheetKind;
  name: string;
  layout: TableLayout;
  /** The sheet row of the row of index 0 (1-based); 1 when absent. */
  startRow?: number;
  /** The sheet column of each row's first cell (1-based); 1 when absent. */
  startColumn?: number;
}

/** A column of the kind on a sheet: its field, whether it holds `;` lists, and its index in the rows. */
interface TalliedColumn {
  field: string;
  list: boolean;
  index: number;
  /** Its entry in the tally's table of places (sheet, column, field). */
  place: number;
}

/** What the cells of one column of one sheet share. */
interface Place {
  sheet: string;
  field: string;
  column: number;
  letter: string;
  list: boolean;
}

/** A distinct value as the tally keeps it, its cells apart. */
interface Entry {
  value: string;
  country: string | null;
  count: number;
}

/** Numbers kept per cell: the value's entry, the sheet row, the place with the list part, the cell's text (-1: the value itself). */
const CELL_INTS = 4;

/**
 * The distinct values of one kind of column (see `COLUMNS_OF_KIND`), tallied from rows handed
 * over one at a time, as a reader streams them: an incident sheet first, then the weapon
 * sheet, each row once, in order. What it keeps grows with the distinct values, not with the
 * rows: one entry per distinct value (its text and country made its own, never a view into
 * the reader's text), and per cell holding one, four numbers in a typed array (the cell's
 * text kept once per distinct text where it is not the value itself: a list, a value written
 * with spaces around it). For the holder of a weapon row, the incident's country is found by
 * incident ID: with `incidentCountries`, the incident sheet's first country of each ID is kept
 * (in an `IdTable`, its countries by number), so that memory then grows with the incident IDs too.
 *
 * `values()` gives what `distinctValues` gives for a grid holding the same rows: values in order of
 * first appearance, each with its count, country and cells.
 */
export class DistinctValueTally {
  private readonly byCountry: boolean;
  private readonly entries: Entry[] = [];
  private readonly keys = new Map<string, number>();
  private cells = new Int32Array(1024 * CELL_INTS);
  private cellCount = 0;
  private readonly places: Place[] = [];
  /** Cells' texts (lists, untrimmed cells) and countries, each kept once under a number. */
  private readonly texts = new NumberedStrings();
  private readonly countries = new NumberedStrings();
  private readonly incidentCountry: IdTable | undefined;
  private current: { sheet: TalliedSheet; kind: SheetKind; columns: TalliedColumn[]; countryIndex?: number; idIndex?: number; headerIndex: number; startRow: number } | undefined;

  /** `incidentCountries`: keep the incident sheet's country of each ID, for the weapon sheet's holders (only they need it). */
  constructor(
    readonly kind: ValueKind,
    options: { incidentCountries?: boolean } = {},
  ) {
    this.byCountry = keyedByCountry(kind);
    this.incidentCountry = this.byCountry && (options.incidentCountries ?? true) ? new IdTable() : undefined;
  }

  /** The indexes (into a row) of the columns of this kind a sheet has: none, and its rows add no value. */
  static columnsOf(kind: ValueKind, sheet: SheetKind, layout: TableLayout): number[] {
    return COLUMNS_OF_KIND[kind].filter((column) => column.sheet === sheet).flatMap((column) => {
      const index = indexOf(layout, column.field);
      return index === undefined ? [] : [index];
    });
  }

  /**
   * The indexes of every column the tally reads on a sheet of this kind: the columns of the
   * kind, and the country and incident ID that give a value its country.
   */
  static columnsRead(kind: ValueKind, sheet: SheetKind, layout: TableLayout): number[] {
    const read = DistinctValueTally.columnsOf(kind, sheet, layout);
    if (keyedByCountry(kind)) for (const field of ["country", "incident_id"]) {
      const index = indexOf(layout, field);
      if (index !== undefined) read.push(index);
    }
    return read;
  }

  /** The distinct values so far. */
  get size(): number {
    return this.entries.length;
  }

  /** The sheet whose rows come next: an incident sheet before a weapon sheet, each once. */
  beginSheet(sheet: TalliedSheet): void {
    const startColumn = sheet.startColumn ?? 1;
    const columns: TalliedColumn[] = COLUMNS_OF_KIND[this.kind].filter((column) => column.sheet === sheet.kind).flatMap((column) => {
      const index = indexOf(sheet.layout, column.field);
      if (index === undefined) return [];
      const place = this.places.length;
      this.places.push({ sheet: sheet.name, field: column.field, column: startColumn + index, letter: columnLetter(startColumn + index), list: column.list === true });
      return [{ field: column.field, list: column.list === true, index, place }];
    });
    this.current = {
      sheet,
      kind: sheet.kind,
      columns,
      countryIndex: indexOf(sheet.layout, "country"),
      idIndex: indexOf(sheet.layout, "incident_id"),
      headerIndex: sheet.layout.headerIndex,
      startRow: sheet.startRow ?? 1,
    };
  }

  /** Row `index` of the current sheet (from 0, as the grid's `values[index]`); rows up to the header row are skipped. */
  take(index: number, row: readonly CellValue[] | undefined): void {
    const sheet = this.current;
    if (!sheet) throw new Error("DistinctValueTally.take before beginSheet");
    if (!row || index <= sheet.headerIndex) return;
    let country: string | null = null;
    if (this.byCountry) {
      if (sheet.kind === "incidents") {
        const named = countryOf(sheet.countryIndex === undefined ? undefined : row[sheet.countryIndex]);
        if (named) {
          const number = this.countries.number(named);
          country = this.countries.text(number);
          if (this.incidentCountry && sheet.idIndex !== undefined) {
            const id = textOf(row[sheet.idIndex])?.trim();
            if (id !== undefined) this.incidentCountry.getOrInsert(id, number);
          }
        }
      } else if (sheet.idIndex !== undefined && this.incidentCountry) {
        const number = this.incidentCountry.get((textOf(row[sheet.idIndex]) ?? "").trim());
        country = number === undefined ? null : this.countries.text(number);
      }
    }
    for (const column of sheet.columns) {
      const cell = textOf(row[column.index]);
      if (cell === undefined) continue;
      if (!column.list) {
        const value = cell.trim();
        if (value && value !== "NA") this.add(value, country, sheet.startRow + index, column.place, -1, value === cell ? -1 : this.texts.number(cell));
        continue;
      }
      const names = cell.split(";");
      let text = -1;
      for (let part = 0; part < names.length; part++) {
        const value = names[part].trim();
        if (!value || value === "NA") continue;
        if (text < 0) text = this.texts.number(cell);
        this.add(value, country, sheet.startRow + index, column.place, part, text);
      }
    }
  }

  /** Every distinct value in order of first appearance, with its cells (sheet, row, column), as `distinctValues` gives them. */
  values(): DistinctValue[] {
    const values = this.valuesWithoutCells();
    this.fillCells(values);
    return values;
  }

  /**
   * Every distinct value with its count and country, its `cells` empty: for a caller that needs
   * the cells of a few values only (a cluster's members), filled in afterwards by `fillCells`.
   */
  valuesWithoutCells(): DistinctValue[] {
    return this.entries.map((entry, first) => ({ value: entry.value, country: entry.country, count: entry.count, cells: [], first }));
  }

  /** Gives each of `values` (values of this tally, told by `first`, or copies of them) its cells, in the order met. */
  fillCells(values: readonly DistinctValue[]): void {
    const wanted = new Map<number, CellLocation[]>();
    for (const value of values) {
      let cells = wanted.get(value.first);
      if (!cells) wanted.set(value.first, (cells = []));
      value.cells = cells;
    }
    if (wanted.size === 0) return;
    const { cells } = this;
    for (let i = 0; i < this.cellCount; i++) {
      const at = i * CELL_INTS;
      const list = wanted.get(cells[at]);
      if (!list) continue;
      const row = cells[at + 1];
      const place = this.places[cells[at + 2] & 0xff];
      const part = (cells[at + 2] >>> 8) - 1;
      const text = cells[at + 3];
      list.push({
        sheet: place.sheet,
        address: `${place.letter}${row}`,
        row,
        column: place.column,
        field: place.field,
        cell: text < 0 ? this.entries[cells[at]].value : this.texts.text(text),
        ...(place.list ? { part } : {}),
      });
    }
  }

  private add(value: string, country: string | null, row: number, place: number, part: number, text: number): void {
    const key = distinctKey(this.kind, value, country);
    let entry = this.keys.get(key);
    if (entry === undefined) {
      entry = this.entries.length;
      const own = ownString(value);
      this.entries.push({ value: own, country, count: 0 });
      this.keys.set(distinctKey(this.kind, own, country), entry);
    }
    this.entries[entry].count++;
    if ((this.cellCount + 1) * CELL_INTS > this.cells.length) {
      const grown = new Int32Array(this.cells.length * 2);
      grown.set(this.cells);
      this.cells = grown;
    }
    const at = this.cellCount++ * CELL_INTS;
    this.cells[at] = entry;
    this.cells[at + 1] = row;
    // A place in the low byte (a workbook has a handful), the list part + 1 above it.
    this.cells[at + 2] = ((part + 1) << 8) | place;
    this.cells[at + 3] = text;
  }
}

function indexOf(layout: TableLayout, field: string): number | undefined {
  return layout.columns.find((column) => column.spec.field === field)?.index;
}

/** A cell's text as read: numbers as written, blank cells, Excel errors and `NA` as nothing. */
function textOf(cell: CellValue): string | undefined {
  if (isBlank(cell) || isExcelError(cell)) return undefined;
  const text = typeof cell === "string" ? cell : String(cell);
  return text.trim() === "NA" ? undefined : text;
}

/** The country's English short name where the cell names one, else the cell as written. */
function countryOf(cell: CellValue): string | null {
  const text = textOf(cell)?.trim();
  if (!text) return null;
  return findCountry(text)?.name ?? text;
}

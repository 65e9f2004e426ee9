import { Readable } from "node:stream";
import { CellValue } from "../../../domain/cells/cellValue";
import { cellContent, inlineStringCell, rowXml } from "./cellXml";
import { addWorksheet } from "./newWorksheet";
import { sharedStringsAt } from "./sharedStrings";
import { addressOf, parseAddress, sheetCellsTransform, SheetHooks } from "./sheetCells";
import { readWorkbookParts, SheetPart, WorkbookParts } from "./workbookParts";
import { openZipPackage, PackageEntry, PackageError, ZipPackage } from "./zipPackage";
import { PartTransform, rewriteZip } from "./zipRewrite";
import { bytesAsLatin1 } from "./xmlTokens";
import { attributesOf } from "./xmlText";

/** A cell as the package holds it now, or why it cannot be edited in place. */
export type CellNow = { formula: boolean; value: CellValue; richText: boolean } | { missing: string };

export interface CellEdit {
  sheet: string;
  address: string;
  text: string;
}

export interface PackageEdits {
  /** Cells to give a new text (never a formula cell: that is refused). */
  cells: CellEdit[];
  /** Rows to add to the sheet named `log.sheet`, after its last row, or in a new last sheet that starts with `header`. */
  log: { sheet: string; header: readonly CellValue[]; rows: CellValue[][] };
  now: Date;
}

const key = (sheet: string, address: string) => `${sheet}!${address}`;

/**
 * An .xlsx or .xlsm package to edit in place: the few cells a fix changes and the rows of a
 * log sheet, every other part and every other byte of the edited parts kept as they are.
 */
export class WorkbookPackage {
  private readonly richText = new Set<string>();

  private constructor(
    private readonly zip: ZipPackage,
    private readonly parts: WorkbookParts,
  ) {}

  /** Throws a PackageError. */
  static async open(path: string): Promise<WorkbookPackage> {
    const zip = await openZipPackage(path);
    try {
      return new WorkbookPackage(zip, await readWorkbookParts(zip));
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  close(): void {
    this.zip.close();
  }

  /** The cells as their parts hold them now (by `sheet!address`), read in one streaming pass over each sheet part. */
  async cells(targets: readonly { sheet: string; address: string }[]): Promise<Map<string, CellNow>> {
    const found = new Map<string, CellNow>();
    const shared = new Map<string, number>();
    const bySheet = groupBy(targets, (target) => target.sheet);
    for (const [sheetName, wanted] of bySheet) {
      const sheet = this.sheet(sheetName);
      const problem = sheet ? unEditable(sheet) : "the workbook has no such sheet";
      const addresses = new Set(wanted.map((target) => normalAddress(target.address)));
      if (problem || !sheet?.entry) {
        for (const address of addresses) found.set(key(sheetName, address), { missing: problem ?? "the sheet has no part" });
        continue;
      }
      const hooks: SheetHooks = {
        wants: (address) => addresses.has(address),
        onCell: (cell) => {
          const content = cellContent(cell);
          found.set(key(sheetName, cell.address), { formula: content.formula, value: content.value, richText: isRich(cell.tokens.slice(1)) });
          if (content.sharedIndex !== undefined) shared.set(key(sheetName, cell.address), content.sharedIndex);
          return undefined;
        },
      };
      await drain(sheetCellsTransform(hooks)(await this.zip.openStream(sheet.entry, { raw: false })));
      for (const address of addresses) {
        if (!found.has(key(sheetName, address))) found.set(key(sheetName, address), { missing: "the cell is blank in the file (no element to edit)" });
      }
    }
    if (shared.size) {
      const texts = this.parts.sharedStrings ? await sharedStringsAt(await this.zip.openStream(this.parts.sharedStrings, { raw: false }), new Set(shared.values())) : new Map();
      for (const [cell, index] of shared) {
        const text = texts.get(index);
        const now = found.get(cell) as { formula: boolean; value: CellValue; richText: boolean };
        if (text === undefined) found.set(cell, { missing: `the cell points at shared string ${index}, which the workbook does not have` });
        else found.set(cell, { ...now, value: text.text, richText: text.rich });
      }
    }
    for (const [cell, now] of found) if ("richText" in now && now.richText) this.richText.add(cell);
    return found;
  }

  /**
   * Writes the edited package into `descriptor` (a new file or a pipe). Returns what could
   * not be kept as it was, one sentence each (empty when everything was). Throws a
   * PackageError where an edit cannot be made: then nothing usable was written.
   */
  async write(descriptor: number, edits: PackageEdits): Promise<string[]> {
    const notKept: string[] = [];
    if (this.zip.entries.some((entry) => entry.name.toLowerCase().startsWith("_xmlsignatures/"))) {
      notKept.push("its digital signature (_xmlsignatures/) no longer matches the edited workbook: Excel will show the copy as unsigned");
    }
    const replace = new Map<string, PartTransform>();
    const hooksByPart = new Map<PackageEntry, { hooks: SheetHooks; expected: Set<string>; seen: Set<string>; sheet: string }>();
    const hooksFor = (sheet: SheetPart) => {
      let entry = hooksByPart.get(sheet.entry!);
      if (!entry) {
        const expected = new Set<string>();
        const seen = new Set<string>();
        entry = { hooks: { wants: (address) => expected.has(address), onCell: () => undefined }, expected, seen, sheet: sheet.name };
        hooksByPart.set(sheet.entry!, entry);
      }
      return entry;
    };

    for (const [sheetName, cells] of groupBy(edits.cells, (edit) => edit.sheet)) {
      const sheet = this.sheet(sheetName);
      const problem = sheet ? unEditable(sheet) : "the workbook has no such sheet";
      if (problem || !sheet?.entry) throw new PackageError(`${sheetName}: ${problem ?? "the sheet has no part"}`);
      const state = hooksFor(sheet);
      const texts = new Map(cells.map((edit) => [normalAddress(edit.address), edit.text]));
      for (const address of texts.keys()) state.expected.add(address);
      state.hooks.onCell = (cell) => {
        state.seen.add(cell.address);
        if (cellContent(cell).formula) throw new PackageError(`${sheetName}!${cell.address} holds a formula, which is never written`);
        if (this.richText.has(key(sheetName, cell.address))) notKept.push(`${sheetName}!${cell.address}: the formatting of parts of its old text (rich text runs); the new text has the cell's own format`);
        return inlineStringCell(cell, texts.get(cell.address)!);
      };
    }

    const append: { name: string; content: Buffer }[] = [];
    const log = this.sheet(edits.log.sheet, { ignoreCase: true });
    if (log) {
      const problem = unEditable(log);
      if (problem || !log.entry) throw new PackageError(`${log.name}: ${problem ?? "the sheet has no part"}; the log cannot be added to it`);
      // The dimension comes before the rows, and only the end of the part tells the last row: a first pass finds it.
      const lastRow = await this.lastRow(log.entry);
      const rows = lastRow === 0 ? [edits.log.header, ...edits.log.rows] : edits.log.rows;
      const width = Math.max(0, ...rows.map((row) => row.length));
      const state = hooksFor(log);
      state.hooks.atSheetDataEnd = (_lastRow, prefix) => rows.map((row, i) => bytesAsLatin1(rowXml(lastRow + 1 + i, row, prefix))).join("");
      if (rows.length) state.hooks.dimension = (tag) => widenDimension(tag.raw, lastRow + rows.length, width);
    } else {
      const added = addWorksheet(this.zip, this.parts, edits.log.sheet, [edits.log.header, ...edits.log.rows]);
      for (const [name, content] of added.replaced) {
        replace.set(name, (old) => {
          old.destroy();
          return [content];
        });
      }
      append.push(added.part);
    }

    for (const [entry, state] of hooksByPart) {
      const transform = sheetCellsTransform(state.hooks);
      replace.set(entry.name, (content: Readable) =>
        (async function* () {
          yield* transform(content);
          const missing = [...state.expected].filter((address) => !state.seen.has(address));
          if (missing.length) throw new PackageError(`${state.sheet}!${missing[0]}: the cell is blank in the file (no element to edit)`);
        })(),
      );
    }
    await rewriteZip(this.zip, descriptor, { replace, append, now: edits.now });
    return notKept;
  }

  private sheet(name: string, options: { ignoreCase?: boolean } = {}): SheetPart | undefined {
    // Excel compares sheet names without case: "curation log" is the log sheet, and a second one could not be added.
    return this.parts.sheets.find((sheet) => sheet.name === name) ?? (options.ignoreCase ? this.parts.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) : undefined);
  }

  private async lastRow(entry: PackageEntry): Promise<number> {
    let last = 0;
    await drain(
      sheetCellsTransform({
        wants: () => false,
        onCell: () => undefined,
        atSheetDataEnd: (lastRow) => {
          last = lastRow;
          return "";
        },
      })(await this.zip.openStream(entry, { raw: false })),
    );
    return last;
  }
}

/** Why a sheet's cells cannot be edited in place, or undefined. */
function unEditable(sheet: SheetPart): string | undefined {
  if (sheet.kind === "worksheet") return undefined;
  if (!sheet.kind) return "the workbook does not say where this sheet's part is";
  return `it is a ${sheet.kind.replace(/^xl/, "").toLowerCase()}, not a worksheet with cells`;
}

/** Whether a string item has rich text runs (`<r>`), whose fonts a plain new text cannot keep. */
function isRich(tokens: { local: string; kind: string }[]): boolean {
  return tokens.some((token) => token.local === "r" && token.kind === "start");
}

/** The `<dimension>` tag with its range grown to hold rows 1…`lastRow` of `width` columns. */
function widenDimension(tag: string, lastRow: number, width: number): string {
  const ref = attributesOf(tag).find((a) => a.name === "ref");
  if (!ref) return tag;
  const [from, to = from] = ref.value.split(":");
  const a = parseAddress(from) ?? { row: 1, column: 1 };
  const b = parseAddress(to) ?? a;
  const top = Math.min(a.row, b.row, 1);
  const left = Math.min(a.column, b.column, 1);
  const bottom = Math.max(a.row, b.row, lastRow);
  const right = Math.max(a.column, b.column, width);
  return `${tag.slice(0, ref.start)} ref="${addressOf(top, left)}:${addressOf(bottom, right)}"${tag.slice(ref.end)}`;
}

function normalAddress(address: string): string {
  const parsed = parseAddress(address);
  return parsed ? addressOf(parsed.row, parsed.column) : address;
}

async function drain(content: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void> {
  for await (const chunk of content) void chunk;
}

function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(by(item), [...(groups.get(by(item)) ?? []), item]);
  return groups;
}

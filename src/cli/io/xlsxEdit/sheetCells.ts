import { PackageError } from "./zipPackage";
import { PartTransform } from "./zipRewrite";
import { Token, XmlTokens } from "./xmlTokens";
import { attribute } from "./xmlText";

/** A `<c>` element of a worksheet's `<sheetData>`, whole. */
export interface CellElement {
  address: string;
  row: number;
  column: number;
  /** The element's tokens, the start tag first. */
  tokens: Token[];
  /** Within the range of an array formula, a spilled dynamic array or a data table anchored in an earlier cell. */
  inArrayFormula: boolean;
}

export interface SheetHooks {
  /** Whether a cell is to be handed to `onCell` (all others pass by, unparsed). */
  wants(address: string): boolean;
  /** The cell's replacement (bytes as latin1 characters), or undefined to keep it as it is. */
  onCell(cell: CellElement): string | undefined;
  /** What to put at the end of `<sheetData>` (bytes as latin1 characters), given the last row number seen and the prefix of its name. */
  atSheetDataEnd?(lastRow: number, prefix: string): string;
  /** A replacement for the `<dimension>` tag, or undefined to keep it. */
  dimension?(tag: Token): string | undefined;
}

/**
 * A streaming pass over a worksheet part that hands the wanted cells to the hooks and passes
 * every other byte through as it came. Cells without an `r` attribute (which the schema
 * allows) are placed as Excel places them: after the previous cell of their row, in the row
 * after the previous row.
 */
export function sheetCellsTransform(hooks: SheetHooks): PartTransform {
  return async function* transform(content: AsyncIterable<Buffer>) {
    const tokens = new XmlTokens();
    const arrays: { top: number; left: number; bottom: number; right: number }[] = [];
    let inSheetData = false;
    let row = 0;
    /** The column of the last cell, or -1 when only `lastAddress` (its "r") says it. */
    let column = 0;
    let lastAddress: string | undefined;
    let lastRow = 0;
    let first = true;
    let capture: CellElement | undefined;
    let out: string[] = [];

    const finishCell = (cell: CellElement) => {
      const replacement = hooks.onCell(cell);
      out.push(replacement ?? cell.tokens.map((token) => token.raw).join(""));
    };
    const noteArray = (token: Token) => {
      // Most formulas are a bare <f>: no attribute to look at.
      if (token.raw.length <= token.name.length + 2) return;
      const type = attribute(token.raw, "t");
      const ref = attribute(token.raw, "ref");
      if ((type === "array" || type === "dataTable") && ref) {
        const [from, to = from] = ref.split(":");
        const a = parseAddress(from);
        const b = parseAddress(to);
        if (a && b) arrays.push({ top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) });
      }
    };
    const onToken = (token: Token) => {
      if (capture) {
        capture.tokens.push(token);
        if (token.local === "f" && (token.kind === "start" || token.kind === "empty")) noteArray(token);
        if (token.kind === "end" && token.local === "c") {
          finishCell(capture);
          capture = undefined;
        }
        return;
      }
      if (token.kind === "start" || token.kind === "empty") {
        if (token.local === "sheetData") {
          if (token.kind === "empty") {
            const added = hooks.atSheetDataEnd?.(lastRow, token.name.slice(0, token.name.length - token.local.length)) ?? "";
            out.push(added ? `${token.raw.slice(0, -2).trimEnd()}>${added}</${token.name}>` : token.raw);
            return;
          }
          inSheetData = true;
        } else if (inSheetData && token.local === "row") {
          const r = rAttribute(token.raw);
          row = r === undefined ? row + 1 : Number(r);
          if (!Number.isInteger(row) || row < 1) throw new PackageError(`a row of a sheet has the number "${r}"`);
          column = 0;
          lastAddress = undefined;
          lastRow = Math.max(lastRow, row);
        } else if (inSheetData && token.local === "c") {
          // Addresses are parsed only where needed (a wanted cell, or a cell without "r" after one with it): this runs for every cell.
          const r = rAttribute(token.raw);
          let address: string;
          if (r !== undefined && CANONICAL.test(r)) {
            address = r;
            lastAddress = r;
            column = -1;
          } else {
            if (r === undefined && column < 0) column = lastAddress ? (parseAddress(lastAddress)?.column ?? 0) : 0;
            const at = r === undefined ? { row, column: column + 1 } : parseAddress(r);
            if (!at) throw new PackageError(`a cell of a sheet has the address "${r}"`);
            address = addressOf(at.row, at.column);
            column = at.column;
            lastAddress = undefined;
          }
          if (hooks.wants(address)) {
            const parsed = parseAddress(address)!;
            lastRow = Math.max(lastRow, parsed.row);
            const inArrayFormula = arrays.some((a) => parsed.row >= a.top && parsed.row <= a.bottom && parsed.column >= a.left && parsed.column <= a.right);
            const cell: CellElement = { address, row: parsed.row, column: parsed.column, tokens: [token], inArrayFormula };
            if (token.kind === "empty") finishCell(cell);
            else capture = cell;
            return;
          }
        } else if (inSheetData && token.local === "f") {
          noteArray(token);
        } else if (!inSheetData && token.local === "dimension" && hooks.dimension) {
          out.push(hooks.dimension(token) ?? token.raw);
          return;
        }
      } else if (token.kind === "end" && token.local === "sheetData") {
        out.push(hooks.atSheetDataEnd?.(lastRow, token.name.slice(0, token.name.length - token.local.length)) ?? "");
        inSheetData = false;
      }
      out.push(token.raw);
    };

    for await (const chunk of content) {
      const text = chunk.toString("latin1");
      if (first) {
        checkUtf8(text);
        first = false;
      }
      tokens.feed(text, onToken);
      if (out.length) {
        yield Buffer.from(out.join(""), "latin1");
        out = [];
      }
    }
    tokens.finish();
    if (capture) throw new PackageError(`cell ${capture.address} of a sheet is not closed (truncated XML)`);
  };
}

const CANONICAL = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

/** The `r` attribute of a row or cell tag, found without parsing every attribute (this runs for every row and cell of a sheet). */
function rAttribute(tag: string): string | undefined {
  for (let at = tag.indexOf("r", 2); at > 0; at = tag.indexOf("r", at + 1)) {
    const before = tag.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let i = at + 1;
    while (tag[i] === " " || tag[i] === "\t" || tag[i] === "\n" || tag[i] === "\r") i++;
    if (tag[i] !== "=") continue;
    i++;
    while (tag[i] === " " || tag[i] === "\t" || tag[i] === "\n" || tag[i] === "\r") i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, i + 1);
    return end < 0 ? undefined : tag.slice(i + 1, end);
  }
  return undefined;
}

/** Worksheet parts are UTF-8 (Excel writes nothing else); any other encoding would be misread byte by byte. */
function checkUtf8(start: string): void {
  if (start.startsWith("\xfe\xff") || start.startsWith("\xff\xfe")) throw new PackageError("a sheet part is in UTF-16, which cannot be edited in place");
  const declared = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(start);
  if (declared && !/^utf-?8$/i.test(declared[1])) throw new PackageError(`a sheet part is in ${declared[1]}, which cannot be edited in place`);
}

/** An A1 address as row and column numbers, or undefined. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

export function addressOf(row: number, column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

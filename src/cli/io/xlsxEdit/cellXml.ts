import { CellValue } from "../../../domain/cells/cellValue";
import { addressOf, CellElement } from "./sheetCells";
import { Token, bytesAsLatin1, utf8Of } from "./xmlTokens";
import { attribute, attributesOf, decodeExcelEscapes, escapeCellText, unescapeXml } from "./xmlText";

/** What a `<c>` element holds, as far as checking a fix needs it. */
export interface CellContent {
  /** It holds a formula (`<f>`), or lies in the range of an array formula or data table. */
  formula: boolean;
  /** Its value, but for a shared string, which is `sharedIndex` in the shared strings part. */
  value: CellValue;
  sharedIndex?: number;
}

/** The content of a cell element as Excel reads it. */
export function cellContent(cell: CellElement): CellContent {
  const start = cell.tokens[0];
  const type = attribute(start.raw, "t") ?? "n";
  const formula = cell.inArrayFormula || cell.tokens.some((token) => token.local === "f" && (token.kind === "start" || token.kind === "empty"));
  const v = textOf(cell.tokens, "v");
  if (type === "s") {
    const index = Number(v);
    return Number.isInteger(index) && index >= 0 && v !== undefined && v.trim() !== "" ? { formula, value: "", sharedIndex: index } : { formula, value: "" };
  }
  if (type === "inlineStr") return { formula, value: stringItemText(cell.tokens.slice(1)) };
  if (v === undefined) return { formula, value: "" };
  if (type === "str" || type === "e" || type === "d") return { formula, value: decodeExcelEscapes(v) };
  if (type === "b") return { formula, value: v.trim() === "1" || v.trim() === "true" };
  const number = Number(v);
  return { formula, value: v.trim() !== "" && Number.isFinite(number) ? number : v };
}

/** The text of the first `<name>` child among the tokens (decoded), or undefined without one. */
function textOf(tokens: Token[], local: string): string | undefined {
  const at = tokens.findIndex((token) => token.local === local && (token.kind === "start" || token.kind === "empty"));
  if (at < 0) return undefined;
  if (tokens[at].kind === "empty") return "";
  let text = "";
  for (let i = at + 1; i < tokens.length && !(tokens[i].kind === "end" && tokens[i].local === local); i++) text += characterData(tokens[i]);
  return text;
}

function characterData(token: Token): string {
  if (token.kind === "text") return unescapeXml(utf8Of(token.raw));
  if (token.kind === "cdata") return utf8Of(token.raw.slice(9, -3));
  return "";
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of a cell): its `<t>`
 * elements, directly or in rich text runs, but not the phonetic guides (`<rPh>`) that
 * annotate East Asian text, which Excel does not show as part of the value.
 */
export function stringItemText(tokens: Token[]): string {
  let text = "";
  let inPhonetic = 0;
  let inText = false;
  for (const token of tokens) {
    if (token.local === "rPh" && token.kind === "start") inPhonetic++;
    else if (token.local === "rPh" && token.kind === "end") inPhonetic--;
    else if (token.local === "t" && token.kind === "start") inText = true;
    else if (token.local === "t" && token.kind === "end") inText = false;
    else if (inText && !inPhonetic) text += characterData(token);
  }
  return decodeExcelEscapes(text);
}

/**
 * The cell with `text` as its value, an inline string: its start tag as it was (the style
 * `s` and every other attribute kept, in their order and quoting) but for the type `t`,
 * which becomes "inlineStr", and `vm`, the rich value the old content pointed at; a cell's
 * `extLst` is kept. Bytes as latin1 characters.
 */
export function inlineStringCell(cell: CellElement, text: string): string {
  const start = cell.tokens[0];
  const prefix = start.name.slice(0, start.name.length - start.local.length);
  let tag = start.kind === "empty" ? start.raw.replace(/\s*\/>$/, "") : start.raw.replace(/\s*>$/, "");
  for (const a of attributesOf(tag).reverse()) if (a.name === "t" || a.name === "vm") tag = tag.slice(0, a.start) + tag.slice(a.end);
  const at = cell.tokens.findIndex((token) => token.local === "extLst" && token.kind === "start");
  const end = at < 0 ? -1 : cell.tokens.findIndex((token, i) => i > at && token.local === "extLst" && token.kind === "end");
  const extension = at < 0 || end < 0 ? "" : cell.tokens.slice(at, end + 1).map((token) => token.raw).join("");
  return `${tag} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${bytesAsLatin1(escapeCellText(text))}</${prefix}t></${prefix}is>${extension}</${start.name}>`;
}

/** One row of plain values as a `<row>` element of inline strings, numbers and booleans (UTF-8 text). */
export function rowXml(rowNumber: number, values: readonly CellValue[], prefix = ""): string {
  const cells = values.map((value, i) => {
    const r = addressOf(rowNumber, i + 1);
    if (value === "" || value === null || value === undefined) return "";
    if (typeof value === "number" && Number.isFinite(value)) return `<${prefix}c r="${r}"><${prefix}v>${value}</${prefix}v></${prefix}c>`;
    if (typeof value === "boolean") return `<${prefix}c r="${r}" t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
    return `<${prefix}c r="${r}" t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeCellText(String(value))}</${prefix}t></${prefix}is></${prefix}c>`;
  });
  return `<${prefix}row r="${rowNumber}"${values.length ? ` spans="1:${values.length}"` : ""}>${cells.join("")}</${prefix}row>`;
}

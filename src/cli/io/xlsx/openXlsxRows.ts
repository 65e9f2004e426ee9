import { OutlyingCell, RowBatch, SheetRowSource, WorkbookRowSource } from "../../../domain/sheetStream";
import { fileErrorReason } from "../fileErrors";
import { defaultKeepBudget, KeptPass } from "../keptPass";
import { UnreadableFileError } from "../readWorkbookFile";
import { parseRange } from "./cellReference";
import { identifyFile, nonWorkbookRefusal } from "./fileIdentity";
import { MIN_CELL_XML_BYTES } from "./heldCellBudget";
import { parseCellFormats } from "./numberFormats";
import { MalformedPartError } from "./partXml";
import { parseRelationships, Relationship, relationshipsPartOf } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { MergedRange, peekDimension, readSheetRows, SheetContext, SheetPassFacts, withMergedCellsBlanked } from "./sheetPart";
import { parseContentTypes, parseTableName, parseWorkbookPart } from "./workbookPart";
import { formatBytes, zipBombRefusal } from "./zipBombLimits";
import { ZipPackage, ZipReadError } from "./zipPackage";
import { formatCount } from "../../../domain/text/formatCount";

/** A sheet of an .xlsx package as a row stream; besides `SheetRowSource`, the merged ranges its last complete pass found. */
export interface XlsxSheetSource extends SheetRowSource {
  mergedRanges(): MergedRange[];
}

/** An .xlsx workbook as row streams; `close()` lets go of the file. */
export interface XlsxRowSource extends WorkbookRowSource {
  sheets: XlsxSheetSource[];
  date1904: boolean;
  close(): void;
}

export interface OpenXlsxOptions {
  /**
   * Refuse up front a sheet whose `<dimension>`, cross-checked with its part's size, could
   * hold more cells than this (for a reader that gathers the rows into one grid).
   */
  cellBudget?: number;
  /** Bytes a sheet's rows may take to be kept from its first pass for the next (see `KeptPass`); 0 reads the file on every pass. */
  keepBudget?: number;
}

/**
 * Opens an .xlsx (or .xlsm) workbook as row streams: the file is identified first (an empty
 * file, a lock file, an encrypted workbook, an .xls, a text file, a truncated zip, an .ods
 * or a .docx are refused with a sentence saying what they are), the zip's central directory
 * is judged for bombs before anything is inflated, then the workbook's structure (sheets,
 * date system, shared strings, styles, tables) is read; each sheet's rows are read as a
 * stream when asked for. Every refusal is an `UnreadableFileError` (exit 2).
 */
export async function openXlsxRows(path: string, options: OpenXlsxOptions = {}): Promise<XlsxRowSource> {
  let identity;
  try {
    identity = await identifyFile(path);
  } catch (error) {
    throw new UnreadableFileError(`${path}: ${fileErrorReason(error, { ENOENT: "no such file" })}`);
  }
  if ("refusal" in identity) throw new UnreadableFileError(`${path}: ${identity.refusal}`);
  let zip: ZipPackage;
  try {
    zip = await ZipPackage.open(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const bomb = zipBombRefusal(zip.entries);
    if (bomb) throw new UnreadableFileError(`${path}: ${bomb}`);
    return await readStructure(path, zip, options);
  } catch (error) {
    zip.close();
    throw unreadable(path, error);
  }
}

/** Any error on the way as one sentence about the file. */
function unreadable(path: string, error: unknown): Error {
  if (error instanceof UnreadableFileError) return error;
  if (error instanceof ZipReadError) {
    if (error.kind === "inflates-past-declared") return new UnreadableFileError(`${path}: ${error.message}`);
    return new UnreadableFileError(`${path}: not a readable .xlsx workbook: ${error.message}`);
  }
  if (error instanceof MalformedPartError) return new UnreadableFileError(`${path}: not a readable .xlsx workbook: ${error.message}`);
  if ((error as NodeJS.ErrnoException)?.code) return new UnreadableFileError(`${path}: ${fileErrorReason(error)}`);
  return error as Error;
}

const WORKSHEET = "worksheet";

async function readStructure(path: string, zip: ZipPackage, options: OpenXlsxOptions): Promise<XlsxRowSource> {
  const relationshipsOf = async (part: string): Promise<Relationship[]> => {
    const relsPart = relationshipsPartOf(part);
    return zip.has(relsPart) ? parseRelationships(relsPart, await zip.text(relsPart), part) : [];
  };
  // The workbook part is the package's officeDocument; Excel and every other writer name it xl/workbook.xml.
  const packageRelationships = zip.has("_rels/.rels") ? parseRelationships("_rels/.rels", await zip.text("_rels/.rels"), "") : [];
  // A .docx declares word/document.xml as its officeDocument: only a spreadsheet's main part is a workbook.
  const contentType = zip.has("[Content_Types].xml") ? parseContentTypes(await zip.text("[Content_Types].xml")) : () => undefined;
  const isWorkbookPart = (part: string) => /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/i.test(contentType(part) ?? "") || /(^|\/)workbook\.xml$/i.test(part);
  const declared = packageRelationships.find((relationship) => relationship.type === "officeDocument" && zip.has(relationship.target) && isWorkbookPart(relationship.target));
  const workbookName = declared?.target ?? "xl/workbook.xml";
  if (!zip.has(workbookName)) throw new UnreadableFileError(`${path}: ${await nonWorkbookRefusal(zip)}`);

  const workbook = parseWorkbookPart(workbookName, await zip.text(workbookName));
  const relationships = await relationshipsOf(workbookName);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const partOfType = (type: string, fallback: string) => {
    const target = relationships.find((relationship) => relationship.type === type)?.target;
    return target && zip.has(target) ? target : zip.has(fallback) ? fallback : undefined;
  };
  const stylesPart = partOfType("styles", "xl/styles.xml");
  const stringsPart = partOfType("sharedStrings", "xl/sharedStrings.xml");
  const context: SheetContext = {
    cellFormats: stylesPart ? parseCellFormats(await zip.text(stylesPart)) : [],
    sharedStrings: stringsPart ? await readSharedStrings(await zip.stream(stringsPart), stringsPart) : [],
    date1904: workbook.date1904,
  };

  const sheets: XlsxSheetSource[] = [];
  for (const entry of workbook.sheets) {
    const relationship = byId.get(entry.relationshipId);
    // Chart sheets, dialog and macro sheets hold no cells; Excel's range.values has none of them either.
    if (relationship && relationship.type !== WORKSHEET) continue;
    if (!relationship || !zip.has(relationship.target)) {
      throw new UnreadableFileError(`${path}: not a readable .xlsx workbook: its sheet "${entry.name}" has no part in the package (the file is damaged)`);
    }
    const part = relationship.target;
    const tables: string[] = [];
    for (const sheetRelationship of await relationshipsOf(part)) {
      if (sheetRelationship.type !== "table" || !zip.has(sheetRelationship.target)) continue;
      const name = parseTableName(sheetRelationship.target, await zip.text(sheetRelationship.target));
      if (name) tables.push(name);
    }
    if (options.cellBudget !== undefined) await refuseOversizedSheet(path, zip, entry.name, part, options.cellBudget);
    sheets.push(sheetSource(path, zip, entry.name, part, tables, context, options.keepBudget ?? defaultKeepBudget()));
  }
  return { sheets, date1904: workbook.date1904, close: () => zip.close() };
}

/**
 * Refuses a sheet whose declared used range could not be held, before its rows are read: the
 * `<dimension>` says how many cells the range spans, the part's declared size how many cells
 * its XML could hold at most; the smaller of the two is what the sheet may really bring. A
 * wrong dimension (many writers write "A1" whatever the sheet holds) thus never refuses a
 * sheet, and a huge one refuses only a part large enough to hold that many cells.
 */
async function refuseOversizedSheet(path: string, zip: ZipPackage, name: string, part: string, budget: number): Promise<void> {
  const size = zip.entry(part)?.uncompressedSize ?? 0;
  const mostByBytes = Math.floor(size / MIN_CELL_XML_BYTES);
  if (mostByBytes <= budget) return;
  const reference = await peekDimension(part, await zip.stream(part));
  const range = reference ? parseRange(reference) : undefined;
  if (!range) return;
  const rows = range.bottom - range.top + 1;
  const columns = range.right - range.left + 1;
  const possible = Math.min(rows * columns, mostByBytes);
  if (possible <= budget) return;
  const count = (n: number) => formatCount(n);
  throw new UnreadableFileError(
    `${path}: refused: its sheet "${name}" declares ${count(rows)} rows by ${count(columns)} columns (${reference}), and its ${formatBytes(size)} of XML could hold up to ${count(possible)} cells, more than the ${count(budget)} this tool can hold in memory; save the sheet's used range only, or split it`,
  );
}

function sheetSource(path: string, zip: ZipPackage, name: string, part: string, tables: string[], context: SheetContext, keepBudget: number): XlsxSheetSource {
  let known: SheetPassFacts | undefined;
  // The first complete pass's rows, kept for the next pass where they fit (see KeptPass).
  let kept: RowBatch[] | undefined;
  return {
    name,
    ...(tables.length ? { tables } : {}),
    rows(): AsyncIterable<RowBatch> {
      return {
        async *[Symbol.asyncIterator]() {
          if (kept && known) {
            const batches = kept;
            kept = undefined;
            // The first pass did not know the merged ranges yet; this one does, as a second read would.
            yield* withMergedCellsBlanked(batches, known.mergedRanges);
            return;
          }
          const keeping = { characters: 0, strings: 0, bytes: 0 };
          const facts: SheetPassFacts = { hiddenRows: [], outlyingCells: [], mergedRanges: [], keeping };
          const keeper = known ? undefined : new KeptPass(keepBudget);
          const partBytes = zip.entry(part)?.uncompressedSize ?? 0;
          try {
            let counted = { characters: 0, strings: 0 };
            for await (const batch of readSheetRows(part, await zip.stream(part), context, facts, known?.mergedRanges)) {
              if (keeper?.keeping) {
                keeper.keep(batch, { characters: keeping.characters - counted.characters, strings: keeping.strings - counted.strings }, partBytes > 0 ? keeping.bytes / partBytes : 1);
                counted = { characters: keeping.characters, strings: keeping.strings };
              }
              yield batch;
            }
          } catch (error) {
            throw unreadable(path, error);
          }
          known = facts;
          kept = keeper?.take();
        },
      };
    },
    hiddenRows: () => known?.hiddenRows,
    outlyingCells: (): OutlyingCell[] => known?.outlyingCells ?? [],
    mergedRanges: () => known?.mergedRanges ?? [],
  };
}

import { cellPosition } from "../domain/cells/columnLetter";
import { CellFlag } from "../domain/flags/flagPlan";
import { Severity } from "../domain/issues/issueCodes";
import { readSheetRows } from "./sheetRows";

/** A flagged cell: what it held before (fill, note) and the flag on it now. */
export interface PreviousState {
  flag: CellFlag;
  /** "#RRGGBB", or null where the cell had no fill. */
  fill: string | null;
  note: string | null;
}

/**
 * Where the record of flagged cells lives: custom XML parts of the workbook (ExcelApi 1.5),
 * stored in the file and seen by no one, under this namespace. Not a hidden sheet: on
 * Windows and Mac, hiding a sheet clears Excel's undo history, and deleting one does so
 * everywhere (Microsoft's "Undo support with the Excel JavaScript API"); custom XML parts
 * support undo. Releases before this one kept the record in a very hidden sheet, still read.
 */
export const FLAG_RECORD_NAMESPACE = "urn:incident-curator:flag-record:1";
/** The very hidden sheet of earlier releases. */
export const LEGACY_RECORD_SHEET = "Curation flags";

/** Characters of JSON per part: at most three bytes each in UTF-8, well under Excel on the web's 5 MB a request. */
const PART_CHARS = 1_000_000;

type Entry = [sheet: string, address: string, fill: string | null, note: string | null, severity: Severity, flagNote: string];

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const uncdata = (xml: string) => [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]).join("");

/** Entries as parts of at most PART_CHARS characters of JSON each (one part even when empty). */
function partsOf(states: readonly PreviousState[]): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let length = 0;
  const close = () => {
    parts.push(`<flagRecord xmlns="${FLAG_RECORD_NAMESPACE}" part="${parts.length + 1}">${cdata(`[${current.join(",")}]`)}</flagRecord>`);
    current = [];
    length = 0;
  };
  for (const { flag, fill, note } of states) {
    const entry = JSON.stringify([flag.sheet, flag.address, fill, note, flag.severity, flag.note] satisfies Entry);
    if (current.length > 0 && length + entry.length > PART_CHARS) close();
    current.push(entry);
    length += entry.length + 1;
  }
  if (current.length > 0 || parts.length === 0) close();
  return parts;
}

function stateOf([sheet, address, fill, note, severity, flagNote]: Entry): PreviousState {
  return { flag: { sheet, address, ...cellPosition(address), severity, note: flagNote }, fill, note };
}

/** The record's parts, their ids queued for loading with the next sync. */
function queueRecordParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(FLAG_RECORD_NAMESPACE);
  parts.load("items/id");
  return parts;
}

/** The record's parts, loaded (their ids). */
async function recordParts(context: Excel.RequestContext): Promise<Excel.CustomXmlPartScopedCollection> {
  const parts = queueRecordParts(context);
  await context.sync();
  return parts;
}

/** Whether a record is there (custom XML parts, or an earlier release's sheet), without reading it. */
export async function hasFlagRecord(context: Excel.RequestContext): Promise<boolean> {
  // One request: the parts and an earlier release's sheet are asked for together.
  const parts = queueRecordParts(context);
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEGACY_RECORD_SHEET);
  await context.sync();
  return parts.items.length > 0 || !sheet.isNullObject;
}

/** The record as written by `writeFlagRecord` (or by an earlier release's sheet); null where nothing is flagged. */
export async function readFlagRecord(context: Excel.RequestContext): Promise<PreviousState[] | null> {
  const parts = await recordParts(context);
  if (parts.items.length > 0) {
    const states: PreviousState[] = [];
    for (const part of parts.items) {
      // One part an answer: together they may pass Excel on the web's 5 MB.
      const xml = part.getXml();
      await context.sync();
      states.push(...(JSON.parse(uncdata(xml.value) || "[]") as Entry[]).map(stateOf));
    }
    return states;
  }
  return readLegacySheet(context);
}

/**
 * Writes the record over the parts there are (setXml), adding or deleting parts for the
 * difference; the sheet of an earlier release, if any, goes once its record is in the parts.
 */
export async function writeFlagRecord(context: Excel.RequestContext, states: readonly PreviousState[]): Promise<void> {
  const existing = await recordParts(context);
  const texts = partsOf(states);
  for (let i = 0; i < Math.max(texts.length, existing.items.length); i++) {
    if (i < texts.length && i < existing.items.length) existing.items[i].setXml(texts[i]);
    else if (i < texts.length) context.workbook.customXmlParts.add(texts[i]);
    else existing.items[i].delete();
    // One part a request: each stays under the request limit on its own.
    await context.sync();
  }
  await deleteLegacySheet(context);
}

/** Removes the record: its parts, and an earlier release's sheet. */
export async function deleteFlagRecord(context: Excel.RequestContext): Promise<void> {
  const parts = await recordParts(context);
  for (const part of parts.items) part.delete();
  await context.sync();
  await deleteLegacySheet(context);
}

/** An earlier release's record: a very hidden sheet of rows sheet, address, previous fill, had note, previous note. */
async function readLegacySheet(context: Excel.RequestContext): Promise<PreviousState[] | null> {
  const record = await readSheetRows(context, LEGACY_RECORD_SHEET, "A:E");
  if (!record) return null;
  return record.rows
    .filter(([sheet, address]) => sheet !== "" && /^[A-Z]+\d+$/.test(String(address)))
    .map(([sheet, address, fill, hadNote, note]) => ({
      // The flag it shows is unknown: an update rewrites it.
      flag: { sheet: String(sheet), address: String(address), ...cellPosition(String(address)), severity: "info" as Severity, note: "" },
      fill: String(fill) === "#FFFFFF" ? null : String(fill),
      note: hadNote === "yes" ? String(note) : null,
    }));
}

async function deleteLegacySheet(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEGACY_RECORD_SHEET);
  await context.sync();
  if (sheet.isNullObject) return;
  // A very hidden sheet cannot be deleted (Excel refuses with InvalidOperation): hidden first, in the same request.
  sheet.visibility = "Hidden";
  sheet.delete();
  await context.sync();
}

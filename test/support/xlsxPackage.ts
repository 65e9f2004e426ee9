import { readFileSync } from "node:fs";
import JSZip from "jszip";

/**
 * One part of an .xlsx package as the file holds it (`xl/workbook.xml`), read without
 * exceljs, so that a test sees what a writer really wrote and no library's reading of it.
 */
export async function packagePart(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const entry = zip.file(part);
  if (!entry) throw new Error(`${path} has no part ${part}`);
  return entry.async("string");
}

/** The number a cell of a worksheet part stores (its `<v>`), by address; undefined for a cell with none. */
export function storedNumber(sheetXml: string, address: string): number | undefined {
  const cell = new RegExp(`<c\\b[^>]*?\\sr="${address}"(?:[^>]*?/>|[^>]*>(.*?)</c>)`, "s").exec(sheetXml);
  const value = cell?.[1] === undefined ? undefined : /<v>([^<]*)<\/v>/.exec(cell[1]);
  return value ? Number(value[1]) : undefined;
}

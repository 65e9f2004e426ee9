import { open } from "node:fs/promises";
import { basename } from "node:path";
import { OLE_MAGIC, oleStreamNames } from "./oleCompoundFile";
import { ZipPackage } from "./zipPackage";

/** Where a file is surely no .xlsx package, what it is instead, as a phrase after "x.xlsx: "; undefined for a zip package. */
export type Identity = { zip: true } | { refusal: string };

/** Excel's owner ("lock") file is 165 bytes; anything this small named `~$…` is one. */
const LOCK_FILE_MAX_BYTES = 4096;

/**
 * What a file is, from its name, size and first bytes, before it is opened as a zip package:
 * empty, Excel's lock file, an OLE compound file (an encrypted workbook, an .xls, a .doc),
 * a text or HTML file named .xlsx, or a zip package (to be looked into).
 * Errors of the file system (no such file, permission) are thrown as they come.
 */
export async function identifyFile(path: string): Promise<Identity> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    if (size === 0) return { refusal: "not an .xlsx workbook (the file is empty, 0 bytes); was it saved completely?" };
    const name = basename(path);
    if (name.startsWith("~$") && size <= LOCK_FILE_MAX_BYTES) {
      const owner = name.slice(2);
      return { refusal: `is Excel's lock file for ${owner}, which is open in Excel; check ${owner} itself` };
    }
    const head = Buffer.alloc(Math.min(size, 4096));
    await file.read(head, 0, head.length, 0);
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return { zip: true };
    // An empty zip (end of central directory only) is a zip too, and says so when opened.
    if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return { zip: true };
    if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) return { refusal: oleRefusal(await oleStreamNames(file, size)) };
    return { refusal: notZipRefusal(head) };
  } finally {
    await file.close();
  }
}

function oleRefusal(names: string[] | undefined): string {
  const has = (stream: string) => names?.some((name) => name.toLowerCase() === stream.toLowerCase()) ?? false;
  if (has("EncryptionInfo") || has("EncryptedPackage")) {
    return "is an encrypted workbook (protected with a password to open); remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, and clear it), save, and try again";
  }
  if (has("Workbook") || has("Book")) return "is an Excel 97–2003 workbook (.xls), which this tool does not read; open it in Excel or LibreOffice and save it as .xlsx";
  if (has("WordDocument")) return "is a Word 97–2003 document (.doc), not a workbook";
  if (has("PowerPoint Document")) return "is a PowerPoint 97–2003 presentation (.ppt), not a workbook";
  return "is an OLE compound file (an Office 97–2003 document or similar), not an .xlsx workbook";
}

function notZipRefusal(head: Buffer): string {
  const text = head.toString("utf8").replace(/^\ufeff/, "");
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith("<")) {
    if (text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "is an Excel 2003 XML spreadsheet, not an .xlsx workbook; open it in Excel and save it as .xlsx";
    if (/<(!doctype html|html|table|body)\b/.test(start)) return "is a web page (HTML) named .xlsx, as some sites export \"Excel\" files, not an .xlsx workbook; open it in Excel and save it as .xlsx";
    return "is an XML file, not an .xlsx workbook (which is a zip package)";
  }
  const controls = [...head.subarray(0, 1024)].filter((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20)).length;
  if (controls === 0) return "not an .xlsx workbook (the file is not a zip package): it is text, a CSV file named .xlsx?; if it is one, name it .csv";
  return "not an .xlsx workbook (the file is not a zip package)";
}

/** What a zip package that has no workbook part holds, as a phrase after "x.xlsx: ". */
export async function nonWorkbookRefusal(zip: ZipPackage): Promise<string> {
  const mimetype = zip.entry("mimetype");
  if (mimetype && mimetype.uncompressedSize < 256) {
    const type = (await zip.text("mimetype")).trim();
    if (type === "application/vnd.oasis.opendocument.spreadsheet" || type === "application/vnd.oasis.opendocument.spreadsheet-template") {
      return "is an OpenDocument spreadsheet (.ods), which this tool does not read; open it in LibreOffice or Excel and save it as .xlsx";
    }
    if (type.startsWith("application/vnd.oasis.opendocument.text")) return "is an OpenDocument text document (.odt), not a workbook";
    if (type.startsWith("application/vnd.oasis.opendocument.presentation")) return "is an OpenDocument presentation (.odp), not a workbook";
    if (type.startsWith("application/vnd.oasis.opendocument.")) return `is an OpenDocument file (${type}), not a workbook`;
  }
  if (zip.has("xl/workbook.bin")) return "is an Excel binary workbook (.xlsb), which this tool does not read; open it in Excel and save it as .xlsx";
  if (zip.has("word/document.xml")) return "is a Word document (.docx) named .xlsx, not a workbook";
  if (zip.has("ppt/presentation.xml")) return "is a PowerPoint presentation (.pptx) named .xlsx, not a workbook";
  if (zip.has("visio/document.xml")) return "is a Visio drawing (.vsdx) named .xlsx, not a workbook";
  if (zip.entries.length === 0) return "is an empty zip archive, not a workbook";
  const shown = zip.entries.slice(0, 3).map((entry) => entry.name);
  const more = zip.entries.length > 3 ? ` and ${zip.entries.length - 3} more` : "";
  return `is a zip archive that holds no workbook (no xl/workbook.xml; it holds ${shown.join(", ")}${more}), not an .xlsx workbook`;
}

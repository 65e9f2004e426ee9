import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import JSZip from "jszip";
import yauzl from "yauzl";
import { CellValue } from "../../../../src/domain/cells/cellValue";

/**
 * Workbooks with the parts `curate normalize` must keep, made at test time: openpyxl writes
 * notes (legacy comments and VML), a chart, a defined name, merged cells, a hidden row,
 * styles and formulas; LibreOffice rewrites that with its own writer; the parts no tool
 * here writes (an external link, threaded comments, custom XML, printer settings, macros,
 * a shared formula) are added by hand, as Excel would write them.
 */

const WHEEL_DIRS = ["/opt/pypi/files", "/opt/wheels"];
export const SOFFICE = "/usr/bin/soffice";

/** The PYTHONPATH under which python3 imports openpyxl (from the wheels on disk where not installed), or undefined. */
export function openpyxlPath(): string | undefined {
  const imports = (path: string) => spawnSync("python3", ["-c", "import openpyxl"], { env: { ...process.env, PYTHONPATH: path }, stdio: "ignore" }).status === 0;
  if (imports(process.env.PYTHONPATH ?? "")) return process.env.PYTHONPATH ?? "";
  const wheels = ["openpyxl", "et_xmlfile"].map((module) => {
    for (const dir of WHEEL_DIRS) {
      const wheel = existsSync(dir) ? readdirSync(dir).find((name) => name.toLowerCase().startsWith(`${module}-`) && name.endsWith("-none-any.whl")) : undefined;
      if (wheel) return join(dir, wheel);
    }
    return undefined;
  });
  if (wheels.some((wheel) => wheel === undefined)) return undefined;
  return imports(wheels.join(":")) ? wheels.join(":") : undefined;
}

/** An openpyxl workbook of `rows` on a sheet "Incidents" (see featureWorkbook.py), with a Curation log sheet of `log` rows if given. */
export function openpyxlWorkbook(path: string, rows: CellValue[][], log?: CellValue[][]): void {
  const pythonPath = openpyxlPath();
  if (pythonPath === undefined) throw new Error("openpyxl cannot be imported (no wheel in /opt/pypi/files)");
  execFileSync("python3", [join(__dirname, "featureWorkbook.py"), path], { input: JSON.stringify({ rows, log: log ?? null }), env: { ...process.env, PYTHONPATH: pythonPath } });
}

/** The workbook as LibreOffice writes it (its own writer: shared strings, its chart and comment parts). */
export function libreOfficeCopy(input: string, folder: string): string {
  mkdirSync(folder, { recursive: true });
  const profile = join(folder, "profile");
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", folder, input], { stdio: "ignore", timeout: 120_000 });
  return join(folder, basename(input));
}

/** The first sheet as LibreOffice reads it, as CSV rows (naively split: the test values hold no commas or quotes). */
export function libreOfficeCsv(input: string, folder: string): string[][] {
  mkdirSync(folder, { recursive: true });
  const profile = join(folder, "profile");
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder, input], { stdio: "ignore", timeout: 120_000 });
  const csv = join(folder, basename(input).replace(/\.[^.]+$/, ".csv"));
  return readFileSync(csv, "utf8").trimEnd().split(/\r?\n/).map((line) => line.split(","));
}

const EXTERNAL_LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
const THREADED_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="F2" dT="2024-03-16T09:00:00.00" personId="{6B7C2A10-0000-4000-8000-000000000001}" id="{1F0E4C2B-0000-4000-8000-000000000002}"><text>Is this ISSP or ISWAP?</text></threadedComment></ThreadedComments>`;
const PERSONS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Curator" id="{6B7C2A10-0000-4000-8000-000000000001}" userId="curator" providerId="None"/></personList>`;
const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?><pivotLike xmlns="urn:incident-curator:test"><cacheField name="actor1"/><item v="ISIS militants"/></pivotLike>`;
const CUSTOM_XML_PROPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<ds:datastoreItem ds:itemID="{3C1D2B4A-0000-4000-8000-000000000003}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`;

/** Bytes any tool would see as opaque (a VBA project, printer settings): fixed, and compressible by very little. */
export function opaqueBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/**
 * Adds to a workbook (in place) what Excel writes and no tool here can: an external link
 * (`[1]Sheet1!A1` in cell `formulaCell`), threaded comments on F2, custom XML, printer
 * settings, a shared formula over the LEN column, a formula whose cached value is a name
 * to fix (`cachedNameCell`), and for a macro workbook a VBA project. Deflated by jszip,
 * with its entry order.
 */
export async function addHandMadeParts(path: string, options: { macros?: boolean; lenColumn: string; lastRow: number; cachedNameCell: string; formulaCell: string }): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (name: string) => zip.file(name)!.async("string");
  let sheet = await text("xl/worksheets/sheet1.xml");
  // LEN(F2) … LEN(Fn) as Excel saves a filled-down formula: one shared formula.
  const col = options.lenColumn;
  sheet = sheet.replace(new RegExp(`<c r="${col}2"([^>]*)><f>LEN\\(F2\\)</f>(<v>[^<]*</v>|<v ?/>)?</c>`), `<c r="${col}2"$1><f t="shared" ref="${col}2:${col}${options.lastRow}" si="0">LEN(F2)</f><v>14</v></c>`);
  for (let r = 3; r <= options.lastRow; r++) sheet = sheet.replace(new RegExp(`<c r="${col}${r}"([^>]*)><f>LEN\\(F${r}\\)</f>(<v>[^<]*</v>|<v ?/>)?</c>`), `<c r="${col}${r}"$1><f t="shared" si="0"/><v>14</v></c>`);
  if (!sheet.includes('t="shared" si="0"/>')) throw new Error("no LEN formulas to share");
  // A name made by a formula, its cached value what the checker sees, and a formula reaching into another workbook.
  sheet = sheet.replace(new RegExp(`<c r="${options.cachedNameCell}"([^>]*?)( t="[^"]*")?>.*?</c>`), `<c r="${options.cachedNameCell}"$1 t="str"><f>"ISIS "&amp;"militants"</f><v>ISIS militants</v></c>`);
  sheet = sheet.replace(/<\/row>/, `<c r="${options.formulaCell}"><f>[1]Sheet1!A1</f><v>7</v></c></row>`);
  zip.file("xl/worksheets/sheet1.xml", sheet);

  let rels = await text("xl/worksheets/_rels/sheet1.xml.rels");
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/><Relationship Id="rIdPs1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
  );
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", rels);
  zip.file("xl/threadedComments/threadedComment1.xml", THREADED_COMMENTS);
  zip.file("xl/persons/person.xml", PERSONS);
  zip.file("xl/printerSettings/printerSettings1.bin", opaqueBytes(1200, 7));
  zip.file("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK);
  zip.file("xl/externalLinks/_rels/externalLink1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="other.xlsx" TargetMode="External"/></Relationships>`);
  zip.file("customXml/item1.xml", CUSTOM_XML);
  zip.file("customXml/itemProps1.xml", CUSTOM_XML_PROPS);
  zip.file("customXml/_rels/item1.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  if (options.macros) zip.file("xl/vbaProject.bin", opaqueBytes(5000, 11));

  let workbookRels = await text("xl/_rels/workbook.xml.rels");
  workbookRels = workbookRels.replace(
    "</Relationships>",
    `<Relationship Id="rIdEx1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>` +
      `<Relationship Id="rIdPe1" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>` +
      `<Relationship Id="rIdCx1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>` +
      (options.macros ? `<Relationship Id="rIdVb1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : "") +
      "</Relationships>",
  );
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);
  let workbook = await text("xl/workbook.xml");
  workbook = workbook.replace(/(<\/sheets>)/, `$1<externalReferences><externalReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdEx1"/></externalReferences>`);
  zip.file("xl/workbook.xml", workbook);
  let types = await text("[Content_Types].xml");
  types = types.replace(
    "</Types>",
    `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>` +
      `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>` +
      `<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>` +
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>` +
      `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>` +
      (options.macros ? `<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
      "</Types>",
  );
  if (options.macros) types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  zip.file("[Content_Types].xml", types);
  writeFileSync(`${path}.tmp`, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  renameSync(`${path}.tmp`, path);
}

/** One zip entry as stored: every field of its local header and central directory record, its compressed bytes and its content. */
export interface StoredEntry {
  name: string;
  central: Record<string, number | string>;
  local: Record<string, number | string>;
  compressed: Buffer;
  content: Buffer;
}

/** Every entry of a zip file as stored, in central directory order, read with yauzl. */
export async function storedEntries(path: string): Promise<StoredEntry[]> {
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => (error ? reject(error) : resolve(file))));
  const entries: yauzl.Entry[] = await new Promise((resolve, reject) => {
    const all: yauzl.Entry[] = [];
    zipfile.on("entry", (entry: yauzl.Entry) => {
      all.push(entry);
      zipfile.readEntry();
    });
    zipfile.on("end", () => resolve(all));
    zipfile.on("error", reject);
    zipfile.readEntry();
  });
  const read = async (entry: yauzl.Entry, raw: boolean) => {
    const stream = await zipfile.openReadStreamPromise(entry, raw ? { decodeFileData: false } : {});
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const stored: StoredEntry[] = [];
  for (const entry of entries) {
    const local = await zipfile.readLocalFileHeaderPromise(entry);
    stored.push({
      name: entry.fileName,
      central: {
        versionMadeBy: entry.versionMadeBy,
        versionNeededToExtract: entry.versionNeededToExtract,
        generalPurposeBitFlag: entry.generalPurposeBitFlag,
        compressionMethod: entry.compressionMethod,
        lastModFileTime: entry.lastModFileTime,
        lastModFileDate: entry.lastModFileDate,
        crc32: entry.crc32,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        internalFileAttributes: entry.internalFileAttributes,
        externalFileAttributes: entry.externalFileAttributes,
        extraField: entry.extraFieldRaw.toString("hex"),
        comment: entry.fileCommentRaw.toString("hex"),
      },
      local: {
        versionNeededToExtract: local.versionNeededToExtract,
        generalPurposeBitFlag: local.generalPurposeBitFlag,
        compressionMethod: local.compressionMethod,
        lastModFileTime: local.lastModFileTime,
        lastModFileDate: local.lastModFileDate,
        crc32: local.crc32,
        compressedSize: local.compressedSize,
        uncompressedSize: local.uncompressedSize,
        fileName: local.fileName.toString("hex"),
        extraField: local.extraField.toString("hex"),
      },
      compressed: await read(entry, true),
      content: entry.compressionMethod === 0 || entry.compressionMethod === 8 ? await read(entry, false) : Buffer.alloc(0),
    });
  }
  zipfile.close();
  return stored;
}

/** A worksheet part with the named cells' elements cut out (each left as a marker), to compare what is around them. */
export function withoutCells(sheetXml: string, addresses: string[]): string {
  let result = sheetXml;
  for (const address of addresses) result = result.replace(new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`, "s"), `[${address}]`);
  return result;
}

/** A cell element of a worksheet part, by address. */
export function cellElement(sheetXml: string, address: string): string | undefined {
  return new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`, "s").exec(sheetXml)?.[0];
}

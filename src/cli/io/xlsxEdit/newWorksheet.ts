import { CellValue } from "../../../domain/cells/cellValue";
import { rowXml } from "./cellXml";
import { entryNamed, prefixBoundTo, tokensOf, WorkbookParts } from "./workbookParts";
import { PackageError, ZipPackage } from "./zipPackage";
import { bytesAsLatin1 } from "./xmlTokens";
import { escapeAttribute } from "./xmlText";
import { addressOf } from "./sheetCells";

/** The parts that change when a worksheet is added: three replaced, one new. */
export interface AddedWorksheet {
  /** New texts (UTF-8 bytes) of the workbook part, its relationships and the content types, by entry name. */
  replaced: Map<string, Buffer>;
  part: { name: string; content: Buffer };
}

const NAMESPACES = {
  transitional: {
    main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  },
  strict: {
    main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
    relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    worksheet: "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
  },
};
const WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * A new last worksheet named `name` holding `rows` from A1: its part (the first free
 * `worksheets/sheetN.xml` beside the others), its `<sheet>` in the workbook part (the next
 * sheetId, a free relationship id), its relationship and its content type override. Every
 * other byte of the three edited parts is kept. `docProps/app.xml` is left alone: its list
 * of sheet titles is a cache that Excel and LibreOffice rebuild on saving and never check.
 */
export function addWorksheet(pkg: ZipPackage, parts: WorkbookParts, name: string, rows: readonly (readonly CellValue[])[]): AddedWorksheet {
  const ns = parts.strict ? NAMESPACES.strict : NAMESPACES.transitional;
  const folder = parts.folder ? `${parts.folder}/` : "";
  let n = 1;
  while (entryNamed(pkg, `${folder}worksheets/sheet${n}.xml`)) n++;
  const partName = `${folder}worksheets/sheet${n}.xml`;
  let id = parts.relationshipIds.size + 1;
  while (parts.relationshipIds.has(`rId${id}`)) id++;
  const relationshipId = `rId${id}`;
  const sheetId = Math.max(0, ...parts.sheets.map((sheet) => (Number.isFinite(sheet.sheetId) ? sheet.sheetId : 0))) + 1;
  const width = Math.max(1, ...rows.map((row) => row.length));

  const sheetXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}"><dimension ref="A1${rows.length ? `:${addressOf(rows.length, width)}` : ""}"/>` +
    `<sheetData>${rows.map((row, i) => rowXml(i + 1, row)).join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

  const relationshipPrefix = prefixBoundTo(parts.workbookXml, [ns.relationships]);
  const workbookXml = insertAtEnd(parts.workbookXml, "sheets", (prefix) =>
    `<${prefix}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${relationshipPrefix ? `${relationshipPrefix}:id` : `xmlns:r="${ns.relationships}" r:id`}="${relationshipId}"/>`,
  );
  const relsXml = insertAtEnd(parts.relsXml, "Relationships", (prefix) => `<${prefix}Relationship Id="${relationshipId}" Type="${ns.worksheet}" Target="worksheets/sheet${n}.xml"/>`);
  const contentTypesXml = insertAtEnd(parts.contentTypesXml, "Types", (prefix) => `<${prefix}Override PartName="/${partName}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`);
  return {
    replaced: new Map([
      [parts.workbook.name, Buffer.from(workbookXml, "latin1")],
      [parts.rels.name, Buffer.from(relsXml, "latin1")],
      [parts.contentTypes.name, Buffer.from(contentTypesXml, "latin1")],
    ]),
    part: { name: partName, content: Buffer.from(sheetXml, "utf8") },
  };
}

/** The document (latin1 characters) with `element(prefix)` added as the last child of its first `localName` element. */
function insertAtEnd(xml: string, localName: string, element: (prefix: string) => string): string {
  const tokens = tokensOf(xml);
  const start = tokens.find((token) => token.local === localName && (token.kind === "start" || token.kind === "empty"));
  if (!start) throw new PackageError(`its ${localName} element is missing`);
  const prefix = start.name.slice(0, start.name.length - localName.length);
  const added = bytesAsLatin1(element(prefix));
  if (start.kind === "empty") {
    const open = start.raw.replace(/\s*\/>$/, ">");
    return `${xml.slice(0, start.at)}${open}${added}</${start.name}>${xml.slice(start.at + start.raw.length)}`;
  }
  const end = tokens.find((token) => token.at > start.at && token.kind === "end" && token.name === start.name);
  if (!end) throw new PackageError(`its ${localName} element is not closed`);
  return `${xml.slice(0, end.at)}${added}${xml.slice(end.at)}`;
}

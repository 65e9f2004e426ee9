import JSZip from "jszip";

/** The workbook part, by the one name exceljs looks for. */
const WORKBOOK_PART = "xl/workbook.xml";
const WORKBOOK_PROPERTIES = /<(?:[A-Za-z_][\w.-]*:)?workbookPr\b[^>]*>/;
const DATE_1904 = /(\sdate1904\s*=\s*)(?:"([^"]*)"|'([^']*)')/;

/** The `date1904` attribute of a workbook part's `workbookPr`: where it is and what it says. */
function date1904Attribute(workbookXml: string): { index: number; length: number; name: string; value: string } | undefined {
  const properties = WORKBOOK_PROPERTIES.exec(workbookXml);
  const attribute = properties && DATE_1904.exec(properties[0]);
  if (!properties || !attribute) return undefined;
  return { index: properties.index + attribute.index, length: attribute[0].length, name: attribute[1], value: attribute[2] ?? attribute[3] };
}

/**
 * Whether a workbook part (`xl/workbook.xml`) counts dates from 1904. `date1904` is an
 * xsd:boolean, which Excel, exceljs and xlsxwriter write "1" and LibreOffice "true";
 * without it, dates count from 1900.
 */
export function date1904Of(workbookXml: string): boolean {
  const value = date1904Attribute(workbookXml)?.value.trim();
  return value === "1" || value === "true";
}

/**
 * The workbook's date system, and the package as exceljs must be given it to read and
 * write that system. exceljs takes only `date1904="1"` for the 1904 system: given the
 * "true" of LibreOffice it turns every date cell into a Date four years and a day early
 * and writes a copy in the 1900 system. Such a package is handed over saying "1", its
 * other parts as they were (their compressed bytes reused, not compressed again).
 */
export async function readableDateSystem(bytes: Buffer): Promise<{ bytes: Buffer; date1904: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  // exceljs takes an entry named "/xl/workbook.xml" for the workbook part too.
  const entry = Object.values(zip.files).find((file) => !file.dir && file.name.replace(/^\//, "") === WORKBOOK_PART);
  if (!entry) return { bytes, date1904: false };
  const xml = await entry.async("string");
  const attribute = date1904Attribute(xml);
  if (!attribute || !date1904Of(xml)) return { bytes, date1904: false };
  if (attribute.value === "1") return { bytes, date1904: true };
  zip.file(entry.name, `${xml.slice(0, attribute.index)}${attribute.name}"1"${xml.slice(attribute.index + attribute.length)}`);
  return { bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), date1904: true };
}

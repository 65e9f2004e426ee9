const WORKBOOK_PROPERTIES = /<(?:[A-Za-z_][\w.-]*:)?workbookPr\b[^>]*>/;
const DATE_1904 = /(\sdate1904\s*=\s*)(?:"([^"]*)"|'([^']*)')/;

/**
 * The `date1904` attribute of a workbook part's `workbookPr`: where it is and what it says
 * (exported for the test support that rewrites it for exceljs, test/support/exceljsGrid.ts).
 */
export function date1904Attribute(workbookXml: string): { index: number; length: number; name: string; value: string } | undefined {
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

import { date1904Of } from "../workbookDateSystem";
import { attribute, parseXmlText } from "./partXml";

/** A sheet as the workbook part lists it, in the workbook's order. */
export interface WorkbookSheetEntry {
  name: string;
  /** The relationship id (`r:id`) of its part in the workbook's relationships. */
  relationshipId: string;
  state?: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  /** Counts dates from 1904: read by `date1904Of`, as the exceljs path reads it ("1" or "true"). */
  date1904: boolean;
}

/** The workbook part (`xl/workbook.xml`): its sheets in order and its date system. */
export function parseWorkbookPart(part: string, xml: string): WorkbookPart {
  const sheets: WorkbookSheetEntry[] = [];
  let inSheets = false;
  parseXmlText(part, xml, {
    open(name, attributes, selfClosing) {
      if (name === "sheets") inSheets = !selfClosing;
      else if (name === "sheet" && inSheets) {
        const sheetName = attribute(attributes, "name");
        const relationshipId = attribute(attributes, "id", true);
        if (sheetName !== undefined && relationshipId) sheets.push({ name: sheetName, relationshipId, state: attribute(attributes, "state") });
      }
    },
    close(name) {
      if (name === "sheets") inSheets = false;
    },
  });
  return { sheets, date1904: date1904Of(xml) };
}

/** `[Content_Types].xml`: the content type of each part, by its name (lower case), overrides before defaults by extension. */
export function parseContentTypes(xml: string): (part: string) => string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  parseXmlText("[Content_Types].xml", xml, {
    open(name, attributes) {
      const type = attribute(attributes, "ContentType");
      if (!type) return;
      if (name === "Override") {
        const part = attribute(attributes, "PartName");
        if (part) overrides.set(part.replace(/^\//, "").toLowerCase(), type);
      } else if (name === "Default") {
        const extension = attribute(attributes, "Extension");
        if (extension) defaults.set(extension.toLowerCase(), type);
      }
    },
  });
  return (part) => overrides.get(part.toLowerCase()) ?? defaults.get(part.replace(/^.*\./, "").toLowerCase());
}

/** The names of the tables of a table part (`xl/tables/table1.xml`): its `displayName`, the name Excel shows and its API gives. */
export function parseTableName(part: string, xml: string): string | undefined {
  let tableName: string | undefined;
  parseXmlText(part, xml, {
    open(name, attributes) {
      if (name === "table" && tableName === undefined) tableName = attribute(attributes, "displayName") ?? attribute(attributes, "name");
    },
  });
  return tableName;
}

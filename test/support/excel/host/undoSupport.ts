/**
 * The Excel JavaScript API members that do not support undo, from Microsoft's "Undo support
 * with the Excel JavaScript API" (learn.microsoft.com, 2025-05): calling one clears the
 * user's undo stack from that call on. Only the members an add-in of this kind could touch
 * are listed, by class and wire name; the platforms where each clears it.
 */
export type Platform = "web" | "windows" | "mac";

const EVERYWHERE: Platform[] = ["web", "windows", "mac"];
const DESKTOP: Platform[] = ["windows", "mac"];

const CLEARS_UNDO: Record<string, Platform[]> = {
  "Worksheet.Delete": EVERYWHERE,
  "Worksheet.Copy": EVERYWHERE,
  "Worksheet.Name": DESKTOP,
  "Worksheet.Position": DESKTOP,
  "Worksheet.Visibility": DESKTOP,
  "Worksheet.StandardWidth": ["web"],
  "WorksheetCollection.AddFromBase64": EVERYWHERE,
  "Workbook.Save": EVERYWHERE,
  "Workbook.Close": EVERYWHERE,
  "Workbook.InsertWorksheetsFromBase64": EVERYWHERE,
  "WorksheetProtection.Protect": EVERYWHERE,
  "WorksheetProtection.Unprotect": EVERYWHERE,
  "WorkbookProtection.Protect": EVERYWHERE,
  "WorkbookProtection.Unprotect": EVERYWHERE,
  "NamedItem.Comment": ["web"],
  "DocumentProperties.Title": ["web"],
};

/** Whether calling or setting `member` of `className` clears the undo stack on `platform`. */
export function clearsUndo(className: string, member: string, platform: Platform): boolean {
  return CLEARS_UNDO[`${className}.${member}`]?.includes(platform) ?? false;
}

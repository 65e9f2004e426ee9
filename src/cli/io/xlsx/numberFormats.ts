import { attribute, parseXmlText } from "./partXml";

/**
 * Excel's built-in number formats by id, as exceljs names them (so that the two readers give
 * the same format text): ids 14–22 and 45–47 are dates and times. Ids 27–36 and 50–58 are the
 * East Asian built-in dates and times, which exceljs leaves without a format (so their serials
 * read as plain numbers); here they get the Japanese locale's code, which Excel writes them for,
 * so that they are told as dates. Ids 5–8, 23–26 and 41–44 depend on the locale's currency and
 * have no code in the file; as in exceljs, their cells read as General.
 */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  27: "[$-411]ge.m.d", 28: '[$-411]ggge"年"m"月"d"日"', 29: '[$-411]ggge"年"m"月"d"日"', 30: "m/d/yy", 31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"', 33: 'h"時"mm"分"ss"秒"', 34: 'yyyy"年"m"月"', 35: 'm"月"d"日"', 36: "[$-411]ge.m.d",
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
  50: "[$-411]ge.m.d", 51: '[$-411]ggge"年"m"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: '[$-411]ggge"年"m"月"d"日"',
  55: 'yyyy"年"m"月"', 56: 'm"月"d"日"', 57: "[$-411]ge.m.d", 58: '[$-411]ggge"年"m"月"d"日"',
};

/**
 * The number format of each cell style (`xl/styles.xml`: `cellXfs` by index → `numFmtId` →
 * a custom `numFmt` or a built-in code); undefined for a style without one (id 0, General),
 * as exceljs gives it: such a number reads as "General" and such text as no format.
 */
export function parseCellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const styleFormatIds: number[] = [];
  let inCellXfs = false;
  parseXmlText("xl/styles.xml", xml, {
    open(name, attributes, selfClosing) {
      if (name === "numFmt") {
        const id = Number(attribute(attributes, "numFmtId"));
        const code = attribute(attributes, "formatCode");
        // Backslash escapes dropped (LibreOffice writes "yyyy\-mm\-dd"), as exceljs gives format codes and the domain reads them.
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code.replace(/\\(.)/g, "$1"));
      } else if (name === "cellXfs") {
        inCellXfs = !selfClosing;
      } else if (name === "xf" && inCellXfs) {
        styleFormatIds.push(Number(attribute(attributes, "numFmtId") ?? 0) || 0);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styleFormatIds.map((id) => (id ? custom.get(id) || BUILT_IN[id] : undefined));
}

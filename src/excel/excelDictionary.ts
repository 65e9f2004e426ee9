import { DICTIONARY_HEADERS, DICTIONARY_SHEET_NAME } from "../domain/names/dictionary/workbookDictionary";
import { decisionRow, NameDecision } from "../domain/names/dictionary/decision";
import { DictionaryWriter } from "../services/dictionaryService";

/** Appends curators' decisions to the workbook's visible "Curation dictionary" sheet (created with its headers when missing). */
export class ExcelDictionaryWriter implements DictionaryWriter {
  async append(decisions: readonly NameDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    await Excel.run(async (context) => {
      let sheet = context.workbook.worksheets.getItemOrNullObject(DICTIONARY_SHEET_NAME);
      await context.sync();
      let next = 2;
      if (sheet.isNullObject) {
        sheet = context.workbook.worksheets.add(DICTIONARY_SHEET_NAME);
        sheet.getRange("A1:F1").values = [[...DICTIONARY_HEADERS]];
      } else {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        next = used.isNullObject ? 2 : used.rowIndex + used.rowCount + 1;
      }
      sheet.getRange(`A${next}:F${next + decisions.length - 1}`).values = decisions.map(decisionRow);
      await context.sync();
    });
  }
}

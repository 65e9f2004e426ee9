import { DICTIONARY_HEADERS, DICTIONARY_SHEET_NAME } from "../domain/names/dictionary/workbookDictionary";
import { decisionRow, NameDecision } from "../domain/names/dictionary/decision";
import { DictionaryWriter } from "../services/dictionaryService";
import { appendRows } from "./appendRows";
import { runExcel } from "./excelRun";

/** Appends curators' decisions to the workbook's visible "Curation dictionary" sheet (created with its headers when missing). */
export class ExcelDictionaryWriter implements DictionaryWriter {
  async append(decisions: readonly NameDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    await runExcel(async (context) => {
      await appendRows(context, DICTIONARY_SHEET_NAME, DICTIONARY_HEADERS, decisions.map(decisionRow));
    });
  }
}

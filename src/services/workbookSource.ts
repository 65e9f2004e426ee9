import { WorkbookGrid } from "../domain/sheetGrid";

/** Progress of a long read, for the pane's progress bar. */
export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
}

/** Where a workbook's sheets come from: Excel through its adapter, or a file. */
export interface WorkbookSource {
  /** Reads the incident and weapon sheets (found by name or headers) into plain values. */
  readWorkbook(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid>;
}

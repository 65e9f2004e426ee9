import { checkWorkbook, WorkbookCheck } from "../domain/checks/checkWorkbook";
import { ReadProgress, WorkbookSource } from "./workbookSource";

/** The application service behind the pane's Check button: read the sheets, check them. */
export class CheckService {
  constructor(private readonly source: WorkbookSource, private readonly today: () => string = () => new Date().toISOString().slice(0, 10)) {}

  /** Reads the workbook through its source and checks it. */
  async check(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookCheck> {
    const workbook = await this.source.readWorkbook(onProgress);
    return checkWorkbook(workbook, { today: this.today() });
  }
}

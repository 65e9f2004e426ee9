import * as React from "react";
import type { WorkbookCheck } from "../../domain/checks/checkWorkbook";
import type { WorkbookGrid } from "../../domain/sheetGrid";
import { columnHeadersOf } from "../../domain/headers/columnHeaders";
import { IssueList, type IssueListProps } from "../IssueList";

/** The findings list with the columns named as the user's sheets head them; loaded with the list, after the pane's first script. */
export function Findings({ result, workbook, ...props }: Omit<IssueListProps, "issues" | "headers"> & { result: WorkbookCheck; workbook: WorkbookGrid | null }): React.JSX.Element {
  const headers = React.useMemo(() => columnHeadersOf(result, workbook), [result, workbook]);
  return <IssueList issues={result.issues} headers={headers} {...props} />;
}

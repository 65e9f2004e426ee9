import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WorkbookCheck } from "../../domain/checks/checkWorkbook";
import { LOG_SHEET } from "../../domain/fixes/curationLog";
import { isDictionarySheet } from "../../domain/names/dictionary/workbookDictionary";

/** The add-in's own sheets (its log, a team's dictionary), never a sheet to check. */
const isOwnSheet = (name: string) => name === LOG_SHEET || isDictionarySheet(name);

function found(sheetNames: readonly string[]): string {
  const names = sheetNames.filter((name) => !isOwnSheet(name));
  if (names.length === 0) return "The workbook has no sheet with data.";
  return `${names.length === 1 ? "Its one sheet with data is" : "Its sheets with data are"} ${names.map((name) => `"${name}"`).join(", ")}.`;
}

/**
 * A missing incident or weapon sheet, said at the top: the sheets that were found and what
 * to do. Without an incident sheet nothing can be checked; without a weapon sheet the weapon
 * checks are skipped.
 */
export function MissingSheets({ result, sheetNames }: { result: WorkbookCheck; sheetNames: readonly string[] }): React.JSX.Element | null {
  const { incidents, weapons } = result.summary.sheets;
  if (incidents !== null && weapons !== null) return null;
  if (incidents === null) {
    return (
      <MessageBar intent="error" layout="multiline" data-intent="error">
        <MessageBarBody>
          <MessageBarTitle>No incident sheet found</MessageBarTitle>
          {found(sheetNames)} Name the incident sheet Incidents, or give its first row the headers incident_id, event_date, event_type, actor1 and the rest; then Check workbook again.
          {weapons !== null && ` The weapon sheet "${weapons}" was checked on its own.`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-intent="warning">
      <MessageBarBody>
        <MessageBarTitle>No weapon sheet found</MessageBarTitle>
        {found(sheetNames)} The incidents in "{incidents}" were checked; the weapon checks were skipped. If the workbook has weapons, name their sheet Weapons, or give its first row the headers incident_id, weapon, category, quantity; then Check workbook again.
      </MessageBarBody>
    </MessageBar>
  );
}

import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../../domain/checks/checkWorkbook";
import { countOf, formatCount } from "../../domain/text/formatCount";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

/** The rows checked, as a curator says it: "23 incident and 17 weapon rows", "1 incident row". */
export function rowsChecked(result: WorkbookCheck): string {
  const { incidents, weapons } = result.summary.rows;
  const parts = [result.summary.sheets.incidents !== null && `${formatCount(incidents)} incident`, result.summary.sheets.weapons !== null && `${formatCount(weapons)} weapon`].filter(Boolean);
  if (parts.length === 0) return "No rows checked";
  return `${parts.join(" and ")} ${incidents + weapons === 1 && parts.length === 1 ? "row" : "rows"} checked`;
}

/** How many rows of each sheet have an error (and so stay out of an export of valid rows only). */
export function rowsWithErrors(result: WorkbookCheck): { incidents: number; weapons: number } {
  const count = (sheet: WorkbookCheck["incidents"]) => sheet?.rows.reduce((n, row) => n + (row.hasError ? 1 : 0), 0) ?? 0;
  return { incidents: count(result.incidents), weapons: count(result.weapons) };
}

/** The check's outcome in a sentence and what to do next; a clean workbook is sent on to Export. */
export function Summary({ result, onExport }: { result: WorkbookCheck; onExport: () => void }): React.JSX.Element {
  const styles = useStyles();
  const { errors, warnings, infos } = result.summary;
  const withErrors = rowsWithErrors(result);
  const badRows = [withErrors.incidents > 0 && countOf(withErrors.incidents, "incident row"), withErrors.weapons > 0 && countOf(withErrors.weapons, "weapon row")].filter(Boolean).join(" and ");
  const others = [warnings > 0 && countOf(warnings, "warning"), infos > 0 && countOf(infos, "info", "info")].filter(Boolean).join(" and ");
  const noSheets = result.summary.sheets.incidents === null && result.summary.sheets.weapons === null;
  let sentence: string;
  if (result.summary.sheets.incidents === null && result.summary.sheets.weapons === null) {
    sentence = "No rows checked: the workbook needs an incident sheet (see above).";
  } else if (errors > 0) {
    const bad = withErrors.incidents + withErrors.weapons;
    sentence = badRows
      ? `${rowsChecked(result)}. ${badRows} ${bad === 1 ? "has" : "have"} errors (${countOf(errors, "error")} in all): an export of valid rows only leaves ${bad === 1 ? "it" : "them"} out. Go through the errors below, or Flag cells to mark them in the sheets.`
      : `${rowsChecked(result)}. ${countOf(errors, "error")} about the sheets themselves: see below.`;
  } else if (others) {
    sentence = `${rowsChecked(result)}: no errors, so every row can be exported. ${others} to look over below; then Export.`;
  } else {
    sentence = `${rowsChecked(result)}: nothing to fix, the workbook is ready to export.`;
  }
  return (
    <section aria-label="Summary" className={styles.root}>
      <Text>{sentence}</Text>
      {errors === 0 && !noSheets && (
        <Button appearance={others ? "secondary" : "primary"} size="small" onClick={onExport}>
          Go to Export
        </Button>
      )}
    </section>
  );
}

import { Issue, makeIssue } from "../issues/issue";
import { CheckedSheet } from "./checkSheet";
import { duplicateIds } from "./duplicateIds";
import { duplicateRows } from "./duplicateRows";
import { interactions } from "./interactionMatchesActorTypes";
import { detectMonadicLayout, MonadicLayout } from "./monadicLayout";

/**
 * The checks of an incident sheet that need all its rows: the layout (ACLED's monadic form
 * or the ordinary one, told once and reported as info), duplicate IDs, duplicate rows and
 * the interaction, each by the layout's rules. `headerRow` is the sheet row of the headers.
 */
export function checkIncidentSheet(sheet: CheckedSheet, headerRow: number, issues: Issue[]): MonadicLayout | undefined {
  const monadic = detectMonadicLayout(sheet.layout, sheet.rows);
  if (monadic) {
    const count = (n: number) => n.toLocaleString("en");
    issues.push(
      makeIssue(
        { sheet: sheet.name, row: headerRow, column: null, field: null },
        "monadic-layout",
        `This sheet is in ACLED's monadic form: one row per actor, no actor 2 columns, ${count(monadic.pairs)} of its ${count(monadic.events)} events on two rows under one ID. The two rows of one event (same date, location, event type …) are checked as one event: their shared ID is not a duplicate, and each row's actor type must be one of the event's interaction.`,
      ),
    );
  }
  duplicateIds(sheet.rows, sheet.report, monadic);
  duplicateRows(sheet.rows, sheet.report, monadic);
  interactions(sheet.rows, sheet.report, monadic);
  return monadic;
}

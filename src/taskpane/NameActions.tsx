import * as React from "react";
import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../domain/issues/issue";
import { nameKindOf } from "../domain/names/dictionary/decision";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", paddingTop: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, maxWidth: "100%" },
});

export type Decide = (issue: Issue, choice: { relation: "same" | "different"; canonical: string }) => void;

/** "Not the same name" on a proposed mapping; "Add to dictionary" (as an alias of a candidate, or as a name of its own) on an unknown or ambiguous one. */
export function NameActions({ issue, onDecide, disabled, tabIndex }: { issue: Issue; onDecide: Decide; disabled: boolean; /** -1 where the list's roving focus keeps them out of Tab's way. */ tabIndex?: number }): React.JSX.Element | null {
  const styles = useStyles();
  const id = React.useId();
  const kind = nameKindOf(issue.field);
  const options = [...(issue.candidates ?? []), issue.value];
  const [choice, setChoice] = React.useState(options[0]);
  if (!kind) return null;
  if (issue.code === "non-canonical" && issue.suggestion) {
    return (
      <div className={styles.row}>
        <Button size="small" tabIndex={tabIndex} disabledFocusable={disabled} onClick={() => onDecide(issue, { relation: "different", canonical: issue.suggestion! })}>
          Not the same name
        </Button>
      </div>
    );
  }
  if (issue.code !== "unknown-name" && issue.code !== "ambiguous-name") return null;
  return (
    <div className={styles.row}>
      <Select id={id} size="small" tabIndex={tabIndex} className={styles.select} aria-label={`Canonical name for ${issue.value}`} value={choice} onChange={(_, data) => setChoice(data.value)}>
        {options.map((option, index) => (
          <option key={option} value={option}>
            {index === options.length - 1 ? `${option} (a name of its own)` : option}
          </option>
        ))}
      </Select>
      <Button size="small" tabIndex={tabIndex} disabledFocusable={disabled} onClick={() => onDecide(issue, { relation: "same", canonical: choice })}>
        Add to dictionary
      </Button>
    </div>
  );
}

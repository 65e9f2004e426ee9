import * as React from "react";
import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatCount } from "../../domain/text/formatCount";
import type { FieldChoice } from "./fieldChoices";

const useStyles = makeStyles({
  field: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0, flexWrap: "wrap" },
  select: { minWidth: "0", maxWidth: "100%", flex: "1 1 140px" },
});

/** The field menu: every field the findings are about, grouped by sheet, under the sheet's own headers. */
export function FieldMenu({ groups, value, onChange }: { groups: { sheet: string; choices: FieldChoice[] }[]; value: string; onChange: (value: string) => void }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">
        Column
      </Label>
      <Select id={id} size="small" className={styles.select} value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">All columns</option>
        {groups.map(({ sheet, choices }) => (
          <optgroup key={sheet} label={sheet || "Workbook"}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label} ({formatCount(choice.count)})
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </div>
  );
}

import * as React from "react";
import { Label, Select, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  field: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", flex: "1 1 160px" },
});

/** The threshold at first: the normaliser's context matches (0.9) and surer are chosen; fuzzy ones (0.8) wait for a look. */
export const DEFAULT_THRESHOLD = 0.9;
const CHOICES: { value: number; label: string }[] = [
  { value: 1, label: "Only certain fixes" },
  { value: 0.95, label: "Fixes at least 95% sure" },
  { value: 0.9, label: "Fixes at least 90% sure (recommended)" },
  { value: 0.8, label: "Fixes at least 80% sure" },
  { value: 0, label: "Every proposed fix" },
];

/** Which fixes are chosen before the curator looks: those at least this sure. */
export function ConfidenceThreshold({ value, onChange }: { value: number; onChange: (value: number) => void }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">
        Choose
      </Label>
      <Select id={id} size="small" className={styles.select} value={String(value)} onChange={(_, data) => onChange(Number(data.value))}>
        {CHOICES.map((choice) => (
          <option key={choice.value} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

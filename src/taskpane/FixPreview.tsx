import * as React from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { displayValue } from "../domain/cells/cellValue";
import type { ProposedChange } from "../domain/fixes/fixPlan";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface FixPreviewProps {
  changes: readonly ProposedChange[];
  onApply: (chosen: ProposedChange[]) => void;
  onCancel: () => void;
  busy: boolean;
}

/** Every proposed name fix (cell, old → new, reason), chosen one by one or all, applied in one batch. */
export function FixPreview({ changes, onApply, onCancel, busy }: FixPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<Set<number>>(() => new Set(changes.map((_, index) => index)));
  const toggle = (index: number) => {
    const next = new Set(chosen);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    setChosen(next);
  };
  return (
    <section aria-label="Proposed name fixes">
      <Text as="h2" size={400} weight="semibold" block>
        Fix names: {changes.length} proposed
      </Text>
      <div className={styles.actions}>
        <Button size="small" onClick={() => setChosen(new Set(changes.map((_, index) => index)))}>
          Select all
        </Button>
        <Button size="small" onClick={() => setChosen(new Set())}>
          Select none
        </Button>
      </div>
      <ul className={styles.list}>
        {changes.map((change, index) => (
          <li key={`${change.sheet}!${change.address}`}>
            <Checkbox
              checked={chosen.has(index)}
              onChange={() => toggle(index)}
              label={
                <span>
                  <strong>
                    {change.sheet}!{change.address}
                  </strong>
                  : {displayValue(change.old)} → {change.new}
                  {change.confidence !== undefined && ` (confidence ${Math.round(change.confidence * 100)}%)`}
                  <br />
                  <Text size={200} className={styles.reason}>
                    {change.reason}
                  </Text>
                </span>
              }
            />
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => onApply(changes.filter((_, index) => chosen.has(index)))}>
          Apply {chosen.size} {chosen.size === 1 ? "change" : "changes"}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

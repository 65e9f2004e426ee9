import * as React from "react";
import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  cancel: { alignSelf: "flex-start" },
});

export interface ProgressProps {
  /** What is being done, in words: "Reading Incidents: 1,200 of 20,000 rows". */
  text: string;
  /** 0 to 1; undefined while the amount of work is not yet known (the bar then moves on its own). */
  fraction?: number;
  /** Stops the step between Excel requests; absent for steps that cannot stop. */
  onCancel?: () => void;
}

/**
 * A long step's progress: its text (the only part a screen reader is told of as it changes),
 * a full-width bar, and Cancel on its own line.
 */
export function Progress({ text, fraction, onCancel }: ProgressProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <section className={styles.root} aria-label="Progress">
      <div role="status" aria-live="polite" id={id}>
        <Text size={300}>{text}</Text>
      </div>
      <ProgressBar thickness="large" value={fraction} max={1} aria-labelledby={id} />
      {onCancel && (
        <Button className={styles.cancel} onClick={onCancel}>
          Cancel
        </Button>
      )}
    </section>
  );
}

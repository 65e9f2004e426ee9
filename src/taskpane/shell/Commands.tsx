import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countOf, formatCount } from "../../domain/text/formatCount";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  reasons: { color: tokens.colorNeutralForeground3 },
});

/** A command that may have nothing to act on: what it acts on, or why not. */
export interface CommandState {
  /** Cells or changes it acts on, shown in its label; null where the pane cannot tell. */
  count: number | null;
  /** Why it has nothing to act on; absent where it can run. */
  unavailable?: string;
}

export interface CommandsProps {
  /** A step is running: every command waits (focusable still, so that focus stays on it). */
  busy: boolean;
  flag?: CommandState & { run: () => void };
  clear?: CommandState & { run: () => void };
  fix?: CommandState & { run: () => void };
  undo?: CommandState & { run: () => void };
  /** The Fix names button, for focus to come back to when the preview closes. */
  fixButton?: React.Ref<HTMLButtonElement>;
}

/**
 * The commands on the findings: Flag cells, Clear flags, Fix names, Undo last fix. Each says
 * what it acts on ("Undo last fix (35 cells)"); one with nothing to act on is disabled, its
 * reason written below and tied to it. Disabled buttons stay focusable (Fluent's
 * disabledFocusable), so that a button which disables itself keeps the focus.
 */
export function Commands({ busy, flag, clear, fix, undo, fixButton }: CommandsProps): React.JSX.Element | null {
  const styles = useStyles();
  const id = React.useId();
  const commands = [
    flag && { key: "flag", label: "Flag cells", state: flag, counted: formatCount },
    clear && { key: "clear", label: "Clear flags", state: clear, counted: (n: number) => countOf(n, "cell") },
    fix && { key: "fix", label: "Fix names", state: fix, counted: formatCount },
    undo && { key: "undo", label: "Undo last fix", state: undo, counted: (n: number) => countOf(n, "cell") },
  ].filter((c): c is NonNullable<typeof c> => !!c);
  if (commands.length === 0) return null;
  const reasons = commands.filter((c) => c.state.unavailable);
  return (
    <div>
      <div className={styles.row} role="group" aria-label="Commands on the findings">
        {commands.map(({ key, label, state, counted }) => (
          <Button
            key={key}
            ref={key === "fix" ? fixButton : undefined}
            disabledFocusable={busy || !!state.unavailable}
            aria-describedby={state.unavailable ? `${id}-${key}` : undefined}
            onClick={state.run}
          >
            {state.count !== null && !state.unavailable ? `${label} (${counted(state.count)})` : label}
          </Button>
        ))}
      </div>
      {reasons.length > 0 && (
        <Text size={200} className={styles.reasons} block>
          {reasons.map(({ key, state }, index) => (
            <React.Fragment key={key}>
              {index > 0 ? " " : ""}
              <span id={`${id}-${key}`}>{state.unavailable}</span>
            </React.Fragment>
          ))}
        </Text>
      )}
    </div>
  );
}

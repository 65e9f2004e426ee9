import * as React from "react";
import { ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/issues/issueCodes";
import { countOf } from "../../domain/text/formatCount";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  toggle: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular },
  // Shown: filled with the brand colour, a tick. Hidden: no fill, a plain border, no tick. Hover never looks like either.
  on: {
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackgroundHover}`, color: tokens.colorNeutralForegroundOnBrand },
    ":hover:active": { backgroundColor: tokens.colorBrandBackgroundPressed, color: tokens.colorNeutralForegroundOnBrand },
  },
  off: {
    backgroundColor: tokens.colorTransparentBackground,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`, color: tokens.colorNeutralForeground1 },
    ":hover:active": { backgroundColor: tokens.colorNeutralBackground1Pressed, color: tokens.colorNeutralForeground1 },
  },
  tick: { width: "12px", display: "inline-block", textAlign: "center", fontWeight: tokens.fontWeightSemibold },
});

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const NOUN: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] };

/** The words of a severity's toggle: "22 errors", "1 warning", "3 info". */
export function severityCount(severity: Severity, count: number): string {
  return countOf(count, NOUN[severity][0], NOUN[severity][1]);
}

/** One toggle per severity, with how many findings it has; pressed shows them. */
export function SeverityFilter({ shown, counts, onToggle }: { shown: Record<Severity, boolean>; counts: Record<Severity, number>; onToggle: (severity: Severity) => void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.group} role="group" aria-label="Show findings of each severity">
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          checked={shown[severity]}
          className={mergeClasses(styles.toggle, shown[severity] ? styles.on : styles.off)}
          icon={<SeverityIcon severity={severity} plain={shown[severity]} />}
          onClick={() => onToggle(severity)}
        >
          <span className={styles.tick} aria-hidden="true">
            {shown[severity] ? "✓" : ""}
          </span>
          {severityCount(severity, counts[severity])}
        </ToggleButton>
      ))}
    </div>
  );
}

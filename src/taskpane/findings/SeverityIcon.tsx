import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/issues/issueCodes";

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: "-3px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
});

/** The word for a severity, as a curator reads it. */
export const SEVERITY_WORD: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/**
 * A finding's severity as a small shape that differs in form, not only colour: a circle with
 * a cross (error), a triangle with a bang (warning), a circle with an i (info). Drawn here:
 * three paths do not need an icon package. Decorative beside a word; `label` makes it an image.
 */
export function SeverityIcon({ severity, label, plain = false }: { severity: Severity; label?: string; /** In the text's colour, its marks cut out: on a filled (pressed) button. */ plain?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const mark = plain ? tokens.colorBrandBackground : tokens.colorNeutralBackground1;
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" className={`${styles.icon} ${plain ? "" : styles[severity]}`} focusable="false" {...a11y}>
      {severity === "error" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke={mark} strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {severity === "warning" && (
        <>
          <path d="M8 1.2L15.2 14.3H0.8Z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.6v4.4" stroke={mark} strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12.1" r="0.95" fill={mark} />
        </>
      )}
      {severity === "info" && (
        <>
          <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M8 7.2v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="4.9" r="0.95" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

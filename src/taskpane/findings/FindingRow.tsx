import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../domain/issues/issue";
import { quotedSheetName, sheetReference } from "../../domain/cells/sheetReference";
import { Decide, NameActions } from "../NameActions";
import { SEVERITY_WORD, SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: {
    position: "relative",
    display: "block",
    width: "100%",
    textAlign: "left",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    wordBreak: "break-word",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    border: "none",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: 0,
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  noCell: { cursor: "default" },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftWidth: "6px",
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline", flexWrap: "wrap", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  where: { fontWeight: tokens.fontWeightSemibold },
  column: { color: tokens.colorNeutralForeground2 },
  message: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, display: "block", overflowWrap: "anywhere" },
  clamped: { display: "-webkit-box", WebkitBoxOrient: "vertical", WebkitLineClamp: "3", overflow: "hidden" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", paddingLeft: tokens.spacingHorizontalM },
});

export interface FindingRowProps {
  issue: Issue;
  /** The cell or row within the sheet, as its heading names the sheet: D12, Row 5. */
  where: string;
  /** The column's header as the sheet writes it, where the finding has one. */
  column?: string;
  index: number;
  selected: boolean;
  /** The list's one Tab stop (roving tabindex): this item and its actions take Tab; the others only arrows. */
  tabbable: boolean;
  expanded: boolean;
  onExpand: (expanded: boolean) => void;
  onActivate: () => void;
  onDecide?: Decide;
  busy: boolean;
}

/**
 * One finding: where it is, its column, and what is wrong, in at most three lines unless
 * shown whole ("Show more"). The sheet's name is in its heading, and for a screen reader in
 * the item's name; a finding without a cell is focusable too and only becomes the selected one.
 */
export function FindingRow({ issue, where, column, index, selected, tabbable, expanded, onExpand, onActivate, onDecide, busy }: FindingRowProps): React.JSX.Element {
  const styles = useStyles();
  const message = React.useRef<HTMLSpanElement>(null);
  const [overflows, setOverflows] = React.useState(false);
  React.useLayoutEffect(() => {
    const span = message.current;
    if (!span || expanded) return;
    const measure = () => setOverflows(span.scrollHeight > span.clientHeight + 1);
    measure();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(span);
    return () => observer?.disconnect();
  }, [issue.message, expanded]);
  const tabIndex = tabbable ? 0 : -1;
  const reference = !issue.sheet ? "Workbook" : issue.column ? sheetReference(issue.sheet, `${issue.column}${issue.row}`) : `${quotedSheetName(issue.sheet)}, ${where}`;
  return (
    <>
      <button
        type="button"
        data-finding={index}
        tabIndex={tabIndex}
        aria-current={selected ? "true" : undefined}
        className={mergeClasses(styles.item, styles[issue.severity], selected && styles.selected, !issue.column && styles.noCell)}
        onClick={onActivate}
      >
        {/* For a screen reader, which arrows through items and not headings, the sheet is said too, as Excel writes it: "Error, 'My sheet'!D12, Event type:". */}
        <span className={styles.hidden}>
          {SEVERITY_WORD[issue.severity]}, {reference}
          {column ? `, ${column}` : ""}:{" "}
        </span>
        <span className={styles.head} aria-hidden="true">
          <SeverityIcon severity={issue.severity} />
          <span className={styles.where}>{where}</span>
          {column && <span className={styles.column}>{column}</span>}
        </span>
        <span ref={message} className={mergeClasses(styles.message, !expanded && styles.clamped)}>
          {issue.message}
        </span>
      </button>
      {(overflows || expanded || onDecide) && (
        <div className={styles.actions}>
          {(overflows || expanded) && (
            <Button size="small" appearance="transparent" tabIndex={tabIndex} aria-expanded={expanded} onClick={() => onExpand(!expanded)}>
              {expanded ? "Show less" : "Show more"}
            </Button>
          )}
          {onDecide && <NameActions issue={issue} onDecide={onDecide} disabled={busy} tabIndex={tabIndex} />}
        </div>
      )}
    </>
  );
}

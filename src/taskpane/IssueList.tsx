import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Select, Text, ToggleButton, makeStyles, tokens, Label } from "@fluentui/react-components";
import type { Issue } from "../domain/issues/issue";
import type { Severity } from "../domain/issues/issueCodes";
import { issueLocation } from "../domain/issues/formatIssue";
import { Decide, NameActions } from "./NameActions";
import { ListRow, listRows } from "./listRows";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  scroller: { overflowY: "auto", overflowX: "hidden", marginTop: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, position: "relative", width: "100%" },
  row: { position: "absolute", top: 0, left: 0, width: "100%", boxSizing: "border-box", paddingBottom: tokens.spacingVerticalXS },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    wordBreak: "break-word",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    border: "none",
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const LABEL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };
/** Up to this many rows every row is in the page (find in page, screen readers' lists); above it only those in view. */
export const RENDER_ALL_UP_TO = 200;

export interface IssueListProps {
  issues: readonly Issue[];
  /** Goes to the issue's cell in the sheet, where it has one. */
  onSelect?: (issue: Issue) => void;
  /** Remembers a decision about a name in the workbook's dictionary. */
  onDecide?: Decide;
  busy?: boolean;
}

/**
 * The findings grouped by sheet and code, filterable by severity and field; each goes to
 * its cell. Virtualised: with 50,000 issues only the lines in view (and a few either side)
 * are in the page, measured as they render, so lines that wrap keep their height.
 */
export function IssueList({ issues, onSelect, onDecide, busy = false }: IssueListProps): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [field, setField] = React.useState("");
  const fields = React.useMemo(() => [...new Set(issues.map((i) => i.field).filter((f): f is string => !!f))].sort(), [issues]);
  const visible = React.useMemo(() => issues.filter((i) => shown[i.severity] && (!field || i.field === field)), [issues, shown, field]);
  const rows = React.useMemo(() => listRows(visible), [visible]);
  // The virtualizer asks every line's key and size whenever a measured height changes: precomputed, they are array reads.
  const keys = React.useMemo(() => rows.map(rowKey), [rows]);
  const estimates = React.useMemo(() => Float64Array.from(rows, (row) => (row.kind === "issue" ? 60 : 28)), [rows]);
  const scroller = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimates[index],
    overscan: rows.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 12,
    getItemKey: (index) => keys[index],
    // Heights measured in one frame are applied in one render, not one synchronous render each.
    useFlushSync: false,
  });

  /** Arrow keys move between issues, Home and End to the first and last, scrolling lines into the page as they go. */
  const pending = React.useRef<number | null>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, End: -1, Home: 1 };
    const step = keys[event.key];
    if (!step) return;
    const from = pending.current ?? Number((event.target as HTMLElement).closest("[data-index]")?.getAttribute("data-index"));
    if (!Number.isInteger(from)) return;
    let to = event.key === "Home" ? 0 : event.key === "End" ? rows.length - 1 : from + step;
    while (to >= 0 && to < rows.length && rows[to].kind !== "issue") to += step;
    if (to < 0 || to >= rows.length) return;
    event.preventDefault();
    const buttonAt = (index: number) => scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`);
    const rendered = buttonAt(to);
    if (rendered) {
      rendered.focus();
      return;
    }
    // Not in the page yet: scroll it in, then focus it once rendered; keys pressed meanwhile count from it.
    pending.current = to;
    virtualizer.scrollToIndex(to, { align: "auto" });
    const focus = (attempt: number) => {
      const button = buttonAt(to);
      if (button || attempt >= 30) {
        if (pending.current === to) pending.current = null;
        button?.focus();
      } else requestAnimationFrame(() => focus(attempt + 1));
    };
    requestAnimationFrame(() => focus(0));
  };

  return (
    <section aria-label="Issues">
      <div className={styles.filters} role="group" aria-label="Filter issues">
        {SEVERITIES.map((severity) => (
          <ToggleButton key={severity} size="small" checked={shown[severity]} onClick={() => setShown({ ...shown, [severity]: !shown[severity] })}>
            {LABEL[severity]}
          </ToggleButton>
        ))}
        <Label htmlFor="issue-field" size="small">
          Field
        </Label>
        <Select id="issue-field" size="small" value={field} onChange={(_, data) => setField(data.value)}>
          <option value="">All fields</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </div>
      <Text size={200} role="status" aria-live="polite">
        {visible.length === issues.length ? `${issues.length} issues` : `${visible.length} of ${issues.length} issues shown`}
      </Text>
      <div ref={scroller} className={styles.scroller} style={{ height: `min(${virtualizer.getTotalSize()}px, 70vh)` }} onKeyDown={onKeyDown}>
        <ul className={styles.list} aria-label="Issues by sheet and code" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} className={styles.row} style={{ transform: `translateY(${item.start}px)` }} aria-setsize={rows.length} aria-posinset={item.index + 1}>
                {row.kind === "sheet" && (
                  <Text as="h2" size={400} weight="semibold" block>
                    {row.sheet || "Workbook"}
                  </Text>
                )}
                {row.kind === "code" && (
                  <Text as="h3" size={300} weight="semibold" block>
                    {row.code} ({row.count})
                  </Text>
                )}
                {row.kind === "issue" && (
                  <>
                    <button type="button" className={`${styles.item} ${styles[row.issue.severity]}`} onClick={() => onSelect?.(row.issue)} disabled={!row.issue.column || !onSelect}>
                      <Text size={200} weight="semibold">
                        {issueLocation(row.issue)} · {row.issue.severity} · {row.issue.code}
                      </Text>
                      <br />
                      <Text size={200}>{row.issue.message}</Text>
                    </button>
                    {onDecide && <NameActions issue={row.issue} onDecide={onDecide} disabled={busy} />}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

function rowKey(row: ListRow, index: number): string {
  if (row.kind === "sheet") return `s:${row.sheet}`;
  if (row.kind === "code") return `c:${row.sheet}:${row.code}`;
  return `i:${index}:${row.issue.sheet}:${row.issue.column}${row.issue.row}:${row.issue.code}`;
}

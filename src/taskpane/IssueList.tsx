import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useKeptInRange } from "./keptInRange";
import { VirtualItems } from "./VirtualItems";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../domain/issues/issue";
import type { Severity } from "../domain/issues/issueCodes";
import { fieldLabel, type ColumnHeaders } from "../domain/headers/columnHeaders";
import { countOf, formatCount } from "../domain/text/formatCount";
import type { Decide } from "./NameActions";
import { ListRow, listRows, RENDER_ALL_UP_TO } from "./listRows";
import { SeverityFilter } from "./findings/SeverityFilter";
import { FieldMenu } from "./findings/FieldMenu";
import { fieldChoiceValue, fieldChoices } from "./findings/fieldChoices";
import { FindingRow } from "./findings/FindingRow";
import { findingKey } from "./findings/findingKey";
import { useRecheckNote } from "./findings/recheckNote";
import { SeverityIcon } from "./findings/SeverityIcon";
import { nextFinding } from "./findings/rovingFocus";
import { useSaidOnAction } from "./findings/saidOnAction";

const useStyles = makeStyles({
  // Fills what its parent leaves it (a flex parent), scrolling in one box.
  root: { display: "flex", flexDirection: "column", flex: "1 1 auto", minHeight: 0, gap: tokens.spacingVerticalXS, minWidth: 0 },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  status: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, minHeight: "24px" },
  scroller: { flex: "1 1 auto", minHeight: 0, maxHeight: "100vh", overflowY: "auto", overflowX: "hidden", minWidth: 0 },
  row: { paddingBottom: tokens.spacingVerticalXS },
  sheet: { paddingTop: tokens.spacingVerticalS, margin: 0 },
  group: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, margin: 0, paddingTop: tokens.spacingVerticalXS },
  count: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  empty: { color: tokens.colorNeutralForeground2, paddingTop: tokens.spacingVerticalS },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

const ALL_SHOWN: Record<Severity, boolean> = { error: true, warning: true, info: true };

export interface IssueListProps {
  issues: readonly Issue[];
  /** Goes to the issue's cell in the sheet, where it has one. */
  onSelect?: (issue: Issue) => void;
  /** Remembers a decision about a name in the workbook's dictionary. */
  onDecide?: Decide;
  busy?: boolean;
  /** The headers as the sheets write them (`columnHeadersOf`); without them, columns go by the schema's labels. */
  headers?: ColumnHeaders;
}

/**
 * The findings by sheet, then by kind (errors first), filterable by severity and column; each
 * goes to its cell. One Tab stop, arrow keys, Home and End inside (roving tabindex); the
 * chosen finding stays marked. Virtualised: with 50,000 issues only the lines in view (and
 * a few either side) are in the page, measured as they render, so lines that wrap keep their height.
 */
export function IssueList({ issues, onSelect, onDecide, busy = false, headers }: IssueListProps): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>(ALL_SHOWN);
  const [chosenField, setField] = React.useState("");
  const fieldGroups = React.useMemo(() => fieldChoices(issues, headers), [issues, headers]);
  // A column whose findings a re-check took away is no filter any more: the menu shows "All columns", and so does the list.
  const field = React.useMemo(() => (chosenField && fieldGroups.some((group) => group.choices.some((choice) => choice.value === chosenField)) ? chosenField : ""), [chosenField, fieldGroups]);
  const inField = React.useMemo(() => (field ? issues.filter((i) => i.field !== null && fieldChoiceValue(i.sheet, i.field) === field) : issues), [issues, field]);
  const counts = React.useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const issue of inField) c[issue.severity]++;
    return c;
  }, [inField]);
  const visible = React.useMemo(() => inField.filter((i) => shown[i.severity]), [inField, shown]);
  const rows = React.useMemo(() => listRows(visible), [visible]);
  const filtered = field !== "" || !shown.error || !shown.warning || !shown.info;
  const [note, clearNote] = useRecheckNote(issues);

  // The virtualizer asks every line's key and size whenever a measured height changes: precomputed, they are array reads.
  const keys = React.useMemo(() => rows.map(rowKey), [rows]);
  const findings = React.useMemo(() => rows.map((row) => (row.kind === "issue" ? findingKey(row.issue) : "")), [rows]);
  const indexOfFinding = React.useMemo(() => {
    const map = new Map<string, number>();
    findings.forEach((key, index) => key && !map.has(key) && map.set(key, index));
    return map;
  }, [findings]);
  const estimates = React.useMemo(() => Float64Array.from(rows, (row) => (row.kind === "issue" ? 60 : 28)), [rows]);

  /** The finding that holds the list's Tab stop (the last focused), and the one last gone to (marked). */
  const [activeKey, setActiveKey] = React.useState<string | null>(null);
  const [selectedKey, setSelectedKey] = React.useState<string | null>(null);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set());
  const firstIssue = React.useMemo(() => rows.findIndex((row) => row.kind === "issue"), [rows]);
  const activeIndex = (activeKey !== null ? indexOfFinding.get(activeKey) : undefined) ?? firstIssue;
  const active = React.useRef(activeIndex);
  active.current = activeIndex;

  const scroller = React.useRef<HTMLDivElement>(null);
  const rangeExtractor = useKeptInRange(activeIndex);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimates[index],
    overscan: rows.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 12,
    getItemKey: (index) => keys[index],
    rangeExtractor,
    // Heights measured in one frame are applied in one render, not one synchronous render each.
    useFlushSync: false,
  });

  /** Arrow keys move between findings, Home and End to the first and last, scrolling them into the page as they go. */
  const focusPending = React.useRef<number | null>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!(event.target as HTMLElement).matches("[data-finding]")) return;
    const to = nextFinding(rows, active.current, event.key);
    if (to === null) return;
    event.preventDefault();
    active.current = to;
    focusPending.current = to;
    setActiveKey(findings[to]);
    virtualizer.scrollToIndex(to, { align: "auto" });
  };
  React.useLayoutEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-finding="${index}"]`);
    if (button) {
      focusPending.current = null;
      button.focus({ preventScroll: true });
    }
  });

  // A re-check can take away the focused finding: focus then goes to the one now in its place, not to the page's body.
  const focusInside = React.useRef(false);
  const lastIndex = React.useRef(activeIndex);
  React.useLayoutEffect(() => {
    const gone = activeKey !== null && !indexOfFinding.has(activeKey);
    if (gone && focusInside.current && document.activeElement === document.body && firstIssue >= 0) {
      let to = Math.min(lastIndex.current, rows.length - 1);
      while (to > 0 && rows[to].kind !== "issue") to--;
      if (rows[to].kind !== "issue") to = firstIssue;
      focusPending.current = to;
      setActiveKey(findings[to]);
    }
  }, [rows]);
  React.useLayoutEffect(() => {
    lastIndex.current = activeIndex;
  });

  const showAll = () => {
    acted();
    setShown(ALL_SHOWN);
    setField("");
    clearNote();
  };
  const summary = visible.length === issues.length ? countOf(issues.length, "finding") : `${formatCount(visible.length)} of ${countOf(issues.length, "finding")} shown`;
  // Said after a filter, in words of its own (the status line is no live region: a re-check changes it too, and the pane says a re-check once).
  const { said, acted } = useSaidOnAction(visible.length === issues.length ? `Showing all ${countOf(issues.length, "finding")}.` : `Showing ${formatCount(visible.length)} of ${countOf(issues.length, "finding")}.`);

  return (
    <section aria-label="Issues" className={styles.root}>
      <div className={styles.filters}>
        <SeverityFilter shown={shown} counts={counts} onToggle={(severity) => {
            acted();
            setShown({ ...shown, [severity]: !shown[severity] });
            clearNote();
          }} />
        {fieldGroups.length > 0 && <FieldMenu
            groups={fieldGroups}
            value={field}
            onChange={(value) => {
              acted();
              setField(value);
              clearNote();
            }}
          />}
      </div>
      <div className={styles.status}>
        <Text size={200} data-list-status="">
          {summary}
          {note && ` · ${note}`}
        </Text>
        <div role="status" aria-live="polite" className={styles.hidden}>
          {said && <span key={said.id}>{said.text}</span>}
        </div>
        {filtered && (
          <Button size="small" appearance="transparent" onClick={showAll}>
            Show all
          </Button>
        )}
      </div>
      {issues.length > 0 && visible.length === 0 && (
        <Text size={200} className={styles.empty}>
          The filters hide every finding: turn a severity back on, choose All columns, or Show all.
        </Text>
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        onKeyDown={onKeyDown}
        onFocus={() => (focusInside.current = true)}
        onBlur={(event) => (focusInside.current = scroller.current?.contains(event.relatedTarget as Node | null) ?? false)}
      >
        <VirtualItems
          virtualizer={virtualizer}
          label="Issues by sheet and code"
          rowClassName={styles.row}
          onItemFocus={(index) => rows[index].kind === "issue" && findings[index] !== findings[active.current] && setActiveKey(findings[index])}
        >
          {(index) => {
            const row = rows[index];
            const key = findings[index];
            return (
              <>
                {row.kind === "sheet" && (
                  <Text as="h2" size={400} weight="semibold" block className={styles.sheet}>
                    {row.sheet || "Workbook"} <span className={styles.count}>({formatCount(row.count)})</span>
                  </Text>
                )}
                {row.kind === "code" && (
                  <Text as="h3" size={300} weight="semibold" className={styles.group}>
                    <SeverityIcon severity={row.severity} />
                    {row.title} <span className={styles.count}>({formatCount(row.count)})</span>
                  </Text>
                )}
                {row.kind === "issue" && (
                  <FindingRow
                    issue={row.issue}
                    where={whereInSheet(row.issue)}
                    column={row.issue.field ? (headers?.get(row.issue.sheet)?.get(row.issue.field) ?? fieldLabel(row.issue.field)) : undefined}
                    index={index}
                    selected={key === selectedKey}
                    tabbable={index === activeIndex}
                    expanded={expanded.has(key)}
                    onExpand={(open) => {
                      const next = new Set(expanded);
                      if (open) next.add(key);
                      else next.delete(key);
                      setExpanded(next);
                    }}
                    onActivate={() => {
                      setSelectedKey(key);
                      if (row.issue.column) onSelect?.(row.issue);
                    }}
                    onDecide={onDecide}
                    busy={busy}
                  />
                )}
              </>
            );
          }}
        </VirtualItems>
      </div>
    </section>
  );
}

/** Where a finding is within its sheet (whose heading names it): D12, or Row 5 for a finding about a row or the header row. */
function whereInSheet(issue: Issue): string {
  if (!issue.sheet) return "Workbook";
  return issue.column ? `${issue.column}${issue.row}` : `Row ${issue.row}`;
}

function rowKey(row: ListRow, index: number): string {
  if (row.kind === "sheet") return `s:${row.sheet}`;
  if (row.kind === "code") return `c:${row.sheet}:${row.severity}:${row.code}`;
  return `i:${index}:${row.issue.sheet}:${row.issue.column}${row.issue.row}:${row.issue.code}`;
}

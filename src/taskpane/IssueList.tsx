import * as React from "react";
import { Button, Select, Text, ToggleButton, makeStyles, tokens, Label } from "@fluentui/react-components";
import type { Issue } from "../domain/issues/issue";
import type { Severity } from "../domain/issues/issueCodes";
import { issueLocation } from "../domain/issues/formatIssue";
import { Decide, NameActions } from "./NameActions";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
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
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  info: { borderLeft: `3px solid ${tokens.colorBrandStroke1}` },
});

const PAGE = 300;
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const LABEL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

export interface IssueListProps {
  issues: readonly Issue[];
  /** Goes to the issue's cell in the sheet, where it has one. */
  onSelect?: (issue: Issue) => void;
  /** Remembers a decision about a name in the workbook's dictionary. */
  onDecide?: Decide;
  busy?: boolean;
}

/** The findings grouped by sheet and code, filterable by severity and field; each goes to its cell. */
export function IssueList({ issues, onSelect, onDecide, busy = false }: IssueListProps): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [field, setField] = React.useState("");
  const [limit, setLimit] = React.useState(PAGE);
  const fields = React.useMemo(() => [...new Set(issues.map((i) => i.field).filter((f): f is string => !!f))].sort(), [issues]);
  const visible = React.useMemo(() => issues.filter((i) => shown[i.severity] && (!field || i.field === field)), [issues, shown, field]);
  const groups = React.useMemo(() => {
    const bySheet = new Map<string, Map<string, Issue[]>>();
    for (const issue of visible.slice(0, limit)) {
      const byCode = bySheet.get(issue.sheet) ?? new Map<string, Issue[]>();
      byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
      bySheet.set(issue.sheet, byCode);
    }
    return bySheet;
  }, [visible, limit]);

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
      {[...groups].map(([sheet, byCode]) => (
        <section key={sheet || "workbook"} aria-label={`Issues in ${sheet || "the workbook"}`}>
          <Text as="h2" size={400} weight="semibold" block>
            {sheet || "Workbook"}
          </Text>
          {[...byCode].map(([code, list]) => (
            <section key={code} aria-label={`${code} in ${sheet || "the workbook"}`}>
              <Text as="h3" size={300} weight="semibold" block>
                {code} ({list.length})
              </Text>
              <ul className={styles.list}>
                {list.map((issue, index) => (
                  <li key={`${issue.row}-${issue.column}-${index}`}>
                    <button type="button" className={`${styles.item} ${styles[issue.severity]}`} onClick={() => onSelect?.(issue)} disabled={!issue.column || !onSelect}>
                      <Text size={200} weight="semibold">
                        {issueLocation(issue)} · {issue.severity} · {issue.code}
                      </Text>
                      <br />
                      <Text size={200}>{issue.message}</Text>
                    </button>
                    {onDecide && <NameActions issue={issue} onDecide={onDecide} disabled={busy} />}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {visible.length > limit && (
        <Button size="small" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, visible.length - limit)} more
        </Button>
      )}
    </section>
  );
}

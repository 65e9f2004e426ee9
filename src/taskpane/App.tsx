import * as React from "react";
import { Badge, Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import type { Issue } from "../domain/issues/issue";
import { issueLocation } from "../domain/issues/formatIssue";
import type { CheckService } from "../services/checkService";
import type { ReadProgress } from "../services/workbookSource";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: "250px", boxSizing: "border-box" },
  summary: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS, wordBreak: "break-word" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
});

export interface AppProps {
  /** The check service, or null when the pane runs outside Excel. */
  service: CheckService | null;
  /** Why the service is missing, in a sentence for the user. */
  unavailableReason?: string;
  /** Turns an error from the service into a sentence for the user. */
  describeError: (error: unknown) => string;
}

/** The task pane: check the workbook and list what was found. */
export function App({ service, unavailableReason, describeError }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [result, setResult] = React.useState<WorkbookCheck | null>(null);
  const [progress, setProgress] = React.useState<ReadProgress | null>(null);
  const [running, setRunning] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const runCheck = React.useCallback(async () => {
    if (!service) return;
    setRunning(true);
    setError(null);
    try {
      setResult(await service.check(setProgress));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  }, [service, describeError]);

  return (
    <main className={styles.root} aria-label="Incident Curator">
      <Text as="h1" size={500} weight="semibold">
        Incident Curator
      </Text>
      {!service && (
        <MessageBar intent="warning">
          <MessageBarBody>{unavailableReason ?? "This pane runs outside Excel: open it from Excel's Home tab to check a workbook."}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={runCheck} disabled={!service || running}>
        {running ? "Checking…" : "Check workbook"}
      </Button>
      {running && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress ? progress.rowsRead / Math.max(1, progress.rowsTotal) : undefined} />
          <Text size={200}>{progress ? `Reading ${progress.sheet}: ${progress.rowsRead.toLocaleString()} of ${progress.rowsTotal.toLocaleString()} rows` : "Reading the workbook…"}</Text>
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && <Results result={result} />}
    </main>
  );
}

function Results({ result }: { result: WorkbookCheck }): React.JSX.Element {
  const styles = useStyles();
  const { summary } = result;
  const bySheet = new Map<string, Issue[]>();
  for (const issue of result.issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  return (
    <section aria-label="Check results">
      <div className={styles.summary} role="status" aria-live="polite">
        <Text>
          {summary.rows.incidents.toLocaleString()} incident and {summary.rows.weapons.toLocaleString()} weapon rows checked:
        </Text>
        <Badge color="danger">{summary.errors} errors</Badge>
        <Badge color="warning">{summary.warnings} warnings</Badge>
        <Badge color="informative">{summary.infos} info</Badge>
      </div>
      {[...bySheet].map(([sheet, issues]) => (
        <section key={sheet || "workbook"} aria-label={`Issues in ${sheet || "the workbook"}`}>
          <Text as="h2" size={400} weight="semibold">
            {sheet || "Workbook"} ({issues.length})
          </Text>
          <ul className={styles.list}>
            {issues.slice(0, 500).map((issue, index) => (
              <li key={index} className={`${styles.item} ${styles[issue.severity]}`}>
                <Text size={200} weight="semibold">
                  {issueLocation(issue)} · {issue.code}
                </Text>
                <br />
                <Text size={200}>{issue.message}</Text>
              </li>
            ))}
          </ul>
          {issues.length > 500 && <Text size={200}>…and {issues.length - 500} more.</Text>}
        </section>
      ))}
    </section>
  );
}

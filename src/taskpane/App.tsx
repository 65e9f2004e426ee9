import * as React from "react";
import { Badge, Button, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import type { Issue } from "../domain/issues/issue";
import type { CheckService } from "../services/checkService";
import type { FlagWriter } from "../services/flagService";
import { IssueList } from "./IssueList";
import { FixPreview } from "./FixPreview";
import type { FixWriter } from "../services/fixService";
import type { DictionaryWriter } from "../services/dictionaryService";
import type { SheetExporter } from "../services/exportService";
import { ExportView } from "./ExportView";
import { decisionFor } from "../domain/names/dictionary/decision";
import { planFixes, type ProposedChange } from "../domain/fixes/fixPlan";
import { WorkCancelled, type LiveSource, type ReadProgress, type WorkProgress } from "../services/workbookSource";
import { changeMovesCells } from "../domain/cells/sheetMove";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: "250px", boxSizing: "border-box" },
  summary: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** Steps that stop between Excel requests when cancelled. */
const CANCELLABLE = new Set(["Checking…", "Flagging…", "Fixing…", "Undoing…"]);

export interface AppProps {
  /** The check service, or null when the pane runs outside Excel. */
  service: CheckService | null;
  /** Writes and clears flags in the user's cells, or null where the host cannot. */
  flags?: FlagWriter | null;
  /** Applies and undoes name fixes, or null where the host cannot. */
  fixes?: FixWriter | null;
  /** Tells of edits to the checked sheets, for the live re-check. */
  live?: LiveSource | null;
  /** Remembers name decisions in the workbook's dictionary sheet. */
  dictionary?: DictionaryWriter | null;
  /** Puts an export in a new sheet, where a host blocks downloads. */
  sheets?: SheetExporter | null;
  /** Why the service is missing, in a sentence for the user. */
  unavailableReason?: string;
  /** Why flags are missing where checking works. */
  flagsUnavailableReason?: string;
  /** Turns an error from the service into a sentence for the user. */
  describeError: (error: unknown) => string;
}

/** The task pane: check the workbook, list what was found, flag it in the cells. */
export function App({ service, flags, fixes, live, dictionary, sheets, unavailableReason, flagsUnavailableReason, describeError }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [result, setResult] = React.useState<WorkbookCheck | null>(null);
  const [progress, setProgress] = React.useState<{ text: string; fraction: number } | null>(null);
  const readProgress = React.useCallback((p: ReadProgress) => setProgress({ text: `Reading ${p.sheet}: ${p.rowsRead.toLocaleString()} of ${p.rowsTotal.toLocaleString()} rows`, fraction: p.rowsRead / Math.max(1, p.rowsTotal) }), []);
  const workProgress = React.useCallback((p: WorkProgress) => setProgress({ text: `${p.step}: ${p.done.toLocaleString()} of ${p.total.toLocaleString()} cells`, fraction: p.done / Math.max(1, p.total) }), []);
  /** The running step's cancel, for the steps that can stop between requests (check, flag, fix, undo). */
  const abort = React.useRef<AbortController | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<ProposedChange[] | null>(null);
  const proposed = React.useMemo(() => (result ? planFixes(result) : []), [result]);
  const [flagged, setFlagged] = React.useState(false);
  const latest = React.useRef<{ result: WorkbookCheck | null; flagged: boolean; busy: boolean }>({ result: null, flagged: false, busy: false });
  latest.current = { result, flagged, busy: busy !== null };
  useLiveRecheck(service, live ?? null, flags ?? null, fixes ?? null, result, latest, setResult, (caught) => setError(describeError(caught)));

  const run = React.useCallback(
    async (label: string, work: (signal: AbortSignal) => Promise<void>) => {
      setBusy(label);
      setError(null);
      setNotice(null);
      const controller = new AbortController();
      abort.current = controller;
      try {
        await work(controller.signal);
      } catch (caught) {
        setError(describeError(caught));
      } finally {
        abort.current = null;
        setBusy(null);
        setProgress(null);
      }
    },
    [describeError],
  );

  const runCheck = () =>
    service &&
    run("Checking…", async (signal) => {
      setResult(await service.check(readProgress, signal));
    });
  const flagCells = () =>
    flags &&
    result &&
    run("Flagging…", async (signal) => {
      let report;
      try {
        report = await flags.flag(result.issues, { onProgress: workProgress, signal });
      } catch (caught) {
        if (!(caught instanceof WorkCancelled)) throw caught;
        setFlagged(false);
        setNotice("Flagging cancelled: what it had written was taken off; the cells are as they were.");
        return;
      }
      setFlagged(true);
      const how = report.annotations === "notes" ? " with a note each" : report.annotations === "comments" ? " with a comment each (notes are not available in this Excel or its office.js)" : " (fills only: this Excel has neither notes nor comments)";
      setNotice(`${report.cells} cells flagged${how}. Clear flags puts back what the cells had.`);
    });
  const clearFlags = () =>
    flags &&
    run("Clearing…", async () => {
      const restored = await flags.clear();
      setFlagged(false);
      setNotice(restored === 0 ? "No flags to clear." : `${restored} cells restored to what they had before flagging.`);
    });
  /** Checks again and, when flags are shown, moves them to the findings as they now are (a fixed cell loses its stale flag). */
  const refresh = async () => {
    if (!service) return;
    const checked = await service.check(readProgress);
    setResult(checked);
    if (flags && latest.current.flagged) await flags.update(checked.issues);
  };
  /**
   * Runs a write, then checks again so that the list shows the workbook as it now is, even
   * after a write Excel stopped part-way; the write's own error is the one the pane shows.
   */
  const thenRecheck = async <T,>(write: () => Promise<T>): Promise<T> => {
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: await write() };
    } catch (error) {
      outcome = { error };
    }
    try {
      await refresh();
    } catch (error) {
      if ("value" in outcome) throw error;
    }
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  };
  const applyFixes = (chosen: ProposedChange[]) =>
    fixes &&
    service &&
    run("Fixing…", async (signal) => {
      setPreview(null);
      const report = await thenRecheck(() => fixes.apply(chosen, { onProgress: workProgress, signal }));
      const skipped = report.skipped.map((s) => `${s.change.sheet}!${s.change.address}: ${s.why}`).join("; ");
      setNotice(`${report.applied.length} ${report.applied.length === 1 ? "cell" : "cells"} fixed and logged in the Curation log sheet.${skipped ? ` Left alone: ${skipped}.` : ""}`);
    });
  const undoFix = () =>
    fixes &&
    service &&
    run("Undoing…", async (signal) => {
      const report = await thenRecheck(() => fixes.undoLast({ onProgress: workProgress, signal }));
      if (!report) {
        setNotice("There is no fix to undo.");
        return;
      }
      const skipped = report.skipped.map((s) => `${s.change.sheet}!${s.change.address}: ${s.why}`).join("; ");
      setNotice(`${report.applied.length} ${report.applied.length === 1 ? "cell" : "cells"} put back as before the fix.${skipped ? ` Left alone: ${skipped}.` : ""}`);
    });
  const decide = (issue: Issue, choice: { relation: "same" | "different"; canonical: string }) =>
    dictionary &&
    service &&
    run("Saving…", async () => {
      const decision = decisionFor(issue, choice, new Date().toISOString().slice(0, 10));
      if (!decision) return;
      await dictionary.append([decision]);
      await refresh();
      setNotice(
        choice.relation === "different"
          ? `Noted in the Curation dictionary sheet: "${issue.value}" is not ${choice.canonical}.`
          : `Added to the Curation dictionary sheet: "${issue.value}" → ${choice.canonical}.`,
      );
    });
  const select = (issue: Issue) => {
    if (!flags || !issue.column) return;
    void flags.select(issue.sheet, `${issue.column}${issue.row}`).catch((caught: unknown) => setError(describeError(caught)));
  };

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
      <Button appearance="primary" onClick={runCheck} disabled={!service || busy !== null}>
        {busy === "Checking…" ? "Checking…" : "Check workbook"}
      </Button>
      {service && (
        <div className={styles.summary}>
          <Button onClick={flagCells} disabled={!flags || !result || busy !== null}>
            Flag cells
          </Button>
          <Button onClick={clearFlags} disabled={!flags || busy !== null}>
            Clear flags
          </Button>
          <Button onClick={() => setPreview(proposed)} disabled={!fixes || proposed.length === 0 || busy !== null || preview !== null}>
            Fix names{result ? ` (${proposed.length})` : ""}
          </Button>
          <Button onClick={undoFix} disabled={!fixes || busy !== null}>
            Undo last fix
          </Button>
        </div>
      )}
      {service && !flags && flagsUnavailableReason && (
        <MessageBar intent="info">
          <MessageBarBody>{flagsUnavailableReason}</MessageBarBody>
        </MessageBar>
      )}
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress?.fraction} />
          {CANCELLABLE.has(busy) && (
            <Button size="small" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          )}
          <Text size={200}>{progress ? progress.text : busy}</Text>
        </div>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {preview && <FixPreview changes={preview} busy={busy !== null} onApply={applyFixes} onCancel={() => setPreview(null)} />}
      {result && <Summary result={result} />}
      {result && (
        <ExportView
          result={result}
          workbook={service?.workbookGrid() ?? null}
          sheets={sheets ?? null}
          onDone={(message) => {
            setError(null);
            setNotice(message);
          }}
          onError={(caught) => setError(describeError(caught))}
        />
      )}
      {result && <IssueList issues={result.issues} onSelect={flags ? select : undefined} onDecide={dictionary ? decide : undefined} busy={busy !== null} />}
    </main>
  );
}

/**
 * After a first check, edits to the checked sheets are checked again as they happen: the
 * edited cells are read again (and only they), patched into what was read, and the whole
 * workbook re-checked in memory, so that findings that depend on other rows (duplicate IDs,
 * foreign keys) follow too; flags, when shown, change only on cells whose findings changed.
 */
function useLiveRecheck(
  service: CheckService | null,
  live: LiveSource | null,
  flags: FlagWriter | null,
  fixes: FixWriter | null,
  result: WorkbookCheck | null,
  latest: React.MutableRefObject<{ result: WorkbookCheck | null; flagged: boolean; busy: boolean }>,
  setResult: (result: WorkbookCheck) => void,
  onError: (error: unknown) => void,
): void {
  const watching = result ? [result.summary.sheets.incidents, result.summary.sheets.weapons].filter((s): s is string => !!s).join("\u0000") : "";
  React.useEffect(() => {
    if (!service || !live || !watching) return;
    const pending = new Map<string, string[]>();
    let moved = false;
    // One piece of work at a time, in the order the changes came: a move's record update never
    // runs beside a re-check's flag update, and a re-check waits for the moves before it.
    let queue: Promise<void> = Promise.resolve();
    const enqueue = (work: () => Promise<unknown>) => {
      queue = queue.then(work).then(() => undefined, onError);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    const flush = async () => {
      const edits = [...pending].flatMap(([sheet, addresses]) => addresses.map((address) => ({ sheet, address })));
      const reread = moved;
      pending.clear();
      moved = false;
      if ((edits.length === 0 && !reread) || latest.current.busy || stopped) return;
      // Rows or columns moved: every position read before is stale, so the sheets are read again whole.
      const after = reread ? await service.check() : service.recheck(await Promise.all(edits.map(({ sheet, address }) => live.readCells(sheet, address, service.extent(sheet)))));
      if (!after || stopped) return;
      setResult(after);
      if (flags && latest.current.flagged) await flags.update(after.issues);
    };
    void live
      .watch(watching.split("\u0000"), (change) => {
        // The add-in's own writes (fixes, undo) fire change events too; they arrive while it is busy and are ignored.
        if (latest.current.busy) return;
        if (changeMovesCells(change.changeType)) {
          moved = true;
          // The flags' record and the fixes' log follow the cells Excel moved.
          const move = change.move;
          if (move) enqueue(() => Promise.all([flags && latest.current.flagged ? flags.moved(change.sheet, move) : null, fixes?.moved(change.sheet, move)]));
        } else pending.set(change.sheet, [...(pending.get(change.sheet) ?? []), change.address]);
        clearTimeout(timer);
        timer = setTimeout(() => enqueue(flush), 300);
      })
      .then((remove) => {
        stop = remove;
        if (stopped) void remove();
      }, onError);
    return () => {
      stopped = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [service, live, flags, fixes, watching]);
}

function Summary({ result }: { result: WorkbookCheck }): React.JSX.Element {
  const styles = useStyles();
  const { summary } = result;
  return (
    <div className={styles.summary} role="status" aria-live="polite">
      <Text>
        {summary.rows.incidents.toLocaleString()} incident and {summary.rows.weapons.toLocaleString()} weapon rows checked:
      </Text>
      <Badge color="danger">{summary.errors} errors</Badge>
      <Badge color="warning">{summary.warnings} warnings</Badge>
      <Badge color="informative">{summary.infos} info</Badge>
    </div>
  );
}

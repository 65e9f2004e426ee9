import * as React from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import type { Issue } from "../domain/issues/issue";
import type { CheckService } from "../services/checkService";
import type { FlagWriter } from "../services/flagService";
import { CellsMoved, type FixWriter } from "../services/fixService";
import type { DictionaryWriter } from "../services/dictionaryService";
import type { SheetExporter } from "../services/exportService";
import type { Remembered } from "./clusters/ClustersView";
import type { ProposedChange } from "../domain/fixes/fixPlan";
import { LOG_SHEET } from "../domain/fixes/curationLog";
import { countOf } from "../domain/text/formatCount";
import { ReadCancelled, WorkCancelled, type LiveSource } from "../services/workbookSource";
import { FirstRun } from "./shell/FirstRun";
import { Footer } from "./shell/Footer";
import { ViewPanel } from "./shell/ViewPanel";
import { Messages, type PaneMessage } from "./shell/Messages";
import { Progress } from "./shell/Progress";
import { useLiveRecheck, type LiveState } from "./shell/liveRecheck";
import { useReadProgress } from "./shell/readProgress";

// Not needed for the first check: loaded beside it (see runCheck), so that the pane's first script stays small.
type CheckedParts = typeof import("./shell/checkedParts");
const loadCheckedParts = () =>
  import(/* webpackChunkName: "checked" */ "./shell/checkedParts").catch((error: unknown) => {
    throw new Error(`Part of the add-in could not be fetched (${error instanceof Error ? error.message : String(error)}). Close the pane and open it again; the workbook is unchanged.`);
  });
const loadFindings = () => import("./shell/Findings");

// Not needed for the first check: loaded when first shown (the list's as the first check starts).
const Findings = React.lazy(() => loadFindings().then((m) => ({ default: m.Findings })));
const FixPreview = React.lazy(() => import("./FixPreview").then((m) => ({ default: m.FixPreview })));
const ExportView = React.lazy(() => import("./ExportView").then((m) => ({ default: m.ExportView })));
const ClustersPanel = React.lazy(() => import("./clusters/ClustersPanel").then((m) => ({ default: m.ClustersPanel })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // At 160 px (320 px at 200 % zoom) the pane must not scroll sideways: nothing here sets a minimum width.
    minWidth: 0,
    height: "100vh",
    overflowY: "auto",
    overflowX: "hidden",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  // At least as tall as what it holds (the list counted at its minimum): where the pane is too short, the page scrolls, nothing overlaps.
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flex: "1 0 auto", minWidth: 0 },
  top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, flexShrink: 0 },
  // The list (or the fix preview) takes the height left: the list scrolls in it, the page does not.
  fill: { display: "flex", flexDirection: "column", flex: "1 1 0px", minHeight: 0 },
  tabs: { flexShrink: 0, flexWrap: "wrap" },
  // A view not shown: out of the layout (a class's display would override the hidden attribute's).
  away: { display: "none" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  pending: { color: tokens.colorNeutralForeground3 },
});

/** Steps that stop between Excel requests when cancelled. */
const CANCELLABLE = new Set(["Checking…", "Flagging…", "Fixing…", "Undoing…"]);

export interface AppProps {
  /** The check service, or null when the pane runs outside Excel (or before it is connected: see `starting`). */
  service: CheckService | null;
  /** The pane is connecting to Excel: Check waits, nothing is said to be missing yet. */
  starting?: boolean;
  /** Writes and clears flags in the user's cells, or null where the host cannot. */
  flags?: FlagWriter | null;
  /** Applies and undoes name fixes, or null where the host cannot. */
  fixes?: FixWriter | null;
  /** Goes to a cell (activates its sheet, selects it); every Excel the pane runs in can. */
  goToCell?: ((sheet: string, address: string) => Promise<void>) | null;
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

type View = "findings" | "export" | "clusters";

/** The fix preview open, and the view it was opened from: Fix names (findings) or Merge (clusters). */
interface OpenPreview {
  changes: ProposedChange[];
  from: "findings" | "clusters";
  /** The rows or columns inserted or deleted that the pane had heard of when the changes were planned (LiveControl.moves). */
  moves: number;
}

/** What the pane says to screen readers, once: a new node each time, so that the same words twice are heard twice. */
interface Announcement {
  id: number;
  text: string;
}

/** Excel's errors carry a code (OfficeExtension.Error); the pane's own do not. */
function isExcelError(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === "string";
}

/** A fault of the pane's own code: neither Excel's error nor a step that stopped part-way for a cause it reports (a fix or undo interrupted). */
function isOwnFault(error: unknown): boolean {
  return !isExcelError(error) && (error as { cause?: unknown } | null)?.cause === undefined;
}

/**
 * The task pane: Check, then the summary and the findings (with the commands on them) in one
 * view, Export in another and Clusters in a third; the list takes the height left. Focus never
 * falls to the page: buttons that disable themselves stay focusable, and focus comes back
 * from the fix preview (to Fix names, or to Merge).
 */
export function App({ service, starting = false, flags, goToCell, fixes, live, dictionary, sheets, unavailableReason, flagsUnavailableReason, describeError }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [result, setResult] = React.useState<WorkbookCheck | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [messages, setMessages] = React.useState<PaneMessage[]>([]);
  const [preview, setPreview] = React.useState<OpenPreview | null>(null);
  const [view, setView] = React.useState<View>("findings");
  /** The Export view was opened once: it stays mounted (hidden) from then on, its options kept. */
  const exportOpened = React.useRef(false);
  if (view === "export") exportOpened.current = true;
  const exportShown = exportOpened.current;
  /** The same for Clusters: its choices and edited values survive a switch. */
  const clustersOpened = React.useRef(false);
  if (view === "clusters") clustersOpened.current = true;
  const clustersShown = clustersOpened.current;
  /** Cells flagged by this pane, as the last flag or update reported; null when none. */
  const [flaggedCells, setFlaggedCells] = React.useState<number | null>(null);
  /** The workbook holds flags from an earlier session (their count unknown until cleared): Clear stays offered. */
  const [earlierFlags, setEarlierFlags] = React.useState(false);
  /** Clears run so far: an answer to hasFlags that a clear overtook is stale. */
  const clearsRun = React.useRef(0);
  /** The last fix applied from this pane (its cells), for Undo's label; null when none or undone. */
  const [lastFix, setLastFix] = React.useState<number | null>(null);
  /** Undo answered that nothing is left to undo: so until the next fix. */
  const [undoSpent, setUndoSpent] = React.useState(false);
  /**
   * Said to screen readers once, in words of its own (not the summary's: a search finds
   * those once): a check's outcome, and what a live re-check changed. A step's messages are
   * said by their own box, a polite live region (Fluent's MessageBar announces nothing
   * without an announcer), except where focus moves onto them (`outcomeFocused`: a fix, a
   * decision), which reads them.
   */
  const [announcement, setAnnouncement] = React.useState<Announcement | null>(null);
  const announce = (text: string) => setAnnouncement((before) => ({ id: (before?.id ?? 0) + 1, text }));
  /** The running step's messages get the focus when it ends: their box is then no live region, or they would be heard twice. */
  const [outcomeFocused, setOutcomeFocused] = React.useState(false);
  const progress = useReadProgress();
  /** The summary, tabs, commands and plans: loaded with the first check, there before its result is shown. */
  const [parts, setParts] = React.useState<CheckedParts | null>(null);
  const proposed = React.useMemo(() => (result && parts ? parts.planFixes(result) : []), [result, parts]);
  const flaggable = React.useMemo(() => (result && parts ? parts.planFlags(result.issues).length : 0), [result, parts]);
  const abort = React.useRef<AbortController | null>(null);
  const fixButton = React.useRef<HTMLButtonElement>(null);
  const mergeButton = React.useRef<HTMLButtonElement>(null);
  const messagesBox = React.useRef<HTMLDivElement>(null);
  const checkButton = React.useRef<HTMLButtonElement>(null);
  /** Where focus goes once the step running now has ended and rendered. */
  const focusAfter = React.useRef<"messages" | "fix" | "merge" | null>(null);
  const latest = React.useRef<LiveState>({ result: null, flagged: false, busy: false });
  latest.current = { result, flagged: flaggedCells !== null, busy: busy !== null };

  const say = (intent: PaneMessage["intent"], text: string, title?: string) => setMessages((shown) => [...shown, { intent, text, title }]);
  const sayError = (caught: unknown) => {
    if (caught instanceof ReadCancelled || caught instanceof WorkCancelled) say("info", describeError(caught));
    // Refused before writing: rows or columns moved since the cells were planned.
    else if (caught instanceof CellsMoved) say("warning", caught.message);
    // A write cancelled part-way: some cells changed, the message says which way to go on.
    else if ((caught as { cause?: unknown } | null)?.cause instanceof WorkCancelled) say("warning", describeError(caught));
    else say("error", describeError(caught), isOwnFault(caught) ? "The add-in failed" : undefined);
  };

  const liveControl = useLiveRecheck(
    service,
    live ?? null,
    flags ?? null,
    fixes ?? null,
    result,
    latest,
    (after) => {
      const before = latest.current.result?.summary;
      setResult(after);
      if (before && (before.errors !== after.summary.errors || before.warnings !== after.summary.warnings || before.infos !== after.summary.infos)) {
        announce(`Checked again after your edit: ${countOf(after.summary.errors, "error")}, ${countOf(after.summary.warnings, "warning")}, ${countOf(after.summary.infos, "info", "info")}.`);
      }
    },
    (cells) => setFlaggedCells(cells > 0 ? cells : null),
    sayError,
  );

  // The list's chunk, fetched once the pane can check: it is there when the first check ends.
  React.useEffect(() => {
    if (service) void import("./shell/Findings");
  }, [service]);

  /**
   * Where focus goes as soon as the pane has rendered, while a step runs: the fix preview
   * closes as its fix starts, and focus goes back to the button that opened it (focusable
   * while the step runs), never to the page.
   */
  const focusSoon = React.useRef<"fix" | "merge" | null>(null);
  const [started, setStarted] = React.useState(0);
  React.useEffect(() => {
    const where = focusSoon.current;
    focusSoon.current = null;
    if (where === "fix") fixButton.current?.focus();
    else if (where === "merge") mergeButton.current?.focus();
  }, [started]);

  /** Counts the steps ended (and the preview closings): focus is put right after each, once rendered. */
  const [settled, setSettled] = React.useState(0);
  // After a step: focus where the step asked, or (when its button went away) on its message, never on the page.
  React.useEffect(() => {
    if (settled === 0) return;
    const where = focusAfter.current;
    focusAfter.current = null;
    if (where === "fix" && fixButton.current) fixButton.current.focus();
    else if (where === "merge" && mergeButton.current) mergeButton.current.focus();
    else if (where === "messages" && messagesBox.current) messagesBox.current.focus();
    else if (document.activeElement === document.body || document.activeElement === null) (messagesBox.current && messages.length > 0 ? messagesBox.current : checkButton.current)?.focus();
  }, [settled]);

  const run = React.useCallback(
    async (label: string, work: (signal: AbortSignal) => Promise<void>) => {
      setBusy(label);
      setMessages([]);
      setOutcomeFocused(false);
      progress.start(label === "Checking…" ? "Finding the incident and weapon sheets…" : label);
      const controller = new AbortController();
      abort.current = controller;
      try {
        // The live re-check's work in hand ends first (moves followed, edits checked): the two never run side by side.
        await liveControl.idle();
        await work(controller.signal);
      } catch (caught) {
        sayError(caught);
      } finally {
        abort.current = null;
        progress.stop();
        setBusy(null);
        setSettled((n) => n + 1);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [describeError],
  );

  const afterCheck = (checked: WorkbookCheck) => {
    setResult(checked);
    // Once, after the first check: flags an earlier session left in the workbook can still be cleared.
    if (flags && !result) {
      const clears = clearsRun.current;
      void flags.hasFlags().then((has) => clearsRun.current === clears && setEarlierFlags(has), () => setEarlierFlags(false));
    }
    // Not the summary's own words: a test (or a user's search) finds the sentence once.
    const rows = checked.summary.rows.incidents + checked.summary.rows.weapons;
    announce(`Check finished over ${countOf(rows, "row")}: ${countOf(checked.summary.errors, "error")}, ${countOf(checked.summary.warnings, "warning")}, ${countOf(checked.summary.infos, "info", "info")}.`);
  };
  const runCheck = () =>
    service &&
    run("Checking…", async (signal) => {
      // The list's chunk too, while the workbook is read; a failure there is the list's boundary's to say.
      loadFindings().catch(() => undefined);
      // Flags shown follow a live re-check, not this one: edits noted while it reads are checked again after it, then.
      const covered = latest.current.flagged ? null : liveControl.wholeRead();
      const [checked, loaded] = await Promise.all([service.check(progress.onRead, signal), parts ?? loadCheckedParts()]);
      covered?.();
      setParts(loaded);
      afterCheck(checked);
    });
  const flagCells = () =>
    flags &&
    result &&
    run("Flagging…", async (signal) => {
      let report;
      try {
        report = await flags.flag(result.issues, { onProgress: progress.onWork, signal });
      } catch (caught) {
        if (!(caught instanceof WorkCancelled)) throw caught;
        setFlaggedCells(null);
        say("info", "Flagging cancelled: what it had written was taken off; the cells are as they were.");
        return;
      }
      setFlaggedCells(report.cells > 0 ? report.cells : null);
      const how = report.annotations === "notes" ? " with a note each" : report.annotations === "comments" ? " with a comment each (notes are not available in this Excel or its office.js)" : " (fills only: this Excel has neither notes nor comments)";
      say("success", `${countOf(report.cells, "cell")} flagged${how}. Clear flags puts back what the cells had.`);
    });
  const clearFlags = () =>
    flags &&
    run("Clearing…", async () => {
      clearsRun.current++;
      const restored = await flags.clear();
      setFlaggedCells(null);
      setEarlierFlags(false);
      say(restored === 0 ? "info" : "success", restored === 0 ? "No flags to clear." : `${countOf(restored, "cell")} restored to what they had before flagging.`);
    });
  /** Checks again and, when flags are shown, moves them to the findings as they now are (a fixed cell loses its stale flag). */
  const refresh = async () => {
    if (!service) return;
    // The edits noted before this read began are in it; those after it (or the pane's writes heard late) are checked again after the step.
    const covered = liveControl.wholeRead();
    const checked = await service.check(progress.onRead);
    covered();
    setResult(checked);
    if (flags && latest.current.flagged) {
      const report = await flags.update(checked.issues);
      setFlaggedCells(report.cells > 0 ? report.cells : null);
    }
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
  const skippedText = (skipped: { change: ProposedChange; why: string }[]) => skipped.map((s) => `${s.change.sheet}!${s.change.address}: ${s.why}`).join("; ");
  const applyFixes = (chosen: ProposedChange[]) =>
    fixes &&
    service &&
    run("Fixing…", async (signal) => {
      const merged = preview?.from === "clusters";
      const planned = preview?.moves ?? liveControl.moves();
      const stale = () =>
        liveControl.moves() === planned
          ? null
          : `rows or columns were inserted or deleted since the ${merged ? "merge" : "fixes"} were shown, so the cells are no longer where the preview had them. ${merged ? "Merge" : "Fix names"} again shows the changes where the cells are now`;
      setPreview(null);
      focusSoon.current = merged ? "merge" : "fix";
      setStarted((n) => n + 1);
      focusAfter.current = "messages";
      setOutcomeFocused(true);
      // Whatever the fix's outcome (a fix stopped part-way has changed cells too), Undo is offered again.
      setUndoSpent(false);
      const report = await thenRecheck(() => fixes.apply(chosen, { onProgress: progress.onWork, signal, stale }));
      setLastFix(report.applied.length > 0 ? report.applied.length : null);
      const skipped = skippedText(report.skipped);
      say("success", `${countOf(report.applied.length, "cell")} ${merged ? "merged" : "fixed"} and logged in the Curation log sheet.${skipped ? ` Left alone: ${skipped}.` : ""}`);
    });
  const undoFix = () =>
    fixes &&
    service &&
    run("Undoing…", async (signal) => {
      // Moves heard before the step are in the log (the live re-check's work ended first); one heard during it makes the log's places stale.
      const planned = liveControl.moves();
      const stale = () => (liveControl.moves() === planned ? null : "rows or columns were inserted or deleted while the undo ran. Undo last fix again finds the cells where they are now");
      const report = await thenRecheck(() => fixes.undoLast({ onProgress: progress.onWork, signal, stale }));
      setLastFix(null);
      if (!report) {
        setUndoSpent(true);
        say("info", "There is no fix to undo.");
        return;
      }
      const skipped = skippedText(report.skipped);
      say("success", `${countOf(report.applied.length, "cell")} put back as before the fix.${skipped ? ` Left alone: ${skipped}.` : ""}`);
    });
  const decide = (issue: Issue, choice: { relation: "same" | "different"; canonical: string }) =>
    dictionary &&
    service &&
    run("Saving…", async () => {
      // The dictionary's rules come with the list, not with the pane's first script.
      const { decisionFor } = await import("../domain/names/dictionary/decision");
      const decision = decisionFor(issue, choice, new Date().toISOString().slice(0, 10));
      if (!decision) return;
      // The finding's own buttons go with it once the check changes: focus goes to what happened.
      focusAfter.current = "messages";
      setOutcomeFocused(true);
      await dictionary.append([decision]);
      await refresh();
      say(
        "success",
        choice.relation === "different" ? `Noted in the Curation dictionary sheet: "${issue.value}" is not ${choice.canonical}.` : `Added to the Curation dictionary sheet: "${issue.value}" → ${choice.canonical}.`,
      );
    });
  /** A decision of the Clusters view, written to the Curation dictionary sheet; then the check (and the clusters) again. */
  const remember = ({ decisions, done, nothing }: Remembered) =>
    dictionary &&
    service &&
    run("Saving…", async () => {
      if (decisions.length === 0) {
        say("info", nothing);
        return;
      }
      // The cluster's own buttons may go with it once the check changes: focus goes to what happened.
      focusAfter.current = "messages";
      setOutcomeFocused(true);
      await dictionary.append(decisions);
      await refresh();
      say("success", done);
    });
  /** Merge in Clusters: the fix preview with the merge's changes, what was left out said above it. */
  const openMerge = (changes: ProposedChange[], leftOut: string[]) => {
    const notes: PaneMessage[] = leftOut.length > 0 ? [{ intent: "warning", title: "Left as written", text: leftOut.join(" ") }] : [];
    if (changes.length === 0) {
      setMessages([...notes, { intent: "info", text: "Nothing to merge: no cell of the chosen clusters holds another spelling than the value to keep." }]);
      focusAfter.current = "messages";
      setOutcomeFocused(true);
      setSettled((n) => n + 1);
      return;
    }
    setMessages(notes);
    // Focus goes to the preview: what was left out is said by the messages' live region.
    setOutcomeFocused(false);
    setPreview({ changes, from: "clusters", moves: liveControl.moves() });
  };
  const goTo = goToCell ?? (flags ? (sheet: string, address: string) => flags.select(sheet, address) : null);
  const selectCell = (sheet: string, address: string) => {
    if (!goTo) return;
    void goTo(sheet, address).catch((caught: unknown) => {
      setMessages([]);
      setOutcomeFocused(false);
      sayError(caught);
    });
  };
  const select = (issue: Issue) => {
    if (issue.column) selectCell(issue.sheet, `${issue.column}${issue.row}`);
  };
  const closePreview = () => {
    focusAfter.current = preview?.from === "clusters" ? "merge" : "fix";
    setPreview(null);
    setSettled((n) => n + 1);
  };

  const isBusy = busy !== null;
  const logged = !!service?.sheetNames().includes(LOG_SHEET);
  const checked = result !== null;
  const undoState = { count: lastFix, unavailable: lastFix === null && (undoSpent || !logged) ? "No fix to undo." : undefined, run: () => void undoFix() };
  const Commands = parts?.Commands;
  const commands = checked && Commands && (flags || fixes) && (
    <Commands
      busy={isBusy}
      fixButton={fixButton}
      flag={flags ? { count: flaggable, unavailable: flaggable === 0 ? "Nothing to flag: no finding is on a cell." : undefined, run: () => void flagCells() } : undefined}
      clear={flags ? { count: flaggedCells, unavailable: flaggedCells === null && !earlierFlags ? "No cells flagged in this workbook." : undefined, run: () => void clearFlags() } : undefined}
      fix={
        fixes
          ? {
              count: proposed.length,
              unavailable: proposed.length === 0 ? "No name to fix." : preview?.from === "findings" ? "The proposed fixes are open below." : preview ? "A merge of clusters is open in Clusters: apply or cancel it first." : undefined,
              run: () => setPreview({ changes: proposed, from: "findings", moves: liveControl.moves() }),
            }
          : undefined
      }
      undo={fixes ? undoState : undefined}
    />
  );

  return (
    <div className={styles.root}>
      <main className={styles.main} aria-label="Incident Curator">
        <div className={styles.top}>
          {!service && !starting && (
            <Messages messages={[{ intent: "warning", text: unavailableReason ?? "This pane runs outside Excel: open it from Excel's Home tab to check a workbook." }]} />
          )}
          <Button ref={checkButton} appearance="primary" onClick={runCheck} disabled={!service && !starting} disabledFocusable={(!!service && isBusy) || starting}>
            {busy === "Checking…" ? "Checking…" : "Check workbook"}
          </Button>
          {starting && (
            <Text size={200} className={styles.pending}>
              Connecting to Excel…
            </Text>
          )}
          {busy && progress.state && <Progress text={progress.state.text} fraction={progress.state.fraction} onCancel={CANCELLABLE.has(busy) ? () => abort.current?.abort() : undefined} />}
          {service && !flags && flagsUnavailableReason && <Messages messages={[{ intent: "info", text: flagsUnavailableReason }]} />}
          <Messages ref={messagesBox} messages={messages} live={!outcomeFocused} />
          {result && parts && <parts.MissingSheets result={result} sheetNames={service?.sheetNames() ?? []} />}
          {result && parts && <parts.Summary result={result} onExport={() => setView("export")} />}
        </div>
        {!result && (service || starting) && <FirstRun />}
        {result && parts && (
          <>
            <parts.ViewTabs<View> className={styles.tabs} view={view} onView={setView} />
            {/* Every view stays mounted once shown, the others hidden: filters, scroll, the export's options and the clusters' choices survive a switch, and the fix preview. */}
            <ViewPanel id="findings" name="Findings" shown={view === "findings"} pendingClassName={styles.pending}>
              {commands}
              <div className={styles.fill}>
                {preview?.from === "findings" && <FixPreview changes={preview.changes} busy={isBusy} onApply={(chosen) => void applyFixes(chosen)} onCancel={closePreview} onSelect={goTo ? selectCell : undefined} />}
                <div hidden={preview?.from === "findings"} className={mergeClasses(styles.fill, preview?.from === "findings" && styles.away)}>
                  <Findings result={result} workbook={service?.workbookGrid() ?? null} onSelect={goTo ? select : undefined} onDecide={dictionary ? (issue, choice) => void decide(issue, choice) : undefined} busy={isBusy} />
                </div>
              </div>
            </ViewPanel>
            {clustersShown && (
              <ViewPanel id="clusters" name="Clusters" shown={view === "clusters"} pendingClassName={styles.pending}>
                <ClustersPanel
                  preview={preview?.from === "clusters" ? preview.changes : null}
                  onApply={(chosen) => void applyFixes(chosen)}
                  onCancel={closePreview}
                  onSelect={goTo ? selectCell : undefined}
                  result={result}
                  workbook={service?.workbookGrid() ?? null}
                  active={view === "clusters"}
                  busy={isBusy}
                  onMerge={fixes && service ? openMerge : undefined}
                  onRemember={dictionary && service ? (remembered) => void remember(remembered) : undefined}
                  undo={fixes ? undoState : undefined}
                  mergeButton={mergeButton}
                />
              </ViewPanel>
            )}
            {exportShown && (
              <ViewPanel id="export" name="Export" shown={view === "export"} pendingClassName={styles.pending}>
                <ExportView
                  result={result}
                  workbook={service?.workbookGrid() ?? null}
                  sheets={sheets ?? null}
                  onDone={(message) => {
                    setOutcomeFocused(false);
                    setMessages([{ intent: "success", text: message }]);
                  }}
                  onError={(caught) => {
                    const message: PaneMessage = isExcelError(caught)
                      ? { intent: "error", text: describeError(caught) }
                      : { intent: "error", title: "The export could not be made", text: `${caught instanceof Error ? caught.message : String(caught)} This is the add-in's fault, not Excel's: the workbook is unchanged.` };
                    setOutcomeFocused(false);
                    setMessages([message]);
                  }}
                />
              </ViewPanel>
            )}
          </>
        )}
        <div role="status" aria-live="polite" className={styles.hidden} data-pane-announcer="">
          {announcement && <span key={announcement.id}>{announcement.text}</span>}
        </div>
      </main>
      <Footer />
    </div>
  );
}

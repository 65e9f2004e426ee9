import * as React from "react";
import type { WorkbookCheck } from "../../domain/checks/checkWorkbook";
import type { CheckService } from "../../services/checkService";
import type { FlagWriter } from "../../services/flagService";
import type { FixWriter } from "../../services/fixService";
import type { LiveSource } from "../../services/workbookSource";
import { changeMovesCells } from "../../domain/cells/sheetMove";

/** What the live re-check reads of the pane's state as it is now, not as it was when the watch began. */
export interface LiveState {
  result: WorkbookCheck | null;
  flagged: boolean;
  busy: boolean;
}

/** What the pane's steps ask of the live re-check. */
export interface LiveControl {
  /** Before a step: what is pending is followed (moves replayed, edits checked) and the re-check's work ended. */
  idle: () => Promise<void>;
  /**
   * A step begins reading the whole workbook: the edits noted so far are in what it reads.
   * Call the function returned once the read has succeeded; edits noted after the read
   * began (the pane's own writes among them) are read again once the step has ended.
   */
  wholeRead: () => () => void;
  /** Rows or columns inserted or deleted in the watched sheets so far (a count): a plan made before another one came is stale. */
  moves: () => number;
}

/** Past this many edited areas at once, the sheets are read again whole rather than area by area. */
const MAX_AREAS = 50;

/**
 * After a first check, edits to the checked sheets are checked again as they happen: the
 * edited cells are read again (and only they), patched into what was read, and the whole
 * workbook re-checked in memory, so that findings that depend on other rows (duplicate IDs,
 * foreign keys) follow too; flags, when shown, change only on cells whose findings changed.
 * Edits made while a step runs (a check, a fix, an undo) are noted, never dropped: those the
 * step's own read of the workbook came too early for are read again once it has ended, one
 * re-check (which writes no values, so it starts no other).
 */
export function useLiveRecheck(
  service: CheckService | null,
  live: LiveSource | null,
  flags: FlagWriter | null,
  fixes: FixWriter | null,
  result: WorkbookCheck | null,
  latest: React.MutableRefObject<LiveState>,
  onRechecked: (result: WorkbookCheck) => void,
  onFlagsUpdated: (cells: number) => void,
  onError: (error: unknown) => void,
): LiveControl {
  const watching = result ? [result.summary.sheets.incidents, result.summary.sheets.weapons].filter((s): s is string => !!s).join("\u0000") : "";
  const handlers = React.useRef({ onRechecked, onFlagsUpdated, onError });
  handlers.current = { onRechecked, onFlagsUpdated, onError };
  /** The re-check's work in hand: a step awaits it before it begins, so the two never run side by side. */
  const queued = React.useRef<Promise<void>>(Promise.resolve());
  /** Follows what is pending at once (a step is about to begin and waits for it). */
  const flushNow = React.useRef<() => void>(() => undefined);
  /** Each noted edit's number, in order: a whole read that began after an edit was noted has it. */
  const noted = React.useRef(0);
  /** The edits pending, by sheet and address, each with the number it was noted under. */
  const pendingRef = React.useRef(new Map<string, Map<string, number>>());
  const movesSeen = React.useRef(0);
  React.useEffect(() => {
    if (!service || !live || !watching) return;
    const pending = new Map<string, Map<string, number>>();
    pendingRef.current = pending;
    const note = (sheet: string, address: string) => {
      const addresses = pending.get(sheet) ?? pending.set(sheet, new Map()).get(sheet)!;
      addresses.delete(address);
      addresses.set(address, ++noted.current);
    };
    /** Rows or columns Excel moved, in order, not yet followed by the flags' record and the fixes' log. */
    const moves: { sheet: string; move: NonNullable<Parameters<Parameters<LiveSource["watch"]>[1]>[0]["move"]> }[] = [];
    let moved = false;
    // One piece of work at a time, in the order the changes came: a move's record update never
    // runs beside a re-check's flag update, and a re-check waits for the moves before it.
    const enqueue = (work: () => Promise<unknown>) => {
      queued.current = queued.current.then(work).then(
        () => undefined,
        (error: unknown) => handlers.current.onError(error),
      );
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => enqueue(() => flush()), 300);
    };
    flushNow.current = () => {
      if (pending.size === 0 && !moved && moves.length === 0) return;
      clearTimeout(timer);
      enqueue(() => flush(true));
    };
    /** `beforeStep`: a step is about to begin and waits for this; otherwise a running step makes the changes wait for it. */
    const flush = async (beforeStep = false) => {
      if (stopped) return;
      // A step is running (its message may already be shown): the changes wait for it, never dropped.
      if (latest.current.busy && !beforeStep) {
        if (pending.size > 0 || moved) later();
        return;
      }
      // Moves first, in order: the flags' record and the fixes' log follow the cells Excel moved.
      while (moves.length > 0) {
        const { sheet, move } = moves.shift()!;
        await Promise.all([flags && latest.current.flagged ? flags.moved(sheet, move) : null, fixes?.moved(sheet, move)]);
      }
      const edits = [...pending].flatMap(([sheet, addresses]) => [...addresses.keys()].map((address) => ({ sheet, address })));
      // Many areas at once (a step's own writes heard late, a long run of edits): the sheets are read again whole.
      const reread = moved || edits.length > MAX_AREAS;
      pending.clear();
      moved = false;
      if ((edits.length === 0 && !reread) || stopped) return;
      // Rows or columns moved: every position read before is stale, so the sheets are read again whole.
      const cells = reread ? null : await Promise.all(edits.map(({ sheet, address }) => live.readCells(sheet, address, service.extent(sheet))));
      // A step began while the cells were read: they are read again after it.
      if ((latest.current.busy && !beforeStep) || stopped) {
        if (reread) moved = true;
        else for (const { sheet, address } of edits) note(sheet, address);
        if (!stopped) later();
        return;
      }
      const after = cells ? service.recheck(cells) : await service.check();
      if (!after || stopped) return;
      handlers.current.onRechecked(after);
      if (flags && latest.current.flagged) handlers.current.onFlagsUpdated((await flags.update(after.issues)).cells);
    };
    void live
      .watch(watching.split("\u0000"), (change) => {
        if (changeMovesCells(change.changeType)) {
          // The add-in moves no rows or columns: a move is the user's, whatever runs; followed once no step runs.
          moved = true;
          movesSeen.current++;
          if (change.move) moves.push({ sheet: change.sheet, move: change.move });
        } else {
          // Noted even while a step writes: Excel's event cannot tell the user's edit from the add-in's own write
          // (the step's whole read after its writes settles those noted before it; see wholeRead).
          note(change.sheet, change.address);
        }
        later();
      })
      .then(
        (remove) => {
          stop = remove;
          if (stopped) void remove();
        },
        (error: unknown) => handlers.current.onError(error),
      );
    return () => {
      stopped = true;
      flushNow.current = () => undefined;
      clearTimeout(timer);
      void stop?.();
    };
  }, [service, live, flags, fixes, watching]);
  return React.useMemo<LiveControl>(
    () => ({
      idle: () => {
        flushNow.current();
        return queued.current;
      },
      wholeRead: () => {
        const from = noted.current;
        const pending = pendingRef.current;
        return () => {
          for (const [sheet, addresses] of pending) {
            for (const [address, number] of addresses) if (number <= from) addresses.delete(address);
            if (addresses.size === 0) pending.delete(sheet);
          }
        };
      },
      moves: () => movesSeen.current,
    }),
    [],
  );
}

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
  /** The running step writes cell values (a fix, an undo): the change events of its own writes are not the user's edits. */
  writing: boolean;
}

/**
 * After a first check, edits to the checked sheets are checked again as they happen: the
 * edited cells are read again (and only they), patched into what was read, and the whole
 * workbook re-checked in memory, so that findings that depend on other rows (duplicate IDs,
 * foreign keys) follow too; flags, when shown, change only on cells whose findings changed.
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
): void {
  const watching = result ? [result.summary.sheets.incidents, result.summary.sheets.weapons].filter((s): s is string => !!s).join("\u0000") : "";
  const handlers = React.useRef({ onRechecked, onFlagsUpdated, onError });
  handlers.current = { onRechecked, onFlagsUpdated, onError };
  React.useEffect(() => {
    if (!service || !live || !watching) return;
    const pending = new Map<string, string[]>();
    let moved = false;
    // One piece of work at a time, in the order the changes came: a move's record update never
    // runs beside a re-check's flag update, and a re-check waits for the moves before it.
    let queue: Promise<void> = Promise.resolve();
    const enqueue = (work: () => Promise<unknown>) => {
      queue = queue.then(work).then(
        () => undefined,
        (error: unknown) => handlers.current.onError(error),
      );
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    const flush = async () => {
      // A step is running (its message may already be shown): the edits wait for it, never dropped.
      if (latest.current.busy && !stopped && (pending.size > 0 || moved)) {
        clearTimeout(timer);
        timer = setTimeout(() => enqueue(flush), 300);
        return;
      }
      const edits = [...pending].flatMap(([sheet, addresses]) => addresses.map((address) => ({ sheet, address })));
      const reread = moved;
      pending.clear();
      moved = false;
      if ((edits.length === 0 && !reread) || stopped) return;
      // Rows or columns moved: every position read before is stale, so the sheets are read again whole.
      const after = reread ? await service.check() : service.recheck(await Promise.all(edits.map(({ sheet, address }) => live.readCells(sheet, address, service.extent(sheet)))));
      if (!after || stopped) return;
      handlers.current.onRechecked(after);
      if (flags && latest.current.flagged) handlers.current.onFlagsUpdated((await flags.update(after.issues)).cells);
    };
    void live
      .watch(watching.split("\u0000"), (change) => {
        // The add-in's own value writes (fixes, undo) fire change events too: ignored, the step checks again after it.
        if (latest.current.writing) return;
        if (changeMovesCells(change.changeType)) {
          if (latest.current.busy) return;
          moved = true;
          // The flags' record and the fixes' log follow the cells Excel moved.
          const move = change.move;
          if (move) enqueue(() => Promise.all([flags && latest.current.flagged ? flags.moved(change.sheet, move) : null, fixes?.moved(change.sheet, move)]));
        } else pending.set(change.sheet, [...(pending.get(change.sheet) ?? []), change.address]);
        clearTimeout(timer);
        timer = setTimeout(() => enqueue(flush), 300);
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
      clearTimeout(timer);
      void stop?.();
    };
  }, [service, live, flags, fixes, watching]);
}

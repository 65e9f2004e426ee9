import type { ValueKind } from "../../domain/clusters/clusterTypes";
import type { WorkbookGrid } from "../../domain/sheetGrid";
import type { ClusterMethod, PaneClusters } from "../../services/clusterService";
import { answerClusterRequest, type ClusterAnswer, type ClusterRequest } from "./clusterRequest";

/** What became of one request: its clusters, the failure's message, or nothing because a newer request (or the view's end) came first. */
export type ClustersOutcome = { status: "found"; clusters: PaneClusters } | { status: "failed"; message: string } | { status: "superseded" };

/** Finds the Clusters view's clusters off the pane's thread, one request at a time. */
export interface ClustersFinder {
  /** The clusters of one kind by one method; a newer call supersedes this one, whose outcome is then `superseded`. */
  find(workbook: WorkbookGrid, kind: ValueKind, method: ClusterMethod): Promise<ClustersOutcome>;
  /** Supersedes the request under way, if any, and ends the worker (the view is gone); a later `find` starts another. */
  stop(): void;
}

/** The request under way: how to settle its promise, and its timer when it runs on the pane's thread. */
interface Pending {
  id: number;
  settle: (outcome: ClustersOutcome) => void;
  timer?: ReturnType<typeof setTimeout>;
}

const outcomeOf = (answer: ClusterAnswer): ClustersOutcome => ("clusters" in answer ? { status: "found", clusters: answer.clusters } : { status: "failed", message: answer.failure });

/**
 * A finder over one worker from `startWorker`, started on the first request and kept for the
 * next. A request arriving while another runs ends that worker and starts a new one rather
 * than waiting behind seconds of work nobody wants any more. Where the environment has no
 * `Worker` (or refuses to start one), requests run on the pane's thread after a paint.
 */
export function clustersInWorker(startWorker: () => Worker): ClustersFinder {
  let worker: Worker | null = null;
  let onThread = false;
  let lastId = 0;
  let pending: Pending | null = null;

  const settle = (outcome: ClustersOutcome) => {
    const settled = pending;
    pending = null;
    if (settled?.timer !== undefined) clearTimeout(settled.timer);
    settled?.settle(outcome);
  };
  const end = () => {
    worker?.terminate();
    worker = null;
  };

  /** The worker, started if need be; null where requests run on the thread. */
  const started = (): Worker | null => {
    if (worker || onThread) return worker;
    if (typeof Worker === "undefined") {
      onThread = true;
      return null;
    }
    let fresh: Worker;
    try {
      fresh = startWorker();
    } catch {
      // A host that refuses workers (a sandboxed frame, a policy) still gets its clusters.
      onThread = true;
      return null;
    }
    // A worker's failure settles the request under way and ends the worker: the next request starts another.
    const failed = (message: string) => {
      if (worker !== fresh) return;
      end();
      settle({ status: "failed", message });
    };
    fresh.onmessage = (event: MessageEvent<ClusterAnswer>) => {
      // An answer to a superseded request is no one's.
      if (worker === fresh && event.data.id === pending?.id) settle(outcomeOf(event.data));
    };
    fresh.onerror = (event: Event) => {
      // Said in the pane instead of the console.
      event.preventDefault();
      const message = (event as ErrorEvent).message;
      failed(message ? `the clusters' worker stopped: ${message}` : "the clusters' worker could not start");
    };
    fresh.onmessageerror = () => failed("the clusters' worker sent an answer the pane could not read");
    worker = fresh;
    return worker;
  };

  return {
    find(workbook, kind, method) {
      if (pending) {
        settle({ status: "superseded" });
        end();
      }
      const request: ClusterRequest = { id: ++lastId, workbook, kind, method };
      return new Promise<ClustersOutcome>((resolve) => {
        const entry: Pending = { id: request.id, settle: resolve };
        pending = entry;
        const target = started();
        if (target) {
          try {
            target.postMessage(request);
          } catch (error) {
            // A workbook that cannot be copied to the worker (structured clone) fails here, at once.
            settle({ status: "failed", message: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        // On the thread: after a paint, so that the view says "Finding clusters…" before the work holds the page.
        entry.timer = setTimeout(() => {
          if (pending?.id === request.id) settle(outcomeOf(answerClusterRequest(request)));
        }, 0);
      });
    },
    stop() {
      settle({ status: "superseded" });
      end();
    },
  };
}

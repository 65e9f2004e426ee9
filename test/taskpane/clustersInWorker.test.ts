import type { WorkbookGrid } from "../../src/domain/sheetGrid";
import * as clusterService from "../../src/services/clusterService";
import { answerClusterRequest, type ClusterAnswer, type ClusterRequest } from "../../src/taskpane/clusters/clusterRequest";
import { clustersInWorker } from "../../src/taskpane/clusters/clustersInWorker";
import { SMALL_WORKBOOK } from "../domain/clusters/smallWorkbook";

/**
 * The Clusters view's finder: in a worker (here a stand-in that behaves as the browser's
 * where it matters: messages copied by structured clone and delivered later, answered by
 * the real request handler, nothing delivered once ended), one worker kept across requests,
 * a newer request superseding an older one, the worker's failures said as failures; and
 * on the pane's thread where there is no Worker.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<ClusterAnswer>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  /** The requests it was sent, as the worker's side received them (copies). */
  readonly received: ClusterRequest[] = [];
  terminations = 0;
  /** Answers held back until `release` (a long request). */
  holding = false;
  private held: ClusterAnswer[] = [];

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(message: ClusterRequest): void {
    // As the browser's: the copy is made at once (a DataCloneError throws here), the answer comes later, from the worker's own thread.
    const copy = structuredClone(message);
    if (this.terminations > 0) return;
    this.received.push(copy);
    setTimeout(() => {
      if (this.terminations > 0) return;
      const answer = structuredClone(answerClusterRequest(copy));
      if (this.holding) this.held.push(answer);
      else this.onmessage?.({ data: answer } as MessageEvent<ClusterAnswer>);
    }, 0);
  }

  terminate(): void {
    this.terminations += 1;
  }

  /** Delivers the answers held back; `late` delivers them even once ended (a message already on its way). */
  release({ late = false } = {}): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) if (late || this.terminations === 0) this.onmessage?.({ data: answer } as MessageEvent<ClusterAnswer>);
  }

  /** An uncaught error in the worker (an ErrorEvent with its message), or a script that could not load (a plain Event). */
  crash(message?: string): void {
    const event = Object.assign(new Event("error", { cancelable: true }), message ? { message } : {});
    setTimeout(() => this.onerror?.(event), 0);
  }

  /** An answer that could not be deserialised. */
  garble(): void {
    setTimeout(() => this.onmessageerror?.(new Event("messageerror") as MessageEvent), 0);
  }
}

const global = globalThis as { Worker?: unknown };
const startFake = () => new FakeWorker() as unknown as Worker;
const found = (workbook: WorkbookGrid, kind: "actor" | "weapon" | "location", method: "key" | "knn" = "key") => ({ status: "found", clusters: clusterService.findClusters(workbook, kind, method) });
/** A workbook the domain function fails on. */
const BROKEN = { sheets: null } as unknown as WorkbookGrid;
const brokenMessage = (() => {
  try {
    clusterService.findClusters(BROKEN, "actor", "key");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("The broken workbook should make findClusters throw");
})();

afterEach(() => {
  FakeWorker.started = [];
  delete global.Worker;
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("in a worker", () => {
  beforeEach(() => {
    global.Worker = FakeWorker;
  });

  test("the clusters findClusters gives, from a copy of the workbook; one worker, started on the first request and kept for the next", async () => {
    const finder = clustersInWorker(startFake);
    expect(FakeWorker.started).toHaveLength(0);
    expect(await finder.find(SMALL_WORKBOOK, "actor", "key")).toEqual(found(SMALL_WORKBOOK, "actor"));
    const [worker] = FakeWorker.started;
    expect(worker.received[0].workbook).toEqual(SMALL_WORKBOOK);
    expect(worker.received[0].workbook).not.toBe(SMALL_WORKBOOK);
    expect(await finder.find(SMALL_WORKBOOK, "weapon", "knn")).toEqual(found(SMALL_WORKBOOK, "weapon", "knn"));
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.received.map(({ id, kind, method }) => [id, kind, method])).toEqual([[1, "actor", "key"], [2, "weapon", "knn"]]);
    expect(worker.terminations).toBe(0);
  });

  test("a request arriving while another runs supersedes it: the older's worker is ended, not waited for, and a new one answers", async () => {
    const finder = clustersInWorker(startFake);
    await finder.find(SMALL_WORKBOOK, "actor", "key");
    const [first] = FakeWorker.started;
    first.holding = true;
    const older = finder.find(SMALL_WORKBOOK, "actor", "knn");
    const newer = finder.find(SMALL_WORKBOOK, "weapon", "key");
    expect(await older).toEqual({ status: "superseded" });
    expect(first.terminations).toBe(1);
    expect(await newer).toEqual(found(SMALL_WORKBOOK, "weapon"));
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1].received.map((request) => request.kind)).toEqual(["weapon"]);
  });

  test("an answer still on its way from a superseded request is no one's: the newer request gets its own", async () => {
    const finder = clustersInWorker(startFake);
    const older = finder.find(SMALL_WORKBOOK, "actor", "key");
    const [first] = FakeWorker.started;
    first.holding = true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const newer = finder.find(SMALL_WORKBOOK, "location", "key");
    FakeWorker.started[1].holding = true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    first.release({ late: true });
    FakeWorker.started[1].release();
    expect(await older).toEqual({ status: "superseded" });
    expect(await newer).toEqual(found(SMALL_WORKBOOK, "location"));
  });

  test("the domain function's failure is the request's, said with its message; the worker is kept for the next request", async () => {
    const finder = clustersInWorker(startFake);
    expect(await finder.find(BROKEN, "actor", "key")).toEqual({ status: "failed", message: brokenMessage });
    expect(await finder.find(SMALL_WORKBOOK, "actor", "key")).toEqual(found(SMALL_WORKBOOK, "actor"));
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0].terminations).toBe(0);
  });

  test.each([
    ["an uncaught error in the worker", (worker: FakeWorker) => worker.crash("Out of memory"), "the clusters' worker stopped: Out of memory"],
    ["a worker script that could not load (an error event without a message)", (worker: FakeWorker) => worker.crash(), "the clusters' worker could not start"],
    ["an answer that could not be read (messageerror)", (worker: FakeWorker) => worker.garble(), "the clusters' worker sent an answer the pane could not read"],
  ])("%s fails the request under way; that worker is ended and the next request starts another", async (_, fail, message) => {
    const finder = clustersInWorker(startFake);
    const asked = finder.find(SMALL_WORKBOOK, "actor", "key");
    const [first] = FakeWorker.started;
    first.holding = true;
    fail(first);
    expect(await asked).toEqual({ status: "failed", message });
    expect(first.terminations).toBe(1);
    expect(await finder.find(SMALL_WORKBOOK, "actor", "key")).toEqual(found(SMALL_WORKBOOK, "actor"));
    expect(FakeWorker.started).toHaveLength(2);
  });

  test("the worker's error event is said in the pane, not left for the console (its default is prevented)", async () => {
    const finder = clustersInWorker(startFake);
    const asked = finder.find(SMALL_WORKBOOK, "actor", "key");
    const [worker] = FakeWorker.started;
    worker.holding = true;
    const event = Object.assign(new Event("error", { cancelable: true }), { message: "boom" });
    worker.onerror?.(event);
    expect(event.defaultPrevented).toBe(true);
    expect(await asked).toMatchObject({ status: "failed" });
  });

  test("a workbook that cannot be copied to the worker fails its request at once", async () => {
    const finder = clustersInWorker(startFake);
    const uncopiable = { sheets: [{ name: "Incidents", values: [[() => "a function"]] }] } as unknown as WorkbookGrid;
    const outcome = await finder.find(uncopiable, "actor", "key");
    expect(outcome).toMatchObject({ status: "failed", message: expect.stringMatching(/could not be cloned/) });
    expect(FakeWorker.started[0].received).toEqual([]);
  });

  test("stop (the view gone) supersedes the request under way and ends the worker; a later request starts another", async () => {
    const finder = clustersInWorker(startFake);
    const asked = finder.find(SMALL_WORKBOOK, "actor", "key");
    FakeWorker.started[0].holding = true;
    finder.stop();
    expect(await asked).toEqual({ status: "superseded" });
    expect(FakeWorker.started[0].terminations).toBe(1);
    finder.stop();
    expect(FakeWorker.started[0].terminations).toBe(1);
    expect(await finder.find(SMALL_WORKBOOK, "weapon", "key")).toEqual(found(SMALL_WORKBOOK, "weapon"));
    expect(FakeWorker.started).toHaveLength(2);
  });
});

describe("without a Worker (Jest's Node, an old host): on the pane's thread", () => {
  test("the same clusters, after a timer (a paint first), and no worker started", async () => {
    const start = jest.fn(startFake);
    const finder = clustersInWorker(start);
    jest.useFakeTimers();
    const asked = finder.find(SMALL_WORKBOOK, "actor", "key");
    expect(jest.getTimerCount()).toBe(1);
    jest.runAllTimers();
    expect(await asked).toEqual(found(SMALL_WORKBOOK, "actor"));
    expect(start).not.toHaveBeenCalled();
  });

  test("a failure is said with its message", async () => {
    expect(await clustersInWorker(startFake).find(BROKEN, "actor", "key")).toEqual({ status: "failed", message: brokenMessage });
  });

  test("a newer request supersedes an older one before it runs: the domain function runs once; stop leaves no timer behind", async () => {
    const finding = jest.spyOn(clusterService, "findClusters");
    const finder = clustersInWorker(startFake);
    jest.useFakeTimers();
    const older = finder.find(SMALL_WORKBOOK, "actor", "key");
    const newer = finder.find(SMALL_WORKBOOK, "weapon", "key");
    expect(jest.getTimerCount()).toBe(1);
    jest.runAllTimers();
    expect(await older).toEqual({ status: "superseded" });
    expect((await newer).status).toBe("found");
    expect(finding).toHaveBeenCalledTimes(1);
    const stopped = finder.find(SMALL_WORKBOOK, "location", "key");
    finder.stop();
    expect(jest.getTimerCount()).toBe(0);
    expect(await stopped).toEqual({ status: "superseded" });
  });

  test("a host that refuses to start a worker (the constructor throws) gets its clusters on the thread", async () => {
    global.Worker = FakeWorker;
    const start = jest.fn((): Worker => {
      throw new DOMException("Access to the script is denied", "SecurityError");
    });
    const finder = clustersInWorker(start);
    expect(await finder.find(SMALL_WORKBOOK, "actor", "key")).toEqual(found(SMALL_WORKBOOK, "actor"));
    expect(await finder.find(SMALL_WORKBOOK, "weapon", "key")).toEqual(found(SMALL_WORKBOOK, "weapon"));
    expect(start).toHaveBeenCalledTimes(1);
  });
});

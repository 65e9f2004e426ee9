/*
 * The clusters' worker: finds clusters away from the pane's thread, so that nearest
 * neighbours over a big sheet (seconds) never hold the pane. webpack bundles this file and
 * what it imports (the domain, never React, Fluent or office.js) as a script of its own,
 * from startClusterWorker.ts. zod is told first, as in the pane, that there is no eval.
 */
import "../jitless";
import { answerClusterRequest, type ClusterAnswer, type ClusterRequest } from "./clusterRequest";

/** The worker's global scope, as far as it is used here (the project's lib is the DOM's, not the WebWorker one). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ClusterRequest>) => void) | null;
  postMessage(answer: ClusterAnswer): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerClusterRequest(event.data));

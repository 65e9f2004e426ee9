import type { ValueKind } from "../../domain/clusters/clusterTypes";
import type { WorkbookGrid } from "../../domain/sheetGrid";
import { findClusters, type ClusterMethod, type PaneClusters } from "../../services/clusterService";

/** What the pane asks the clusters' worker: the clusters of one kind over the workbook the last check read, by one method; `id` ties the answer to it. */
export interface ClusterRequest {
  id: number;
  workbook: WorkbookGrid;
  kind: ValueKind;
  method: ClusterMethod;
}

/** The answer to one request: the clusters, or what went wrong as a message (an Error does not cross from a worker whole). */
export type ClusterAnswer = { id: number; clusters: PaneClusters } | { id: number; failure: string };

/** Answers a request, in the worker or, where there is none, on the pane's thread: the same domain function either way. */
export function answerClusterRequest({ id, workbook, kind, method }: ClusterRequest): ClusterAnswer {
  try {
    return { id, clusters: findClusters(workbook, kind, method) };
  } catch (error) {
    return { id, failure: error instanceof Error ? error.message : String(error) };
  }
}

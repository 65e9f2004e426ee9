import type { Cluster, KeptApart, ValueKind } from "../domain/clusters/clusterTypes";
import { clusterWorkbook } from "../domain/clusters/clusterWorkbook";
import { planClusterFixes, type ClusterFixPlan } from "../domain/clusters/clusterFixes";
import type { NameDecision } from "../domain/names/dictionary/decision";
import type { WorkbookGrid } from "../domain/sheetGrid";
import { findCountry } from "../domain/vocabulary/countries";

/** The clustering methods the pane offers: key collision (the default) and nearest neighbours. */
export type ClusterMethod = "key" | "knn";

/** The clusters of one kind of value as the pane shows them. */
export interface PaneClusters {
  clusters: Cluster[];
  keptApart: KeptApart[];
  /** Distinct values looked at. */
  distinct: number;
}

/** One cluster the curator chose to merge, with the value to keep as the pane shows it (edited or proposed). */
export interface ChosenCluster {
  cluster: Cluster;
  keep: string;
}

/**
 * The clusters of one column kind over the workbook the last check read, with the
 * workbook's own dictionary (its `different` rows kept apart). Problems of the dictionary
 * sheet are the check's to report, not repeated here.
 */
export function findClusters(workbook: WorkbookGrid, kind: ValueKind, method: ClusterMethod): PaneClusters {
  const { clusters, keptApart, distinct } = clusterWorkbook(workbook, { kind, method });
  return { clusters, keptApart, distinct };
}

/** A cluster's identity across re-checks: its kind, country and members (the proposal and counts may change). */
export function clusterKey(cluster: Cluster): string {
  return [cluster.kind, cluster.country ?? "", ...cluster.members.map((member) => member.value).sort()].join("\u0000");
}

/**
 * The cell changes that merge the chosen clusters, each into its value to keep, over the
 * workbook as last read; the fix path writes them only where a cell still holds what was read.
 * A value to keep left empty is refused with a sentence.
 */
export function mergePlan(workbook: WorkbookGrid, chosen: readonly ChosenCluster[]): ClusterFixPlan {
  const empty = chosen.filter(({ keep }) => keep.trim() === "");
  const plan = planClusterFixes(
    workbook,
    chosen.filter(({ keep }) => keep.trim() !== "").map(({ cluster, keep }) => ({ kind: cluster.kind, country: cluster.country, keep: keep.trim(), values: cluster.members.map((member) => member.value) })),
  );
  return {
    changes: plan.changes,
    refused: [...empty.map(({ cluster }) => ({ keep: "", values: cluster.members.map((member) => member.value), reason: `No value to keep is given for ${quotedList(cluster.members.map((member) => member.value))}: left as written.` })), ...plan.refused],
  };
}

/**
 * "These are different": every two values of the cluster marked not the same (`different`
 * rows, an actor's or a place's in the cluster's country), so that no two of them share a
 * cluster again, nor map to each other. The more frequent value of each pair is written as
 * the canonical name.
 */
export function differentDecisions(cluster: Cluster, date: string): NameDecision[] {
  const kind = cluster.kind;
  const country = dictionaryCountry(cluster);
  const values = cluster.members.map((member) => member.value);
  const decisions: NameDecision[] = [];
  for (let a = 0; a < values.length; a++) {
    for (let b = a + 1; b < values.length; b++) {
      decisions.push({ kind, canonical: values[a], alias: values[b], relation: "different", note: `ruled out in the Clusters view on ${date}`, ...(country ? { country } : {}) });
    }
  }
  return decisions;
}

/**
 * "Add to dictionary": the value to keep becomes a team entry and every other value of the
 * cluster its alias (`same` rows; an actor's or a place's in the cluster's country), so that
 * the next check knows the names, and the next clustering the team's place. Values the
 * dictionary already knows as that name are not written again. Empty for an empty value, or
 * where there is nothing new.
 */
export function sameDecisions(cluster: Cluster, keep: string, date: string): NameDecision[] {
  const canonical = keep.trim();
  if (!canonical) return [];
  const kind = cluster.kind;
  const country = dictionaryCountry(cluster);
  return cluster.members
    .filter((member) => member.value !== canonical && member.canonical !== canonical)
    .map((member) => ({ kind, canonical, alias: member.value, relation: "same" as const, note: `added from the Clusters view on ${date}`, ...(country ? { country } : {}) }));
}

/**
 * The cluster's country as the dictionary sheet can hold it: actors and places ("Dara" in Mali
 * is not "Dar'a" in Syria; weapons have no country), and only a country the reader knows (a
 * misspelt one would make the row unreadable).
 */
export function dictionaryCountry(cluster: Cluster): string | undefined {
  if (cluster.kind === "weapon" || !cluster.country) return undefined;
  return findCountry(cluster.country)?.name;
}

/** `"a", "b" and "c"`: values as a curator reads them in a sentence. */
export function quotedList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

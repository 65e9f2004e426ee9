import { Issue } from "../domain/issues/issue";
import { issueLocation } from "../domain/issues/formatIssue";
import { Cluster, ClusterResult, KeptApart, ValueKind } from "../domain/clusters/clusterTypes";
import { COLUMNS_OF_KIND } from "../domain/clusters/distinctValues";
import { escapeForTerminal } from "../domain/report/escapeForTerminal";
import { countOf, formatCount } from "../domain/text/formatCount";

export interface ClustersTextOptions {
  kind: ValueKind;
  /** The file as the user named it, for the first line. */
  file: string;
  /** How the values were grouped, as a curator reads it: "key collision (fingerprint, transliteration, compact)". */
  method: string;
}

/**
 * The `curate clusters` text report: a heading; each cluster with its spellings and their
 * cells (most frequent first), the value proposed to keep and why; the groups a safeguard
 * kept apart; the Curation dictionary's own findings; and a closing line with the totals.
 * Every value from the file is escaped (quoted, so a leading or doubled space shows): no cell
 * can forge a line or reach the terminal as a control sequence.
 */
export function formatClustersText(result: ClusterResult & { issues: readonly Issue[] }, options: ClustersTextOptions): string[] {
  const { kind } = options;
  const lines = [`${capitalised(kind)} clusters in ${escapeForTerminal(options.file)}, by ${options.method}`];
  result.clusters.forEach((cluster, index) => lines.push("", ...clusterLines(cluster, index + 1, result.clusters.length)));
  if (result.keptApart.length > 0) {
    lines.push("", `Kept apart (grouped by the method, but a safeguard says they are not one name):`);
    for (const kept of result.keptApart) lines.push(keptApartLine(kept));
  }
  if (result.issues.length > 0) {
    lines.push("", `The Curation dictionary sheet (${countOf(result.issues.length, "finding")}):`);
    for (const issue of result.issues) lines.push(`  ${escapeForTerminal(issueLocation(issue))}  ${issue.severity}  ${escapeForTerminal(issue.message)}`);
  }
  lines.push("", totalsLine(result, kind));
  return lines;
}

function clusterLines(cluster: Cluster, number: number, of: number): string[] {
  const where = cluster.country === null ? (cluster.kind === "weapon" ? "" : "country not known: ") : `${escapeForTerminal(cluster.country)}: `;
  const label = `${String(number).padStart(String(of).length)}.`;
  const indent = " ".repeat(label.length + 1);
  const countWidth = formatCount(cluster.members[0]?.count ?? 0).length;
  const lines = [`${label} ${where}${countOf(cluster.members.length, "spelling")} in ${countOf(cluster.count, "cell")}`];
  for (const member of cluster.members) {
    const known = member.canonical !== undefined && member.canonical !== member.value ? `  (known as "${escapeForTerminal(member.canonical)}")` : "";
    lines.push(`${indent}${formatCount(member.count).padStart(countWidth)}  "${escapeForTerminal(member.value)}"${known}`);
  }
  lines.push(`${indent}keep "${escapeForTerminal(cluster.keep)}": ${escapeForTerminal(cluster.reason)}`);
  return lines;
}

function keptApartLine(kept: KeptApart): string {
  const where = kept.country === null ? "" : `${escapeForTerminal(kept.country)}: `;
  // The safeguards' reasons name the two values as a rule; where one does not, the values come first.
  const named = kept.values.every((value) => kept.reason.includes(`"${value}"`));
  const values = named ? "" : `${kept.values.map((value) => `"${escapeForTerminal(value)}"`).join(" / ")}: `;
  return `  ${where}${values}${escapeForTerminal(kept.reason)} (${escapeForTerminal(kept.guard)})`;
}

function totalsLine(result: ClusterResult, kind: ValueKind): string {
  if (result.distinct === 0) {
    const fields = [...new Set(COLUMNS_OF_KIND[kind].map((column) => column.field))].join(", ");
    return `No ${kind} values in the file (its ${kind} ${COLUMNS_OF_KIND[kind].length === 1 ? "column" : "columns"}: ${fields}), so no clusters.`;
  }
  const values = result.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0);
  const cells = result.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
  const among = `among ${countOf(result.distinct, `distinct ${kind} value`)}`;
  const apart = result.keptApart.length > 0 ? `; ${countOf(result.keptApart.length, "pair")} kept apart` : "";
  if (result.clusters.length === 0) return `No clusters ${among}${apart}.`;
  return `${countOf(result.clusters.length, "cluster")} of ${countOf(values, "spelling")} in ${countOf(cells, "cell")}, ${among}${apart}.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

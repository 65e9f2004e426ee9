import type { ChangeGroup } from "../../domain/fixes/changeGroups";

/** One line of the preview: a replacement with its cells, or (when its group is open) one of those cells. */
export type PreviewRow = { kind: "group"; group: ChangeGroup; key: string } | { kind: "cell"; group: ChangeGroup; index: number; key: string };

/** The preview's lines: every group, and under each open one its cells. */
export function previewRows(groups: readonly ChangeGroup[], open: ReadonlySet<string>): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (const group of groups) {
    const key = groupKey(group);
    rows.push({ kind: "group", group, key });
    if (open.has(key)) for (const index of group.indices) rows.push({ kind: "cell", group, index, key: `${key}\u0000${index}` });
  }
  return rows;
}

/** What names a group across renders: what it replaces and with what. */
export function groupKey(group: ChangeGroup): string {
  return `${group.from}\u0000${group.to}`;
}

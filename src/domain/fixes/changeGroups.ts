import { displayValue } from "../cells/cellValue";
import type { ProposedChange } from "./fixPlan";

/** The proposed changes that write one replacement over one written form: "BFA → Burkina Faso", in 120 cells. */
export interface ChangeGroup {
  /** The cells' text as it is now (trimmed), the same in every change of the group. */
  from: string;
  to: string;
  /** Indices into the changes the groups were made of, in their order. */
  indices: number[];
  /** The lowest confidence among them (1 where none is given: a fix without a confidence is not a guess). */
  confidence: number;
  /** The reason of the first change, which stands for the group's. */
  reason: string;
}

/** How sure a change is: its confidence, or 1 where it gives none. */
export function confidenceOf(change: ProposedChange): number {
  return change.confidence ?? 1;
}

/**
 * The changes grouped by what they replace and with what, the largest group first (equal
 * groups in the order each first appears). Linear in the number of changes.
 */
export function groupChanges(changes: readonly ProposedChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  changes.forEach((change, index) => {
    const from = displayValue(change.old).trim();
    const key = `${from}\u0000${change.new}`;
    const group = groups.get(key);
    if (group) {
      group.indices.push(index);
      group.confidence = Math.min(group.confidence, confidenceOf(change));
    } else groups.set(key, { from, to: change.new, indices: [index], confidence: confidenceOf(change), reason: change.reason });
  });
  return [...groups.values()].map((group, order) => ({ group, order })).sort((a, b) => b.group.indices.length - a.group.indices.length || a.order - b.order).map(({ group }) => group);
}

import { ClusterMember, NameLookup } from "./clusterTypes";

/**
 * The value proposed to keep for a cluster, and why: a member already written as the
 * dictionary writes it (the canonical name, or ACLED's own form), the most frequent of them;
 * else the dictionary's canonical name where a member is known (the safeguards leave at most
 * one canonical name in a cluster); else the most frequent member. Members come most frequent
 * first, ties broken by first appearance in the workbook, so every tie has one answer.
 */
export function proposeValue(members: readonly ClusterMember[], lookup?: NameLookup): { keep: string; reason: string } {
  const cells = members.reduce((sum, member) => sum + member.count, 0);
  if (lookup) {
    const known = members.map((member) => ({ member, name: lookup(member.value, member.country) }));
    const recognised = known.find(({ name }) => name?.recognised && name.canonical);
    if (recognised) return { keep: recognised.member.value, reason: `"${recognised.member.value}" is how the dictionary writes ${recognised.name!.canonical}.` };
    // What a fix of the member writes: ACLED's regime period and unit kept (NAMING-POLICY actors §2).
    const mapped = known.find(({ name }) => name?.canonical !== undefined);
    if (mapped) {
      const written = mapped.name!.written ?? mapped.name!.canonical!;
      return { keep: written, reason: written === mapped.name!.canonical ? `The dictionary knows "${mapped.member.value}" as ${written}.` : `The dictionary knows "${mapped.member.value}" as ${mapped.name!.canonical}, written "${written}" with its period and unit.` };
    }
  }
  const top = members[0];
  const tie = members.length > 1 && members[1].count === top.count;
  return {
    keep: top.value,
    reason: tie ? `No member is in the dictionary; "${top.value}" is the most frequent (${top.count} of ${cells} cells, tied; met first in the workbook).` : `No member is in the dictionary; "${top.value}" is the most frequent (${top.count} of ${cells} cells).`,
  };
}

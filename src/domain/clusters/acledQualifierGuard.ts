import { splitAcledForm } from "../names/acledForm";
import { foldedWriting } from "./comparableText";
import { ClusterGuard } from "./clusterGuard";

/** ACLED's words before a force that make it another actor: its former members, a mutiny of it. */
const QUALIFIER = /^(former|mutiny of)\s+/i;

/** A value's ACLED qualifier ("former", "mutiny of") and the unit after its regime period, folded: "" where none. */
export function acledQualifiers(text: string): { qualifier: string; unit: string } {
  const trimmed = text.trim();
  const qualifier = QUALIFIER.exec(trimmed)?.[1] ?? "";
  const unit = splitAcledForm(trimmed.replace(QUALIFIER, "")).unit ?? "";
  return { qualifier: foldedWriting(qualifier), unit: foldedWriting(unit) };
}

/**
 * ACLED's units and qualifiers are identity (NAMING-POLICY actors §2): "Police Forces of Mali
 * (2021-) Customs" is not the police as a whole, "Former Military Forces of Mali" and
 * "Mutiny of Military Forces of Mali" are not the forces. Values whose qualifier or unit
 * differs (one against none included) never share a cluster; case and spacing do not count.
 */
export function acledQualifierGuard(): ClusterGuard {
  return {
    name: "units",
    apart(a, b) {
      const x = acledQualifiers(a.value);
      const y = acledQualifiers(b.value);
      if (x.qualifier !== y.qualifier) return `"${a.value}" and "${b.value}" differ in ACLED's qualifier (${x.qualifier || "none"} / ${y.qualifier || "none"}): another actor, not a typo.`;
      if (x.unit !== y.unit) return `"${a.value}" and "${b.value}" name different units (${x.unit || "none"} / ${y.unit || "none"}): a unit is identity, not a typo.`;
      return undefined;
    },
  };
}

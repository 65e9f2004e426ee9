import { compactKey } from "../text/fold";
import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { INCIDENT_FIELDS } from "../schema/incidentSheet";
import { WEAPON_FIELDS } from "../schema/weaponSheet";

/** The fields of each kind of sheet. */
export const FIELDS_OF: Record<SheetKind, readonly FieldSpec[]> = {
  incidents: INCIDENT_FIELDS,
  weapons: WEAPON_FIELDS,
};

const INDEX: Record<SheetKind, Map<string, FieldSpec>> = { incidents: buildIndex(INCIDENT_FIELDS), weapons: buildIndex(WEAPON_FIELDS) };

function buildIndex(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  const index = new Map<string, FieldSpec>();
  for (const spec of fields) {
    for (const name of [spec.field, spec.label, ...spec.aliases]) {
      const key = compactKey(name);
      const previous = index.get(key);
      if (previous && previous !== spec) throw new Error(`Header alias "${name}" names both ${previous.field} and ${spec.field}`);
      index.set(key, spec);
    }
  }
  return index;
}

/** The field a header names in a sheet of the given kind, or undefined. */
export function fieldForHeader(kind: SheetKind, header: string): FieldSpec | undefined {
  return INDEX[kind].get(compactKey(header));
}

/** How a column's cells are read before its schema checks them. */
export type FieldKind =
  | "id"
  | "text"
  | "date"
  | "integer"
  | "number"
  | "eventType"
  | "subEventType"
  | "disorderType"
  | "country"
  | "actorType"
  | "interaction"
  | "actor"
  | "actorList"
  | "weapon"
  | "weaponCategory";

/** One column of a sheet: its canonical field name, how it is read, and the headers that name it. */
export interface FieldSpec {
  field: string;
  /** What a curator calls it, for messages. */
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Other headers that name the field (matched case-, space-, underscore- and accent-insensitively). */
  aliases: readonly string[];
  /** Whether this column, with others like it, tells an incident sheet from a weapon sheet. */
  distinctive?: boolean;
}

export type SheetKind = "incidents" | "weapons";

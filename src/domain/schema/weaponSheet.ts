import { z } from "zod";
import { WEAPON_CATEGORY_NAMES } from "../vocabulary/weaponCategories";
import { FieldSpec } from "./fieldSpec";
import { text } from "./common";

/** The weapon sheet's columns: one row per weapon or munition type documented in an incident. */
export const WEAPON_FIELDS: readonly FieldSpec[] = [
  { field: "incident_id", label: "incident ID", kind: "id", required: true, aliases: ["event_id_cnty", "event id", "incident", "incident no", "incident number", "incident ref"] },
  { field: "weapon", label: "weapon", kind: "weapon", required: true, aliases: ["weapon model", "model", "weapon name", "item", "munition", "weapon or munition", "arme"], distinctive: true },
  { field: "category", label: "category", kind: "weaponCategory", required: false, aliases: ["weapon category", "weapon type", "type", "categorie"], distinctive: true },
  { field: "calibre", label: "calibre", kind: "text", required: false, aliases: ["caliber", "calibre mm", "calibre/size"], distinctive: true },
  { field: "country_of_origin", label: "country of origin", kind: "country", required: false, aliases: ["origin", "country of manufacture", "manufacturing country", "producer country", "made in"], distinctive: true },
  { field: "quantity", label: "quantity", kind: "integer", required: false, aliases: ["qty", "count", "number", "nb", "quantite", "units"], distinctive: true },
  { field: "serial_number", label: "serial number", kind: "text", required: false, aliases: ["serial", "serial no", "serial nr", "s/n", "sn"], distinctive: true },
  { field: "year_of_manufacture", label: "year of manufacture", kind: "integer", required: false, aliases: ["manufacture year", "year manufactured", "production year", "yom", "year"], distinctive: true },
  { field: "holder", label: "holder", kind: "actor", required: false, aliases: ["held by", "holder after incident", "captured by", "possessor"], distinctive: true },
  { field: "source", label: "source", kind: "text", required: false, aliases: ["sources"] },
  { field: "notes", label: "notes", kind: "text", required: false, aliases: ["note", "description", "comments", "comment"] },
];

/** The typed weapon row; `today` bounds the year of manufacture. */
export function weaponRowSchema(today: string) {
  return z.object({
    incident_id: text,
    weapon: text,
    category: z.enum(WEAPON_CATEGORY_NAMES as [string, ...string[]]).optional(),
    calibre: text.optional(),
    country_of_origin: text.optional(),
    quantity: z.number().int().min(1).optional(),
    serial_number: text.optional(),
    year_of_manufacture: z.number().int().min(1800).max(Number(today.slice(0, 4))).optional(),
    holder: text.optional(),
    source: text.optional(),
    notes: text.optional(),
  });
}

export type WeaponRow = z.infer<ReturnType<typeof weaponRowSchema>>;

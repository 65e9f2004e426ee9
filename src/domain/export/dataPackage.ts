import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { FIELDS_OF } from "../headers/fieldIndex";
import { ACTOR_TYPES } from "../vocabulary/actorTypes";
import { DISORDER_TYPES, EVENT_TYPES, SUB_EVENT_TYPES } from "../vocabulary/eventTypes";
import { LEGACY_EVENT_TYPES } from "../vocabulary/legacyEventTypes";
import { WEAPON_CATEGORY_NAMES } from "../vocabulary/weaponCategories";

/** A Table Schema field (Frictionless Table Schema v1). */
export interface TableSchemaField {
  name: string;
  type: "string" | "date" | "integer" | "number";
  title: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: string[] };
}

/** Ranges and vocabularies of the typed schemas, as Table Schema constraints. */
const CONSTRAINTS: Record<string, TableSchemaField["constraints"]> = {
  time_precision: { minimum: 1, maximum: 3 },
  geo_precision: { minimum: 1, maximum: 3 },
  latitude: { minimum: -90, maximum: 90 },
  longitude: { minimum: -180, maximum: 180 },
  fatalities: { minimum: 0 },
  quantity: { minimum: 1 },
  year: { minimum: 1900 },
  year_of_manufacture: { minimum: 1800 },
  event_type: { enum: [...EVENT_TYPES] },
  sub_event_type: { enum: [...SUB_EVENT_TYPES] },
  disorder_type: { enum: [...DISORDER_TYPES] },
  inter1: { enum: [...ACTOR_TYPES] },
  inter2: { enum: [...ACTOR_TYPES] },
  category: { enum: [...WEAPON_CATEGORY_NAMES] },
};

/** A sheet in ACLED's pre-2019 taxonomy: the old event types, no sub-event type required. */
const LEGACY_CONSTRAINTS: Record<string, TableSchemaField["constraints"]> = {
  event_type: { enum: [...LEGACY_EVENT_TYPES] },
  sub_event_type: { enum: [...SUB_EVENT_TYPES] },
};

function fieldOf(spec: FieldSpec, kind: SheetKind, legacyTaxonomy = false): TableSchemaField {
  const type = spec.kind === "date" ? "date" : spec.kind === "integer" ? "integer" : spec.kind === "number" ? "number" : "string";
  const required = spec.required && !(legacyTaxonomy && spec.field === "sub_event_type");
  const constraints = { ...(required ? { required: true } : {}), ...(kind === "incidents" && spec.field === "incident_id" ? { unique: true } : {}), ...((legacyTaxonomy && LEGACY_CONSTRAINTS[spec.field]) || CONSTRAINTS[spec.field]) };
  return { name: spec.field, type, title: spec.label, ...(type === "date" ? { format: "%Y-%m-%d" } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

export interface ResourceFile {
  kind: SheetKind;
  /** The CSV file's name, relative to datapackage.json. */
  path: string;
  /** Extra columns written after the schema's fields (issue codes and messages). */
  extraColumns?: string[];
  /** The sheet is in ACLED's pre-2019 taxonomy. */
  legacyTaxonomy?: boolean;
}

/**
 * A Frictionless Data Package describing exported CSV files: Table Schema v1 with types,
 * formats, constraints, missing values, the incident sheet's primary key and the weapon →
 * incident foreign key (where both files are described).
 */
export function dataPackage(resources: readonly ResourceFile[], name = "incident-curator-export"): Record<string, unknown> {
  const names: Record<SheetKind, string> = { incidents: "incidents", weapons: "weapons" };
  const hasIncidents = resources.some((r) => r.kind === "incidents");
  return {
    profile: "tabular-data-package",
    name,
    resources: resources.map((resource) => ({
      profile: "tabular-data-resource",
      name: names[resource.kind],
      path: resource.path,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: [...FIELDS_OF[resource.kind].map((spec) => fieldOf(spec, resource.kind, resource.legacyTaxonomy)), ...(resource.extraColumns ?? []).map((column) => ({ name: column, type: "string", title: column }))],
        missingValues: [""],
        ...(resource.kind === "incidents" ? { primaryKey: ["incident_id"] } : {}),
        ...(resource.kind === "weapons" && hasIncidents ? { foreignKeys: [{ fields: ["incident_id"], reference: { resource: "incidents", fields: ["incident_id"] } }] } : {}),
      },
    })),
  };
}

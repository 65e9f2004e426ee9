import { z } from "zod";
import { DISORDER_TYPES, EVENT_TYPES, SUB_EVENT_TYPES } from "../vocabulary/eventTypes";
import { ACTOR_TYPES } from "../vocabulary/actorTypes";
import { LEGACY_EVENT_TYPES } from "../vocabulary/legacyEventTypes";
import { FieldSpec } from "./fieldSpec";
import { isoDate, notAfter, text } from "./common";

/** The incident sheet's columns (CONTRACT section 1, after the ACLED codebook). */
export const INCIDENT_FIELDS: readonly FieldSpec[] = [
  { field: "incident_id", label: "incident ID", kind: "id", required: true, aliases: ["event_id_cnty", "event id", "incident", "incident no", "incident number", "id", "ref", "reference"] },
  { field: "event_date", label: "event date", kind: "date", required: true, aliases: ["date", "incident date", "date of event", "event day"], distinctive: true },
  { field: "year", label: "year", kind: "integer", required: false, aliases: ["event year"] },
  { field: "time_precision", label: "time precision", kind: "integer", required: false, aliases: [] },
  { field: "disorder_type", label: "disorder type", kind: "disorderType", required: false, aliases: [], distinctive: true },
  { field: "event_type", label: "event type", kind: "eventType", required: true, aliases: ["type of event"], distinctive: true },
  { field: "sub_event_type", label: "sub-event type", kind: "subEventType", required: true, aliases: ["subevent type", "sub type", "event subtype"], distinctive: true },
  { field: "actor1", label: "actor 1", kind: "actor", required: true, aliases: ["actor a", "first actor", "primary actor", "side a", "perpetrator", "perpetrators", "perpetrator group", "attacker", "attackers", "attacking group", "attacking actor", "assailant", "assailants", "aggressor", "aggressors", "initiator"], distinctive: true },
  { field: "assoc_actor_1", label: "associated actor 1", kind: "actorList", required: false, aliases: ["associated actor 1", "assoc actor1"] },
  { field: "inter1", label: "actor 1 type", kind: "actorType", required: false, aliases: ["actor 1 type", "actor1 type", "inter 1"] },
  { field: "actor2", label: "actor 2", kind: "actor", required: false, aliases: ["actor b", "second actor", "target", "targets", "target group", "targeted group", "side b", "victim", "victims", "victim group", "attacked group", "defender", "defenders"], distinctive: true },
  { field: "assoc_actor_2", label: "associated actor 2", kind: "actorList", required: false, aliases: ["associated actor 2", "assoc actor2"] },
  { field: "inter2", label: "actor 2 type", kind: "actorType", required: false, aliases: ["actor 2 type", "actor2 type", "inter 2"] },
  { field: "interaction", label: "interaction", kind: "interaction", required: false, aliases: [] },
  { field: "country", label: "country", kind: "country", required: true, aliases: ["pays", "country name"] },
  { field: "admin1", label: "admin 1", kind: "text", required: false, aliases: ["province", "state", "admin 1 region"] },
  { field: "admin2", label: "admin 2", kind: "text", required: false, aliases: ["district", "department", "departement"] },
  { field: "admin3", label: "admin 3", kind: "text", required: false, aliases: ["commune", "sub-district"] },
  { field: "location", label: "location", kind: "text", required: true, aliases: ["place", "locality", "village", "town", "lieu"], distinctive: true },
  { field: "latitude", label: "latitude", kind: "number", required: false, aliases: ["lat"], distinctive: true },
  { field: "longitude", label: "longitude", kind: "number", required: false, aliases: ["lon", "lng", "long"], distinctive: true },
  { field: "geo_precision", label: "geo precision", kind: "integer", required: false, aliases: ["geoprecision", "location precision"] },
  { field: "source", label: "source", kind: "text", required: false, aliases: ["sources"] },
  { field: "source_scale", label: "source scale", kind: "text", required: false, aliases: [] },
  { field: "notes", label: "notes", kind: "text", required: false, aliases: ["note", "description", "comments", "comment", "summary"] },
  { field: "fatalities", label: "fatalities", kind: "integer", required: false, aliases: ["deaths", "killed", "fatality", "dead", "number of fatalities"], distinctive: true },
];

/**
 * The typed incident row. Cells are read into these types first (see `readCell`); the
 * schema then checks presence, ranges and vocabularies. `today` bounds event dates.
 */
export function incidentRowSchema(today: string, options: { legacyTaxonomy?: boolean } = {}) {
  return z.object({
    incident_id: text,
    event_date: isoDate.refine(notAfter(today), { message: "future" }),
    year: z.number().int().min(1900).max(Number(today.slice(0, 4))).optional(),
    time_precision: z.number().int().min(1).max(3).optional(),
    disorder_type: z.enum(DISORDER_TYPES).optional(),
    // A sheet in ACLED's pre-2019 taxonomy: the old event types, and no sub-event type.
    event_type: options.legacyTaxonomy ? z.enum(LEGACY_EVENT_TYPES) : z.enum(EVENT_TYPES),
    sub_event_type: options.legacyTaxonomy ? z.enum(SUB_EVENT_TYPES).optional() : z.enum(SUB_EVENT_TYPES),
    actor1: text,
    assoc_actor_1: z.array(text).optional(),
    inter1: z.enum(ACTOR_TYPES).optional(),
    actor2: text.optional(),
    assoc_actor_2: z.array(text).optional(),
    inter2: z.enum(ACTOR_TYPES).optional(),
    interaction: z.string().optional(),
    country: text,
    admin1: text.optional(),
    admin2: text.optional(),
    admin3: text.optional(),
    location: text,
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    geo_precision: z.number().int().min(1).max(3).optional(),
    source: text.optional(),
    source_scale: text.optional(),
    notes: text.optional(),
    fatalities: z.number().int().min(0).optional(),
  });
}

export type IncidentRow = z.infer<ReturnType<typeof incidentRowSchema>>;

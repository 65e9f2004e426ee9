/**
 * ACLED's disorder types, event types and sub-event types (ACLED codebook), from
 * shared/reference/event-types.csv. "Excessive force against protesters" is counted as
 * political violence and as a demonstration, hence two disorder types.
 */
export const EVENT_TAXONOMY = [
  { eventType: "Battles", disorder: ["Political violence"], subEventTypes: ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"] },
  { eventType: "Protests", disorder: ["Demonstrations"], subEventTypes: ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"] },
  { eventType: "Riots", disorder: ["Demonstrations", "Political violence"], subEventTypes: ["Violent demonstration", "Mob violence"] },
  { eventType: "Explosions/Remote violence", disorder: ["Political violence"], subEventTypes: ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"] },
  { eventType: "Violence against civilians", disorder: ["Political violence"], subEventTypes: ["Sexual violence", "Attack", "Abduction/forced disappearance"] },
  { eventType: "Strategic developments", disorder: ["Strategic developments"], subEventTypes: ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"] },
] as const;

export type EventType = (typeof EVENT_TAXONOMY)[number]["eventType"];
export type SubEventType = (typeof EVENT_TAXONOMY)[number]["subEventTypes"][number];

export const EVENT_TYPES = EVENT_TAXONOMY.map((entry) => entry.eventType) as [EventType, ...EventType[]];
export const SUB_EVENT_TYPES = EVENT_TAXONOMY.flatMap((entry) => entry.subEventTypes) as [SubEventType, ...SubEventType[]];
/**
 * ACLED's disorder types. "Political violence; Demonstrations" is ACLED's own value for
 * events counted under both (excessive force against protesters).
 */
export const DISORDER_TYPES = ["Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"] as const;

/** Sub-event type → the event type it belongs to. */
export const EVENT_TYPE_OF_SUB_EVENT: ReadonlyMap<string, EventType> = new Map(
  EVENT_TAXONOMY.flatMap((entry) => entry.subEventTypes.map((sub) => [sub, entry.eventType] as const)),
);

/** Sub-event type → the disorder types it is counted under. */
export const DISORDER_OF_SUB_EVENT: ReadonlyMap<string, readonly string[]> = new Map(
  EVENT_TAXONOMY.flatMap((entry) =>
    entry.subEventTypes.map((sub) => [sub, sub === "Excessive force against protesters" ? ["Political violence; Demonstrations", "Political violence", "Demonstrations"] : sub === "Mob violence" ? ["Political violence"] : sub === "Violent demonstration" ? ["Demonstrations"] : entry.disorder] as const),
  ),
);

/** Event type → its sub-event types. */
export const SUB_EVENTS_OF_EVENT: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  EVENT_TAXONOMY.map((entry) => [entry.eventType, new Set<string>(entry.subEventTypes)] as const),
);

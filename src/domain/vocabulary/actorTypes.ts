import { fold } from "../text/fold";

/** ACLED actor types with their legacy numeric inter codes (shared/reference/actor-types.csv). */
export const ACTOR_TYPES = [
  "State forces",
  "Rebel group",
  "Political militia",
  "Identity militia",
  "Rioters",
  "Protesters",
  "Civilians",
  "External/Other forces",
] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];

/** Legacy inter code (1–8) of an actor type. */
export function interCodeOf(type: ActorType): number {
  return ACTOR_TYPES.indexOf(type) + 1;
}

const BY_KEY = new Map<string, ActorType>();
for (const type of ACTOR_TYPES) BY_KEY.set(fold(type), type);
BY_KEY.set(fold("External/Other forces").replace("/", " "), "External/Other forces");
BY_KEY.set("external forces", "External/Other forces");
BY_KEY.set("other forces", "External/Other forces");
BY_KEY.set("state force", "State forces");
BY_KEY.set("rebel groups", "Rebel group");
BY_KEY.set("political militias", "Political militia");
BY_KEY.set("identity militias", "Identity militia");
BY_KEY.set("civilian", "Civilians");
BY_KEY.set("protester", "Protesters");
BY_KEY.set("rioter", "Rioters");

/** The actor type written as text or as a legacy code 1–8, or undefined. */
export function parseActorType(value: string | number): ActorType | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 8 ? ACTOR_TYPES[value - 1] : undefined;
  const text = value.trim();
  if (/^[1-8]$/.test(text)) return ACTOR_TYPES[Number(text) - 1];
  return BY_KEY.get(fold(text));
}

export type Interaction = { first: ActorType; second: ActorType | null; style: "code" | "text" };

/**
 * An interaction as ACLED writes it: a legacy two-digit code (`13`, `10` for a sole
 * actor, lower code first) or the current text (`State forces-Rebel group`,
 * `Rebel group only`).
 */
export function parseInteraction(value: string | number): Interaction | undefined {
  const text = String(value).trim();
  const code = /^([1-8])([0-8])$/.exec(text);
  if (code) {
    return { first: ACTOR_TYPES[Number(code[1]) - 1], second: code[2] === "0" ? null : ACTOR_TYPES[Number(code[2]) - 1], style: "code" };
  }
  const only = /^(.*?)\s+only$/i.exec(text);
  if (only) {
    const first = parseActorType(only[1]);
    return first ? { first, second: null, style: "text" } : undefined;
  }
  for (const type of ACTOR_TYPES) {
    const prefix = type.toLowerCase();
    const lower = text.toLowerCase();
    if (lower.startsWith(prefix) && /^\s*-\s*/.test(text.slice(prefix.length))) {
      const second = parseActorType(text.slice(prefix.length).replace(/^\s*-\s*/, ""));
      if (second) return { first: type, second, style: "text" };
    }
  }
  return undefined;
}

/** The interaction of two actor types, order-normalised (lower code first), in the given style. */
export function formatInteraction(a: ActorType, b: ActorType | null, style: "code" | "text"): string {
  const [first, second] = b !== null && interCodeOf(b) < interCodeOf(a) ? [b, a] : [a, b];
  if (style === "code") return `${interCodeOf(first)}${second === null ? 0 : interCodeOf(second)}`;
  return second === null ? `${first} only` : `${first}-${second}`;
}

/** True when two interactions name the same pair of actor types, in any order. */
export function sameInteraction(a: Interaction, b: { first: ActorType; second: ActorType | null }): boolean {
  return (a.first === b.first && a.second === b.second) || (a.first === b.second && a.second === b.first);
}

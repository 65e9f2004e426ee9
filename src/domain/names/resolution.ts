/**
 * What the normaliser says of a raw name (CONTRACT section 3; `acled` extends it: a name in
 * ACLED's own form of a listed actor, mapped for counting, never rewritten).
 */
export type NameStatus = "canonical" | "alias" | "fuzzy" | "context" | "acled" | "ambiguous" | "compound" | "generic" | "unknown";

export type NameKind = "actor" | "weapon";

export interface Resolution {
  raw: string;
  status: NameStatus;
  /** 1 for a canonical name, lower for aliases, typos and context; 0 when nothing is mapped. */
  confidence: number;
  /** The canonical name, where the raw name maps to one. */
  canonical: string | null;
  /** Candidates a curator may choose from, where the name is not mapped (or is compound). */
  candidates: string[];
  /** One line a curator can read: why this answer. */
  reason: string;
  /** For weapons: the country a nationality adjective in the cell names ("Serbian …"). */
  statedOrigin?: string;
  /** The value a one-click fix writes, where it is not the canonical name (ACLED's period and unit kept). */
  fix?: string;
  /** ACLED's regime period and unit, as the cell writes them. */
  period?: string;
  unit?: string;
  /** The name is one of ACLED's state-force names ("Military Forces of X …"): its actor type is State forces. */
  stateForm?: boolean;
  /** Unknown because the dictionary simply does not have it (not a refusal of a known name). */
  notInDictionary?: boolean;
}

/** Whether the status maps the raw name to a canonical one. */
export function isMapped(status: NameStatus): boolean {
  return status === "canonical" || status === "alias" || status === "fuzzy" || status === "context" || status === "acled";
}

/** Whether the name is written in a recognised form (canonical, or ACLED's own): counted, never rewritten. */
export function isRecognisedForm(status: NameStatus): boolean {
  return status === "canonical" || status === "acled";
}

export const CONFIDENCE = { canonical: 1, alias: 0.97, variant: 0.93, context: 0.9, fuzzy: 0.8 } as const;

/** A resolution; the confidence counts only where a canonical name is given. */
export function answer(raw: string, status: NameStatus, canonical: string | null, candidates: string[], reason: string, confidence = 0): Resolution {
  return { raw, status, confidence: canonical ? confidence : 0, canonical, candidates, reason };
}

/**
 * A team's ruled-out pairings, by the key of their alias. `exact`: the alias as written,
 * where alias and canonical name share a key (they differ in case or accents only): such a
 * pairing holds for that spelling letter for letter, never for the canonical name itself.
 */
export type NotSamePairs = ReadonlyMap<string, { canonical: string; source: string; exact?: string }[]>;

/** Indexes ruled-out pairings under the keys a resolver gives names. */
export function notSamePairs(pairs: readonly { alias: string; canonical: string; source: string }[] | undefined, keyOf: (text: string) => string): NotSamePairs {
  const byKey = new Map<string, { canonical: string; source: string; exact?: string }[]>();
  for (const pair of pairs ?? []) {
    const key = keyOf(pair.alias);
    const indexed = key === keyOf(pair.canonical) ? { canonical: pair.canonical, source: pair.source, exact: pair.alias.trim() } : { canonical: pair.canonical, source: pair.source };
    byKey.set(key, [...(byKey.get(key) ?? []), indexed]);
  }
  return byKey;
}

/** A resolution turned into a refusal where a team has ruled the pairing out ("Not the same name"). */
export function ruledOut(resolution: Resolution, pairs: readonly { canonical: string; source: string; exact?: string }[] | undefined): Resolution {
  const pair = pairs?.find((p) => p.canonical === resolution.canonical && (p.exact === undefined || p.exact === resolution.raw.trim()));
  if (!pair) return resolution;
  return { ...resolution, status: "unknown", confidence: 0, canonical: null, candidates: [], reason: `"${resolution.raw}" is not ${pair.canonical} (${pair.source}).` };
}

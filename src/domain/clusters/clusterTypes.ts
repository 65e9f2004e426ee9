/** The column kinds clustered together: every column of one kind, on both sheets. */
export type ValueKind = "actor" | "weapon" | "location";

/** One cell holding a value: where a fix would write, and the cell's text as read (written only if the cell still holds it). */
export interface CellLocation {
  sheet: string;
  /** A1 address within the sheet. */
  address: string;
  row: number;
  column: number;
  field: string;
  /** The whole cell's text as read (for an associated-actor list, the list). */
  cell: string;
  /** For a `;`-separated list: which name of the list (0-based) the value is. */
  part?: number;
}

/** A distinct value of one kind: trimmed text, and for actors and locations the incident's country. */
export interface DistinctValue {
  value: string;
  /** The incident's country (actors, locations); null for weapons and where the row's country is not known. */
  country: string | null;
  count: number;
  cells: CellLocation[];
  /** Order of first appearance in the workbook (sheet order, then row, then column): the stable tie-break. */
  first: number;
}

/** What the dictionary knows of a value: its canonical name, and whether the value is itself written in a recognised form. */
export interface KnownName {
  /** Its canonical name; undefined where the dictionary recognises the name and refuses to map it (ambiguous, a compound, a state force outside its country). */
  canonical?: string;
  /** What a one-click fix writes for it: the canonical name, or ACLED's form with the value's regime period and unit kept. */
  written?: string;
  /** Written as the dictionary writes it (the canonical name, or ACLED's own form of a listed actor). */
  recognised: boolean;
}

/** The dictionary, as the caller supplies it (built-in resolvers with the workbook's own entries). */
export type NameLookup = (value: string, country: string | null) => KnownName | undefined;

/** A pair a team has marked "not the same" (`relation: different` in the Curation dictionary sheet). */
export interface NotSamePair {
  kind: ValueKind;
  a: string;
  b: string;
  /** The country the team marked it in (the dictionary row's country), or null for everywhere. */
  country?: string | null;
}

/** One value of a cluster, with what the dictionary says of it. */
export interface ClusterMember extends DistinctValue {
  canonical?: string;
}

/** A group of spellings that are probably one name, with the value proposed to keep and why. */
export interface Cluster {
  kind: ValueKind;
  country: string | null;
  /** `key:<keyers>` or `knn:<distance>`. */
  method: string;
  /** Most frequent first (ties: first met in the workbook). */
  members: ClusterMember[];
  /** Cells in all. */
  count: number;
  keep: string;
  reason: string;
}

/** Values a method grouped and a safeguard kept apart, for the curator to see why. */
export interface KeptApart {
  country: string | null;
  values: string[];
  guard: string;
  reason: string;
}

export interface ClusterResult {
  clusters: Cluster[];
  keptApart: KeptApart[];
  /** Distinct values clustered (the cost grows with these, not with rows). */
  distinct: number;
}

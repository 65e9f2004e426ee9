import { LocalDictionary } from "../names/dictionary/workbookDictionary";
import { KnownName, NameLookup } from "./clusterTypes";
import { placeSignature } from "./placeNameGuard";

/** What the team's rows say of a value in one scope: its place, refused (two places fit), or nothing. */
type Found = { canonical: string } | "refused" | undefined;

/**
 * The team's places as clusters read them: the Curation dictionary's `same` location rows,
 * each in its country, or everywhere without one (a row of the value's own country first, as
 * an actor's alias in a country comes before its meaning elsewhere). A value written as a
 * place's canonical name or alias is that place, recognised where written as the canonical
 * name; else a value whose words are the same up to case, accents and punctuation (as the
 * places guard reads them) is that place, where they fit one place only, and is refused where
 * they fit two ("DARA" beside the team's "Dara" and "Dar'a"). Through the lookup the places
 * work as the dictionary's names do for actors: the team's place proposed to keep, two team
 * places never one cluster. Undefined without such rows: locations then have no dictionary.
 */
export function lookupFromPlaces(dictionary: LocalDictionary | undefined): NameLookup | undefined {
  const rows = (dictionary?.entries ?? []).filter((entry) => entry.kind === "location" && entry.relation === "same");
  if (rows.length === 0) return undefined;
  const exact = new Map<string, string>();
  const byWords = new Map<string, Set<string>>();
  for (const row of rows) {
    const scope = row.country ?? "";
    for (const name of row.alias ? [row.canonical, row.alias] : [row.canonical]) {
      const written = `${scope}\u0000${name.trim()}`;
      // The sheet's reader refuses a spelling given to two places in one country: the first row's is the one.
      if (!exact.has(written)) exact.set(written, row.canonical);
      const words = placeSignature(name);
      if (!words) continue;
      const key = `${scope}\u0000${words}`;
      const places = byWords.get(key);
      if (places) places.add(row.canonical);
      else byWords.set(key, new Set([row.canonical]));
    }
  }
  const inScope = (value: string, scope: string): Found => {
    const written = exact.get(`${scope}\u0000${value.trim()}`);
    if (written !== undefined) return { canonical: written };
    const words = placeSignature(value);
    const places = words ? byWords.get(`${scope}\u0000${words}`) : undefined;
    if (!places) return undefined;
    return places.size === 1 ? { canonical: [...places][0] } : "refused";
  };
  const memo = new Map<string, KnownName | null>();
  return (value, country) => {
    const key = `${country ?? ""}\u0000${value}`;
    let known = memo.get(key);
    if (known === undefined) {
      const found = (country ? inScope(value, country) : undefined) ?? inScope(value, "");
      known = found === undefined ? null : found === "refused" ? { recognised: false } : { canonical: found.canonical, written: found.canonical, recognised: value.trim() === found.canonical };
      memo.set(key, known);
    }
    return known ?? undefined;
  };
}

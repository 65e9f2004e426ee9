import { isMapped, isRecognisedForm, Resolution } from "../names/resolution";
import { DistinctValue, KnownName, NameLookup } from "./clusterTypes";

/** Anything that resolves a name in a country: the actor or weapon resolver. */
export interface NameResolver {
  resolve(raw: string, country?: string | null): Resolution;
}

/**
 * The dictionary as clusters read it, from a resolver (the built-in dictionaries with the
 * workbook's own): a value's canonical name where the resolver maps it (and what a fix writes
 * for it), whether the value is written in a recognised form, and the names it recognises and
 * refuses (no canonical name). Each (value, country) is resolved once.
 */
export function lookupFromResolver(resolver: NameResolver): NameLookup {
  const memo = new Map<string, KnownName | null>();
  return (value, country) => {
    const key = `${country ?? ""}\u0000${value}`;
    let known = memo.get(key);
    if (known === undefined) {
      const resolution = resolver.resolve(value, country);
      if (resolution.canonical && isMapped(resolution.status)) {
        known = { canonical: resolution.canonical, written: resolution.fix ?? resolution.canonical, recognised: isRecognisedForm(resolution.status) || value === resolution.canonical };
      } else {
        // Recognised and refused ("Nigerian army" in Niger, "ISIS" where two branches act): a name of its own, never merged into a mapped one.
        const refused = resolution.status === "ambiguous" || resolution.status === "compound" || (resolution.status === "unknown" && !resolution.notInDictionary && resolution.candidates.length > 0);
        known = refused ? { recognised: false } : null;
      }
      memo.set(key, known);
    }
    return known ?? undefined;
  };
}

/** Two values of one country the dictionary knows by one canonical name: aliases of one name, not look-alikes. */
export function knownAsOne(lookup: NameLookup, a: DistinctValue, b: DistinctValue): boolean {
  if (a.country !== b.country) return false;
  const canonical = lookup(a.value, a.country)?.canonical;
  return canonical !== undefined && canonical === lookup(b.value, b.country)?.canonical;
}

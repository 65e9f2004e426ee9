import { isMapped, isRecognisedForm, Resolution } from "../names/resolution";
import { KnownName, NameLookup } from "./clusterTypes";

/** Anything that resolves a name in a country: the actor or weapon resolver. */
export interface NameResolver {
  resolve(raw: string, country?: string | null): Resolution;
}

/**
 * The dictionary as clusters read it, from a resolver (the built-in dictionaries with the
 * workbook's own): a value's canonical name where the resolver maps it, and whether the value
 * is written in a recognised form. Each (value, country) is resolved once.
 */
export function lookupFromResolver(resolver: NameResolver): NameLookup {
  const memo = new Map<string, KnownName | null>();
  return (value, country) => {
    const key = `${country ?? ""}\u0000${value}`;
    let known = memo.get(key);
    if (known === undefined) {
      const resolution = resolver.resolve(value, country);
      known = resolution.canonical && isMapped(resolution.status) ? { canonical: resolution.canonical, recognised: isRecognisedForm(resolution.status) || value === resolution.canonical } : null;
      memo.set(key, known);
    }
    return known ?? undefined;
  };
}

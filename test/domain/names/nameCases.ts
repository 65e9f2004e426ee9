import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { NameStatus, Resolution } from "../../../src/domain/names/resolution";

/** One case of a naming rule: the raw name, its country, the answer expected, and why. */
export type NameCase = [raw: string, country: string | null, status: NameStatus, canonical: string | null, why: string];

export const actor = (raw: string, country: string | null): Resolution => builtInActorResolver().resolve(raw, country);
export const weapon = (raw: string): Resolution => builtInWeaponResolver().resolve(raw);

/**
 * A table of cases for one rule (positive cases, and near misses the rule must not swallow):
 * status and canonical name as expected, a reason, no confidence without a canonical name.
 */
export function nameTable(name: string, cases: NameCase[], resolve: (raw: string, country: string | null) => Resolution): void {
  describe(name, () => {
    test.each(cases)("%p in %p → %s %p (%s)", (raw, country, status, canonical) => {
      const resolution = resolve(raw, country);
      expect([resolution.status, resolution.canonical]).toEqual([status, canonical]);
      expect(resolution.reason.length).toBeGreaterThan(5);
      if (canonical === null) expect(resolution.confidence).toBe(0);
      else expect(resolution.confidence).toBeGreaterThan(0.5);
    });
  });
}

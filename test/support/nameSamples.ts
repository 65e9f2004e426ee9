import { BUILT_IN_ACTORS } from "../../src/domain/names/dictionary/builtIn";
import { WEAPONS } from "../../src/domain/names/dictionary/weapons";
import { loadEvaluationSet } from "./evaluation";

/**
 * Texts to compare a fast path with the plain rules on: the tuning set's raw names, the
 * dictionaries' names, and each written with the characters the rules treat specially
 * (dots, quotes, dashes, spaces, accents, carets, controls).
 */
export function nameSamples(): string[] {
  const names = [
    ...loadEvaluationSet("actor").map((row) => row.raw),
    ...loadEvaluationSet("weapon").map((row) => row.raw),
    ...BUILT_IN_ACTORS.flatMap((entry) => [entry.canonical, entry.code, ...entry.aliases, ...(entry.acled ?? [])]),
    ...WEAPONS.flatMap((entry) => [entry.canonical, ...entry.aliases, ...(entry.variants ?? [])]),
  ];
  const odd = ["", " ", "  a  b  ", "J.N.I.M.", "Al-Shabaab's", "fighters' camp", "\"ISIS\"", "'JNIM'", "a`b", "a^b", "A\u00b4B", "AK\u201147", "AK\u201447", "Ansar\u00a0Dine", "ISIS\t", "\u0085x", "x\u0000y", "Boko Haram.", "A.K.", "ÉCOLE", "Ğ", "ﬁ", "ß", "\u2019s", "x__y", "{a}[b](c)", "$+<=>|~", "a.b.c", "7.62x39", "PG-7VL HEAT"];
  const variants = names.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase(), ` ${name} `, name.replace(/ /g, "  "), name.replace(/-/g, "\u2013"), name.replace(/a/g, "\u00e1")]);
  return [...new Set([...odd, ...variants])];
}

/**
 * Calibres, roles and technical words written after a model (NAMING-POLICY weapons §5):
 * "PKM 7.62mm", "PKM 7.62×54R", "PG-7VL HEAT", "AKM, 7.62×39mm", "RPG-7 anti-tank",
 * "AK-47 automatic". They describe the model: noise for matching, but evidence that must
 * agree with it (a calibre that contradicts the model's, a round's role on a rifle, refuse).
 */
const CALIBRE = String.raw`(?:(?:\.\d+|\d+(?:[.,]\d+)?)\s*(?:mm)?\s*(?:[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm)?\s*R?|mm\s*R?|cal(?:ibre|iber)?\b)(?:\s*(?:NATO|OTAN|BMG)\b)?|\d+[.,]\d+\s*(?:NATO|OTAN)\b|\.\d+\s*BMG\b)`;
/** Words that say what a round does or how it is built. */
const ROUND_ROLE = String.raw`heat|he|he-frag|he-fragmentation|frag|fragmentation|thermobaric|tandem|tandem-heat|anti-tank|anti-armou?r|anti-personnel|incendiary|tracer|high-explosive|antichar|antipersonnel|explosive|illumination|smoke`;
/** Words that say how a gun works. */
const GUN_ROLE = String.raw`automatic|semi-automatic|fully automatic|belt-fed|gas-operated|self-loading`;

/** After the model, a comma, in parentheses ("PKM (7.62×54mmR)") or with French "de" ("AKM de 7,62 mm"). */
const TRAILING_CALIBRE = new RegExp(String.raw`(?:\s*,\s*|\s+(?:de\s+|d'|of\s+)?)(${CALIBRE})$|\s*\(\s*(${CALIBRE})\s*\)$`, "iu");
const LEADING_CALIBRE = new RegExp(String.raw`^(${CALIBRE})\s+(?=\p{L})`, "iu");
const TRAILING_ROUND_ROLE = new RegExp(String.raw`(?:\s*,\s*|\s+)(${ROUND_ROLE})$`, "i");
const TRAILING_GUN_ROLE = new RegExp(String.raw`(?:\s*,\s*|\s+)(${GUN_ROLE})$`, "i");

/** What was taken off a model's name. */
export interface Qualifiers {
  model: string;
  calibre?: string;
  /** "round": a round's role (HEAT, thermobaric); "gun": how a gun works (automatic). */
  role?: { word: string; of: "round" | "gun" };
}

/**
 * The model with its trailing qualifiers taken off (one of each kind at most, in any order),
 * or undefined where there is none. A leading calibre ("7.62mm PKM") is taken too; a text
 * that is only a calibre is left alone (bare calibres are refused elsewhere).
 */
export function stripQualifiers(text: string): Qualifiers | undefined {
  let model = text;
  let calibre: string | undefined;
  let role: Qualifiers["role"];
  for (let i = 0; i < 3; i++) {
    const c = calibre === undefined ? TRAILING_CALIBRE.exec(model) : null;
    if (c && c.index > 0) {
      calibre = (c[1] ?? c[2]).trim();
      model = model.slice(0, c.index).trim();
      continue;
    }
    const r = role === undefined ? TRAILING_ROUND_ROLE.exec(model) ?? TRAILING_GUN_ROLE.exec(model) : null;
    if (r && r.index > 0) {
      role = { word: r[1], of: TRAILING_ROUND_ROLE.test(r[0]) ? "round" : "gun" };
      model = model.slice(0, r.index).trim();
      continue;
    }
    break;
  }
  if (calibre === undefined) {
    const lead = LEADING_CALIBRE.exec(model);
    if (lead && lead[0].length < model.length) {
      calibre = lead[1].trim();
      model = model.slice(lead[0].length).trim();
    }
  }
  if (model === text || !model || !/\p{L}/u.test(model)) return undefined;
  return { model, calibre, role };
}

/** Calibres written in inches (".50 calibre") and the millimetres of their cartridges. */
const INCHES: Record<string, number> = { "50": 12.7, "30": 7.62, "308": 7.62, "223": 5.56, "303": 7.7, "45": 11.43, "22": 5.56, "38": 9, "357": 9 };

/** "7.62" agrees with 7.62×39mm; "7.62×54" does not. Only the numbers are compared, the written ones against the first known ones. */
export function sameCalibre(written: string, known: string): boolean {
  const numbers = (text: string) => {
    const inches = /^\s*\.(\d+)/.exec(text);
    if (inches) return [INCHES[inches[1]] ?? Number(`0.${inches[1]}`) * 25.4];
    return (text.replace(/(\d),(\d)/g, "$1.$2").match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  };
  const a = numbers(written);
  const b = numbers(known);
  if (a.length === 0 || b.length === 0) return true;
  return a.every((n, i) => i < b.length && Math.abs(n - b[i]) < 0.011);
}

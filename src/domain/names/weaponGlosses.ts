/**
 * Descriptions written with a model that say how it was used or built, not which model it
 * is (NAMING-POLICY weapons §5): "DShK mounted on a technical", "107mm rocket fired from a
 * single rail", "AKMS (underfolding stock)", "Type 56-2 side-folding rifles". Noise for
 * matching. Compiled once.
 */
const USE = String.raw`(?:mounted|fitted|installed|fired|launched|carried|used|seen|recovered|found|montée?s?|tirée?s?|installée?s?|utilisée?s?)\s+(?:on|onto|to|from|in|by|with|sur|depuis|par|à partir d'?|dans)\b.*`;
const STOCK = String.raw`(?:under-?|side-?)?folding(?:\s+stock)?|fixed[- ]stock|wooden[- ]stock|underfolder|(?:à|a) crosse (?:repliable|pliante|rabattable|fixe)`;

const TRAILING_USE = new RegExp(String.raw`\s*,?\s+(?:${USE})$`, "iu");
const TRAILING_PARENTHESIS = new RegExp(String.raw`\s*\(\s*(?:with\s+|avec\s+)?(?:an?\s+)?(?:${STOCK})\s*\)$`, "iu");
/** A stock word between the model and its class noun: "Type 56-2 side-folding rifles". */
const STOCK_BEFORE_NOUN = new RegExp(String.raw`\s+(?:${STOCK})(?=\s+\p{L}+$)`, "iu");

/** The text without the descriptions of use or build it ends with, and what was taken; undefined where there is none. */
export function stripGloss(text: string): { text: string; gloss: string } | undefined {
  for (const pattern of [TRAILING_USE, TRAILING_PARENTHESIS, STOCK_BEFORE_NOUN]) {
    const match = pattern.exec(text);
    if (match && match.index > 0) {
      const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).trim();
      if (rest && /\p{L}|\d/u.test(rest)) return { text: rest, gloss: match[0].trim() };
    }
  }
  return undefined;
}

/**
 * The stocks weapons.csv gives: a stock written with a model must agree ("Type 56
 * (underfolding stock)" is the Type 56-1's description, not the Type 56's). "folding" agrees
 * with under- and side-folding; M70B1's "not re-verified" detail is left out.
 */
const STOCKS: Record<string, "fixed" | "underfolding" | "side-folding" | "folding"> = {
  AKMS: "underfolding", "Type 56": "fixed", "Type 56-1": "underfolding", "Type 56-2": "side-folding", "Zastava M70AB2": "folding",
};

function stockOf(gloss: string): "fixed" | "underfolding" | "side-folding" | "folding" | undefined {
  const text = gloss.toLowerCase();
  if (/under-?fold/.test(text)) return "underfolding";
  if (/side-?fold/.test(text)) return "side-folding";
  if (/fixed|wooden|fixe\b/.test(text)) return "fixed";
  if (/fold|repliable|pliante|rabattable/.test(text)) return "folding";
  return undefined;
}

/** Whether a gloss contradicts the stock the reference gives the model (undefined where either is unknown: no contradiction). */
export function stockContradicts(gloss: string, canonical: string): boolean {
  const written = stockOf(gloss);
  const known = STOCKS[canonical];
  if (!written || !known || written === known) return false;
  if (written === "folding" || known === "folding") return written === "fixed" || known === "fixed";
  return true;
}

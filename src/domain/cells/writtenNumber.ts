import { fold } from "../text/fold";

/** Number words, English and French (folded: no accents), that name one whole number. */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
/** Tens that take a unit after them (twenty-two, vingt-deux, vingt et un); French stops at soixante, where its counting turns vigesimal. */
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

/** The whole number a run of number words names ("two", "deux", "twenty-one", "vingt et un", "dix-sept"), or undefined. */
export function numberWords(text: string): number | undefined {
  const words = fold(text).split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.length === 1) {
    const [w] = words;
    return UNITS[w] ?? TEENS[w] ?? TENS[w] ?? (w === "hundred" || w === "cent" ? 100 : undefined);
  }
  const [first, ...rest] = words;
  const unit = rest.length === 2 && rest[0] === "et" ? rest[1] : rest.length === 1 ? rest[0] : undefined;
  if (unit === undefined || UNITS[unit] === undefined || UNITS[unit] === 0) return undefined;
  if (rest.length === 2 && unit !== "un" && unit !== "une") return undefined;
  if (first === "dix" && unit !== "un" && UNITS[unit] >= 7) return 10 + UNITS[unit];
  const tens = TENS[first];
  return tens === undefined ? undefined : tens + UNITS[unit];
}

/**
 * Words that make the number beside them uncertain or another number: ranges and hedges
 * ("2 or 3", "about 5", "5+", "at least 4", "environ 10") and multipliers or containers
 * ("2 dozen" is 24, "3 boxes" counts boxes, not the items).
 */
const UNCERTAIN = new Set([
  "or", "to", "and", "more", "less", "than", "about", "approx", "approximately", "around", "roughly", "nearly", "almost", "over", "under",
  "at", "least", "most", "up", "some", "circa", "ca", "est", "estimated", "plus", "of", "per", "for", "each",
  "ou", "a", "et", "environ", "moins", "au", "pres", "presque", "de", "des", "sur", "entre",
]);

/**
 * The whole number a text names for certain: number words alone ("two", "deux"), or a
 * number followed only by words that name what is counted ("2 rifles", "three launchers")
 * when `counted` holds those words (singular, folded). Undefined for anything less sure:
 * "several", "2-3", "2 or 3", "about 5", "2 dozen", "3 boxes".
 */
export function certainNumber(text: string, counted: ReadonlySet<string> = new Set()): number | undefined {
  const folded = fold(text).replace(/[.,;:!]+$/, "");
  const whole = numberWords(folded);
  if (whole !== undefined) return whole;
  const tokens = folded.split(/\s+/);
  for (let take = Math.min(3, tokens.length - 1); take >= 1; take--) {
    const head = tokens.slice(0, take).join(" ");
    const value = /^\d+$/.test(head) ? Number(head) : numberWords(head);
    if (value === undefined) continue;
    const tail = tokens.slice(take);
    const sure = tail.every((word) => /^[a-z]+$/.test(word) && !UNCERTAIN.has(word) && counted.has(singular(word)));
    return sure ? value : undefined;
  }
  return undefined;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/**
 * A round named with the launcher that fires it (NAMING-POLICY weapons §4): "PG-7V rockets
 * for RPG-7", "OG-9 rounds for SPG-9", "roquettes PG-7V pour RPG-7". The round is the
 * answer; the launcher is evidence that must agree (the round must be one it fires).
 */
const FOR_LAUNCHER = /^(.+?)\s+(?:for|pour|fired by|tirée?s? par)\s+(?:the\s+|an?\s+|les?\s+|la\s+|l'|un\s+|une\s+|des\s+)?(\S.*)$/iu;

/** The round and the launcher written after "for"; undefined where there is no such phrase. */
export function stripLauncher(text: string): { round: string; launcher: string } | undefined {
  const match = FOR_LAUNCHER.exec(text);
  return match ? { round: match[1].trim(), launcher: match[2].trim() } : undefined;
}

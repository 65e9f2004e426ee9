/** A count as a curator reads it, with thousands separators: 10,202. The same on every machine, unlike toLocaleString. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A count and its noun, in the plural where it needs one: "1 error", "2 errors"; `plural` for irregular nouns ("info"). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}

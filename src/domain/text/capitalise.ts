/** The text with its first letter in capitals, for labels at the start of a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Case-, accent- and spacing-insensitive form of a text, for comparing vocabulary values. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Like `fold`, and drops every character that is not a letter or a digit: for header names. */
export function compactKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
}

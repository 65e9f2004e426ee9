/** Whether every code unit of a text is ASCII (U+0000–U+007F): the texts the one-pass readings and folds take at once. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

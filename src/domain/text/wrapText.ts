/**
 * Breaks text into lines of at most `width` characters at spaces, for terminals. Nothing is
 * cut or dropped but the one space at each break: a word longer than a line gets a line of
 * its own, whole; runs of spaces and line breaks in the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(" ");
    let line = words[0];
    for (const word of words.slice(1)) {
      // An empty word is a second space in a row: kept on the line, so no space is lost.
      if (word === "" || line.trim() === "" || line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

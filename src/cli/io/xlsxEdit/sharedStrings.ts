import { stringItemText } from "./cellXml";
import { Token, XmlTokens } from "./xmlTokens";

/** A shared string's text, and whether it has rich text runs (parts in their own fonts). */
export interface SharedString {
  text: string;
  rich: boolean;
}

/**
 * The texts of the shared strings at `wanted` indices, read in one pass over the shared
 * strings part without holding the rest: a sheet of a million names needs only the few a
 * fix touches. An index past the end is left out of the answer.
 */
export async function sharedStringsAt(content: AsyncIterable<Buffer>, wanted: ReadonlySet<number>): Promise<Map<number, SharedString>> {
  const found = new Map<number, SharedString>();
  if (wanted.size === 0) return found;
  const tokens = new XmlTokens();
  let index = -1;
  let item: Token[] | undefined;
  const onToken = (token: Token) => {
    if (token.local === "si" && (token.kind === "start" || token.kind === "empty")) {
      index++;
      if (token.kind === "empty") {
        if (wanted.has(index)) found.set(index, { text: "", rich: false });
      } else if (wanted.has(index)) {
        item = [];
      }
      return;
    }
    if (token.local === "si" && token.kind === "end") {
      if (item) found.set(index, { text: stringItemText(item), rich: item.some((t) => t.local === "r" && t.kind === "start") });
      item = undefined;
      return;
    }
    item?.push(token);
  };
  for await (const chunk of content) {
    tokens.feed(chunk.toString("latin1"), onToken);
    if (found.size === wanted.size) break;
  }
  return found;
}

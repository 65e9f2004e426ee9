import { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { FastXmlParser } from "./fastXml";

/**
 * Parsing the XML parts of a package with saxes, which expands no entity beyond XML's own
 * five and character references and reads no DTD: an internal subset's entities are simply
 * undefined (a "billion laughs" part is refused as malformed, never expanded).
 * Namespace prefixes are not resolved: elements and attributes go by their local names, since
 * writers differ in prefixes (`x:c` from some .NET writers) but not in local names.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** A part that is no well-formed XML, as a phrase for "x.xlsx: …". */
export class MalformedPartError extends Error {}

/** The local name of a possibly prefixed XML name. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name (`r:id` by "id" with `prefixed`, since `id` alone is another attribute). */
export function attribute(attributes: Record<string, string>, name: string, prefixed = false): string | undefined {
  if (!prefixed && name in attributes) return attributes[name];
  for (const key in attributes) {
    const colon = key.indexOf(":");
    if (colon >= 0 && key.slice(colon + 1) === name && !key.startsWith("xmlns")) return attributes[key];
  }
  return undefined;
}

function parserFor(part: string, handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes, tag.isSelfClosing));
  }
  if (handlers.text) parser.on("text", handlers.text);
  if (handlers.text) parser.on("cdata", handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  parser.on("error", (error) => {
    throw new MalformedPartError(`its part ${part} is not well-formed XML (${error.message.replace(/^[^:]*:\d+:\d+: /, "")})`);
  });
  return parser;
}

/** Parses a whole (small) part held as text. */
export function parseXmlText(part: string, text: string, handlers: XmlHandlers): void {
  parserFor(part, handlers).write(text).close();
}

/**
 * A streamed part parsed chunk by chunk; `afterChunk` runs after each chunk (to hand on what
 * it completed) and may stop the reading by returning false.
 */
export async function* parseXmlStream<T>(part: string, stream: Readable, handlers: XmlHandlers, afterChunk: () => T[] | undefined, only?: readonly string[]): AsyncGenerator<T[]> {
  // The streamed parts are the big ones (sheets, shared strings): read by the fast reader, which checks what reading them safely needs.
  // `only`: the attribute names the handlers read (then one attributes object, reused, which they must not keep).
  const parser = new FastXmlParser(part, handlers, only);
  const decoder = new StringDecoder("utf8");
  let first = true;
  try {
    for await (const chunk of stream) {
      let text = decoder.write(chunk as Buffer);
      if (first && text.length > 0) {
        // A byte-order mark is no XML; UTF-16 sheets are not written by any spreadsheet we know.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      parser.write(text);
      const done = afterChunk();
      if (done?.length) yield done;
    }
    parser.write(decoder.end());
    parser.close();
    const done = afterChunk();
    if (done?.length) yield done;
  } finally {
    stream.destroy();
  }
}

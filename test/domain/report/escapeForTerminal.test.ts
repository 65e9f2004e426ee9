import { escapeForTerminal, escapeTsvField, jsonForTerminal } from "../../../src/domain/report/escapeForTerminal";

describe("escapeForTerminal", () => {
  test.each([
    ["a line break forges no line", "Battles\nIncidents!B2  forged finding", "Battles\\nIncidents!B2  forged finding"],
    ["a carriage return cannot rewrite the line", "ok\rNo findings.", "ok\\rNo findings."],
    ["a tab shifts no column", "ISIS\tNigeria", "ISIS\\tNigeria"],
    ["ESC: an ANSI colour", "\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m"],
    ["ESC: an OSC 8 hyperlink ended by BEL", "\u001b]8;;https://example.org\u0007click\u001b]8;;\u0007", "\\x1b]8;;https://example.org\\x07click\\x1b]8;;\\x07"],
    ["ESC: an OSC 52 clipboard write ended by ST", "\u001b]52;c;ZXZpbA==\u001b\\", "\\x1b]52;c;ZXZpbA==\\x1b\\"],
    ["NUL and the other C0 controls", "\u0000\u0001\u0008\u000b\u000c\u001f", "\\x00\\x01\\x08\\x0b\\x0c\\x1f"],
    ["DEL", "a\u007fb", "a\\x7fb"],
    ["C1: CSI (U+009B) and OSC (U+009D), ESC's sequences in one byte", "\u009b2J\u009d0;title\u009c", "\\x9b2J\\x9d0;title\\x9c"],
    ["C1: the first and the last", "\u0080\u009f", "\\x80\\x9f"],
    ["bidi embeddings and overrides U+202A–U+202E", "\u202a\u202b\u202c\u202d\u202e", "\\u202a\\u202b\\u202c\\u202d\\u202e"],
    ["bidi isolates U+2066–U+2069", "\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"],
    ["a right-to-left override that would reverse the rest of the line", "txt.\u202eexe", "txt.\\u202eexe"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"],
    ["plain text is kept", "Islamic State Sahel Province", "Islamic State Sahel Province"],
    ["letters of every script, accents, emoji and U+FFFD are kept", "Ségou ጎንደር دمشق Ибрагим 🇲🇱 \ufffd", "Ségou ጎንደር دمشق Ибрагим 🇲🇱 \ufffd"],
    ["bidi marks of real Arabic and Hebrew text are kept", "\u200fحلب\u200e \u061c", "\u200fحلب\u200e \u061c"],
    ["no-break and zero-width spaces are kept (a check reports them)", "a\u00a0b\u200bc", "a\u00a0b\u200bc"],
    ["backslashes are kept: a report is read by people", "C:\\data\\x.xlsx", "C:\\data\\x.xlsx"],
    ["the empty string", "", ""],
  ])("%s", (_case, input, printed) => {
    expect(escapeForTerminal(input)).toBe(printed);
  });

  test("whatever the value, the result holds no control, bidi override or line separator", () => {
    let every = "";
    for (let code = 0; code < 0x3000; code++) every += String.fromCharCode(code);
    const escaped = escapeForTerminal(every);
    expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(escaped.split("\n")).toHaveLength(1);
  });
});

describe("escapeTsvField", () => {
  /** The reverse, as a program reading the TSV would write it. */
  const unescape = (field: string) =>
    field.replace(/\\(\\|n|r|t|x([0-9a-f]{2})|u([0-9a-f]{4}))/g, (_all, what: string, hex2?: string, hex4?: string) =>
      what === "\\" ? "\\" : what === "n" ? "\n" : what === "r" ? "\r" : what === "t" ? "\t" : String.fromCharCode(parseInt((hex2 ?? hex4)!, 16)),
    );

  test.each([
    ["a tab cannot add a field", "ISIS\tNigeria", "ISIS\\tNigeria"],
    ["a newline cannot add a record", "a\nb", "a\\nb"],
    ["a backslash is doubled, so that escapes read back exactly", "a\\nb", "a\\\\nb"],
    ["ESC", "\u001b[2J", "\\x1b[2J"],
  ])("%s", (_case, input, field) => {
    expect(escapeTsvField(input)).toBe(field);
    expect(escapeTsvField(input)).not.toMatch(/[\t\n\r]/);
    expect(unescape(escapeTsvField(input))).toBe(input);
  });

  test("every string reads back exactly", () => {
    const samples = ["", "\\", "\\\\t", "\t\\t", "x\u009by\u202ez\\u202e", "\\x1b\u001b"];
    for (const sample of samples) expect(unescape(escapeTsvField(sample))).toBe(sample);
  });
});

describe("jsonForTerminal", () => {
  test("what JSON.stringify leaves raw (DEL, C1, bidi overrides, line separators) becomes \\u escapes", () => {
    expect(JSON.stringify("\u009b2J\u202e\u2028\u007f")).toBe('"\u009b2J\u202e\u2028\u007f"');
    expect(jsonForTerminal(JSON.stringify({ value: "\u009b2J\u202e\u2028\u007f" }))).toBe('{"value":"\\u009b2J\\u202e\\u2028\\u007f"}');
  });

  test("a program reads exactly the same data; a terminal gets no control", () => {
    let every = "";
    for (let code = 0; code < 0x3000; code++) every += String.fromCharCode(code);
    const data = { [every]: [every, { nested: every }] };
    const json = jsonForTerminal(JSON.stringify(data, null, 2));
    expect(JSON.parse(json)).toEqual(data);
    expect(json.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  });
});

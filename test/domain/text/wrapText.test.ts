import { wrapText } from "../../../src/domain/text/wrapText";

test.each([
  ["short enough", 20, ["short enough"], "one line"],
  ["the quick brown fox jumps", 10, ["the quick", "brown fox", "jumps"], "broken at spaces"],
  ["a supercalifragilistic word", 10, ["a", "supercalifragilistic", "word"], "a word longer than a line is kept whole"],
  ['"Military  Forces" twice', 40, ['"Military  Forces" twice'], "two spaces in a row are kept"],
  ["first\nsecond", 40, ["first", "second"], "line breaks kept"],
  ["", 10, [""], "empty text, one empty line"],
])("%p at %p → %p (%s)", (text, width, lines) => {
  expect(wrapText(text, width)).toEqual(lines);
});

test("nothing is lost: the lines joined by spaces are the text", () => {
  const text = "Unknown actor: \"Kurdish Ethnic Group (France)\" is not in the dictionary and is not close enough to a known name to guess.";
  for (const width of [10, 30, 70]) expect(wrapText(text, width).join(" ")).toBe(text);
});

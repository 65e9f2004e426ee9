import { NumberedStrings } from "../../../src/domain/text/numberedStrings";

describe("NumberedStrings", () => {
  it("numbers each distinct text once, in the order met, and gives it back by its number", () => {
    const strings = new NumberedStrings();
    expect(["Mali", "Niger", "Mali", "mali", "Niger"].map((text) => strings.number(text))).toEqual([0, 1, 0, 2, 1]);
    expect([0, 1, 2].map((number) => strings.text(number))).toEqual(["Mali", "Niger", "mali"]);
  });

  it("keeps a text equal to the one given, whichever string object held it", () => {
    const strings = new NumberedStrings();
    const number = strings.number("Burkina Faso (2022-)".slice(0, 12));
    expect(strings.number(["Burkina", "Faso"].join(" "))).toBe(number);
    expect(strings.text(number)).toBe("Burkina Faso");
  });
});

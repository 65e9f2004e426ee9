import { isPluralWord, pluralWords, singularText } from "../../../src/domain/clusters/pluralWords";

describe("isPluralWord: a plural -s only where case says so", () => {
  test.each(["AK-47s", "PG-7Vs", "PKMs", "RPGs", "M16A1s", "Dozos", "Militias", "rifles", "launchers", "Peuls", "DOZOs"])("%p is a plural", (word) => {
    expect(isPluralWord(word)).toBe(true);
  });

  test.each([
    ["PKMS", "a capital S is a suffix"],
    ["ISIS", "likewise"],
    ["92s", "digits with no capital: a plural or the 92S"],
    ["1990s", "likewise"],
    ["isis", "a stem of three letters"],
    ["Congress", "-ss"],
    ["Cyprus", "-us"],
    ["Tunis", "-is"],
    ["Ms", "too short"],
    ["Dozo", "no s"],
  ])("%p is not (%s)", (word) => {
    expect(isPluralWord(word)).toBe(false);
  });

  test("the text's plurals taken off, the rest as written", () => {
    expect(singularText("Dozos Communal Militia (Mali)")).toBe("Dozo Communal Militia (Mali)");
    expect(singularText("Chinese AK-47s, PKMS and RPGs.")).toBe("Chinese AK-47, PKMS and RPG.");
    expect(pluralWords("Koglweogo Militias (Burkina Faso)")).toEqual(["Militias"]);
  });
});

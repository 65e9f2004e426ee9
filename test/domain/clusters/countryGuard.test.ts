import { countriesNamed, countryGuard } from "../../../src/domain/clusters/countryGuard";
import { valueOf } from "./valueOf";

/** A country is identity inside clusters (a review's cases on the real ACLED exports: ACLED's labels name foreign countries). */
describe("countryGuard", () => {
  const guard = countryGuard();
  test.each([
    ["Civilians (Gambia)", "Civilians (Zambia)"],
    ["Pastoralists (Niger)", "Pastoralists (Nigeria)"],
    ["Protesters (Ireland)", "Protesters (Iceland)"],
    ["Nigerian army", "Nigerien army"],
    ["Unidentified Armed Group (Mali)", "Unidentified Armed Group (Malawi)"],
    ["Fulani Ethnic Militia (Niger)", "Fulani Ethnic Militia"],
  ])("%p and %p never share a cluster", (a, b) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toMatch(/name different countries/);
  });

  test.each([
    ["Labour Group (Ukraine)", "Labor Group (Ukraine)"],
    ["Islamic State (IS)", "Islamic State (ISIS)"],
    ["Military Forces of Burkina Faso (2022-)", "Military forces of Burkina Faso (2022-)"],
    ["Mayi Mayi Militia (Buhirwa)", "Mayi Mayi Militia (Buhirwha)"],
  ])("%p and %p may (the same country, or a code that is no country's name)", (a, b) => {
    expect(guard.apart(valueOf(a), valueOf(b))).toBeUndefined();
  });

  test.each([
    ["Military Forces of Burkina Faso (2022-)", ["Burkina Faso"]],
    ["Civilians (Guinea-Bissau)", ["Guinea-Bissau"]],
    ["IS in AND", []],
    ["Les militaires tchadiens", []],
  ])("countriesNamed(%p) = %p", (text, expected) => {
    expect(countriesNamed(text)).toEqual(expected);
  });
});

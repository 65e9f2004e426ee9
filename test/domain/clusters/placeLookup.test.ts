import type { LocalEntry } from "../../../src/domain/names/dictionary/workbookDictionary";
import { lookupFromPlaces } from "../../../src/domain/clusters/placeLookup";

/** The team's places as clusters read them: the Curation dictionary's `same` location rows, each in its country. */
const row = (canonical: string, alias: string, country: string | null, kind: LocalEntry["kind"] = "location", relation: LocalEntry["relation"] = "same"): LocalEntry => ({ kind, canonical, alias, country, relation, note: "", row: 2 });
const places = lookupFromPlaces({
  sheet: "Curation dictionary",
  entries: [
    row("Tintelout", "Tin Telout", "Mali"),
    row("Dara", "Darah", "Mali"),
    row("Dar'a", "", "Mali"),
    row("Dar'a", "Daraa", "Syria"),
    row("Bobo-Dioulasso", "Bobo", null),
    row("Kidal", "Kidal town", "Mali", "location", "different"),
    row("Katiba Ansongo", "Ansongo", "Mali", "actor"),
  ],
})!;

test.each([
  ["Tintelout", "Mali", { canonical: "Tintelout", written: "Tintelout", recognised: true }, "the team's place, written as the team writes it"],
  ["Tin Telout", "Mali", { canonical: "Tintelout", written: "Tintelout", recognised: false }, "its alias: known as the place, not written as it"],
  ["TIN-TELOUT", "Mali", { canonical: "Tintelout", written: "Tintelout", recognised: false }, "the alias up to case and punctuation, as the places guard reads words"],
  ["Tin Telout", "Niger", undefined, "a row of Mali says nothing in Niger"],
  ["Tin Telout", null, undefined, "nor where the country is not known"],
  ["Dara", "Mali", { canonical: "Dara", written: "Dara", recognised: true }, "written letter for letter: Dara, though its words are Dar'a's too"],
  ["Dar'a", "Mali", { canonical: "Dar'a", written: "Dar'a", recognised: true }, "and Dar'a"],
  ["DARA", "Mali", { recognised: false }, "words that fit two of the team's places: refused, so it joins neither"],
  ["Daraa", "Syria", { canonical: "Dar'a", written: "Dar'a", recognised: false }, "Syria's row"],
  ["Dara", "Syria", { canonical: "Dar'a", written: "Dar'a", recognised: false }, "in Syria, Dara's words are only Dar'a's"],
  ["Bobo", "Burkina Faso", { canonical: "Bobo-Dioulasso", written: "Bobo-Dioulasso", recognised: false }, "a row without a country holds everywhere"],
  ["bobo dioulasso", null, { canonical: "Bobo-Dioulasso", written: "Bobo-Dioulasso", recognised: false }, "and where the country is not known"],
  ["Kidal town", "Mali", undefined, 'a "different" row is no spelling of a place'],
  ["Ansongo", "Mali", undefined, "an actor row is no place"],
  ["Gao", "Mali", undefined, "a place the team has not written"],
])("%p in %p: %p (%s)", (value, country, known, _why) => {
  expect(places(value, country)).toEqual(known);
});

test("a row of the value's country comes before a row for everywhere", () => {
  const lookup = lookupFromPlaces({ sheet: "Curation dictionary", entries: [row("Dara", "Darah", null), row("Dar'a", "Darah", "Syria")] })!;
  expect([lookup("Darah", "Syria")?.canonical, lookup("Darah", "Mali")?.canonical]).toEqual(["Dar'a", "Dara"]);
});

test("without location `same` rows, locations have no dictionary", () => {
  expect(lookupFromPlaces(undefined)).toBeUndefined();
  expect(lookupFromPlaces({ sheet: "Curation dictionary", entries: [row("Kidal", "Kidal town", "Mali", "location", "different"), row("Katiba Ansongo", "Ansongo", "Mali", "actor")] })).toBeUndefined();
});

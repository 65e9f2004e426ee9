import { stripArticles, stripCount } from "../../../src/domain/names/determiners";
import { actor, nameTable, weapon } from "./nameCases";

/** Articles, determiners and counts before a name, English and French (NAMING-POLICY actors §8, weapons §5). */
nameTable("actors §8: articles and determiners", [
  ["the Houthis", "Yemen", "alias", "Houthis", "English article"],
  ["les FAMa", "Mali", "alias", "Military Forces of Mali", "French article"],
  ["l'EIGS", "Mali", "alias", "Islamic State Sahel Province", "French elided article"],
  ["des éléments du JNIM", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "French partitive and descriptor"],
  ["d'AQMI", "Mali", "alias", "Al-Qaeda in the Islamic Maghreb", "French elided de"],
  ["l'armée malienne", "Mali", "alias", "Military Forces of Mali", "article before a translated name"],
  ["la Ansar", "Mali", "unknown", null, "negative: a fragment stays a fragment"],
], actor);

nameTable("weapons §5: articles and counts", [
  ["an RPG-7 launcher", null, "alias", "RPG-7", "seed report"],
  ["a Zastava M70AB2 rifle", null, "alias", "Zastava M70AB2", "seed report"],
  ["a PKM machine gun", null, "alias", "PKM", "article"],
  ["two PKM machine guns", null, "alias", "PKM", "count"],
  ["3 AK-47s", null, "alias", "AK-47", "a count in digits"],
  ["deux fusils d'assaut AK-47", null, "alias", "AK-47", "French count and class noun"],
  ["an AK-48", null, "unknown", null, "negative: the digits are still identity"],
  ["82 mm mortar", null, "canonical", "82 mm mortar", "negative: a calibre is not a count"],
], (raw) => weapon(raw));

test.each([
  ["the Houthis", "Houthis"],
  ["l'EIGS", "EIGS"],
  ["les FAMa", "FAMa"],
  ["An Nasr", "Nasr"],
])("stripArticles(%p) → %p", (text, stripped) => {
  expect(stripArticles(text)).toBe(stripped);
});

test.each([
  ["two PKM machine guns", "PKM machine guns", true],
  ["a PKM", "PKM", false],
  ["82 mm mortar", "82 mm mortar", false],
  ["3 AK-47", "AK-47", true],
])("stripCount(%p) → %p", (text, stripped, count) => {
  expect(stripCount(text)).toEqual({ text: stripped, count });
});

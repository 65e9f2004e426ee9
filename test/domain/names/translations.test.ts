import { translationKey } from "../../../src/domain/names/translations";
import { actor, nameTable } from "./nameCases";

/** Plain translations between English and French of listed names (NAMING-POLICY actors §8). */
nameTable("actors §8: English and French translations of listed names", [
  ["Armée de libération oromo", "Ethiopia", "alias", "Oromo Liberation Army", "French of an English name"],
  ["Province de l'État islamique au Sahel", "Mali", "alias", "Islamic State Sahel Province", "French word order"],
  ["Province de l'Afrique de l'Ouest de l'État islamique", "Nigeria", "alias", "Islamic State West Africa Province", "French word order, elided articles"],
  ["Front populaire de libération du Tigray", "Ethiopia", "alias", "Tigray People's Liberation Front", "people's / populaire"],
  ["armée malienne", "Mali", "alias", "Military Forces of Mali", "a national army in French"],
  ["Forces armées russes", "Ukraine", "alias", "Military Forces of Russia", "armed forces in French"],
  ["armée nigériane", "Niger", "unknown", null, "negative: the Nigerian army in Niger is refused (§4)"],
  ["armée malienne", "Burkina Faso", "unknown", null, "negative: a state force translated outside its country is refused"],
  ["Front de libération", "Mali", "unknown", null, "negative: words shared by many names name none"],
], actor);

test.each([
  ["Oromo Liberation Army", "army liberation oromo", false],
  ["Armée de libération oromo", "army liberation oromo", true],
  ["Forces armées maliennes", "army force malian", true],
  ["JNIM", undefined, undefined],
])("translationKey(%p)", (text, key, translated) => {
  expect(translationKey(text)).toEqual(key === undefined ? undefined : { key, translated });
});

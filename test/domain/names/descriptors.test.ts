import { isInitialismOf, nationalityOf, readByPatterns, readDescriptors } from "../../../src/domain/names/descriptors";
import { random } from "../../support/generateWorkbook";
import { loadEvaluationSet } from "../../support/evaluation";

const country = (text: string) => (text === "Somalia" ? "Somalia" : undefined);

const cores: [string, string | undefined, string][] = [
  ["les insurgés de Boko Haram", "Boko Haram", "French noun + de"],
  ["la secte Boko Haram", "Boko Haram", "French noun before the name"],
  ["les rebelles hutu rwandais des FDLR", "FDLR", "noun + adjectives + des"],
  ["a group of Wagner mercenaries", "Wagner", "a group of X mercenaries"],
  ["MONUSCO peacekeepers", "MONUSCO", "name + noun"],
  ["Danab special forces", "Danab", "name + special forces"],
  ["pro-government VDP militia", "VDP", "pro-government X militia"],
  ["Rwanda-backed M23 rebels", "M23", "X-backed name + noun"],
  ["STC-aligned forces", "STC", "X-aligned + noun"],
  ["Hemeti’s Rapid Support Forces", "Rapid Support Forces", "a leader's possessive, curly"],
  ["Ansar Dine d'Iyad Ag Ghaly", "Ansar Dine", "a leader after d'"],
  ["ISIS-Somalia fighters in Puntland", "ISIS-Somalia", "trailing region"],
  ["les combattants de l'EI en Somalie", "EI", "French place phrase"],
  ["Boko Haram", undefined, "negative: no descriptor words"],
  ["Lord's Resistance Army", "Resistance Army", "a possessive is taken off: the resolver tries the whole name first"],
];

test.each(cores)("%s → reads %s (%s)", (text, core, _why) => {
  const read = readDescriptors(text, country);
  if (core === undefined) expect(read).toBeUndefined();
  else expect(read?.cores).toContain(core);
});

test("nationality adjectives and places are returned as evidence", () => {
  expect(readDescriptors("les shebab somaliens", country)).toMatchObject({ nationalities: ["Somalia"] });
  expect(readDescriptors("les militaires camerounais", country)).toMatchObject({ cores: ["camerounais"], military: true });
  expect(readDescriptors("ISIS-Somalia fighters in Puntland", country)?.place).toBe("Somalia");
});

const adjectives: [string, string | undefined][] = [
  ["russes", "Russia"], ["somaliennes", "Somalia"], ["israéliens", "Israel"], ["rwandais", "Rwanda"], ["Nigerian", "Nigeria"], ["nigériens", "Niger"], ["kurdes", undefined],
];
test.each(adjectives)("nationality of %s: %s", (word, expected) => expect(nationalityOf(word)).toBe(expected));

const initialisms: [string, string, boolean][] = [
  ["FSR", "Forces de soutien rapide", true],
  ["FABF", "Forces armées burkinabè", true],
  ["HTC", "Hayat Tahrir al-Cham", true],
  ["IEA", "Islamic Emirate of Afghanistan", true],
  ["ANL", "l'Armée nationale libyenne", true],
  ["ANL", "Forces de soutien rapide", false],
  ["XYZ", "Forces de soutien rapide", false],
  ["F", "Forces armées", false],
];
test.each(initialisms)("%s initials of %s: %s", (acronym, name, expected) => expect(isInitialismOf(acronym, name)).toBe(expected));

describe("readDescriptors' quick test (the words the patterns spell out) never hides a reading", () => {
  // Pattern words in several cases and forms, names, and what joins them, made into texts.
  const words = [
    "les", "Les", "la", "the", "The", "a", "an", "un", "une", "des", "du", "de", "d'", "l'", "of", "in", "en", "au", "aux", "dans", "from", "to", "à", "by", "par",
    "insurgés", "Insurgents", "rebels", "REBELS", "rebelle", "miliciens", "militia", "Militias", "militiamen", "secte", "islamistes", "jihadists", "djihadistes",
    "combattants", "fighters", "Fighters", "éléments", "Éléments", "elements", "troupes", "troops", "Troops", "soldats", "soldiers", "militaires", "mercenaries",
    "paramilitaires", "terroristes", "casques", "bleus", "peacekeepers", "séparatistes", "members", "hommes", "militants", "partisans", "supplétifs", "forces",
    "Forces", "spéciales", "sécurité", "special", "security", "sleeper", "cells", "cellules", "mouvement", "movement", "organisation", "group", "groupe", "régime",
    "branche", "armée", "armées", "Armée", "armed", "wing", "army", "Army", "units", "unités", "loyal", "loyales", "général", "émir", "cheikh",
    "pro-government", "progouvernemental", "Pro", "Rwanda-backed", "Kurdish-led", "STC-aligned", "HTS-led", "Iran-sponsored", "soutenus", "appuyés", "backed",
    "supported", "liés", "linked", "Hemeti's", "Kony’s", "Boko", "Haram", "JNIM", "Wagner", "VDP", "M23", "FDLR", "Puntland", "Somalie", "Somalia", "Mali",
    "Ansar", "Dine", "Iyad", "Ag", "Ghaly", "hutu", "rwandais", "somaliens", "camerounais", "Ugandan", "AMISOM", "Rapid", "Support", "Niger", "inſurgents",
    "(Mali)", "Militia,", "-", "—", "2021", "Protesters", "Civilians", "Unidentified", "Communal", "Dozo",
  ];
  const findCountry = (text: string) => (["Somalia", "Somalie", "Mali", "Niger"].includes(text) ? text : undefined);
  it("gives what every pattern gives on 40,000 generated texts and every evaluation name", () => {
    const draw = random(3);
    const next = (below: number) => Math.floor(draw() * below);
    const texts = Array.from({ length: 40_000 }, () => Array.from({ length: 1 + next(6) }, () => words[next(words.length)]).join(next(8) === 0 ? "" : " "));
    const names = [...loadEvaluationSet("actor"), ...loadEvaluationSet("actor", "independent"), ...loadEvaluationSet("actor", "independent real")].map((row) => row.raw);
    const differing = [...texts, ...names].filter((text) => JSON.stringify(readDescriptors(text, findCountry)) !== JSON.stringify(readByPatterns(text, findCountry)));
    expect(differing).toEqual([]);
  });
});

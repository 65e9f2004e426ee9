import { cleanName } from "../../../src/domain/names/nameText";
import { actor, nameTable as table, weapon } from "./nameCases";

/**
 * One table per rule of shared/reference/NAMING-POLICY.md: each row a positive case (the
 * rule applies) or a negative one (a near miss the rule must not swallow), with its reason.
 */

table("actors §1: a renamed organisation → its current canonical name", [
  ["EIGS", null, "alias", "Islamic State Sahel Province", "renamed in 2022"],
  ["GSPC", null, "alias", "Al-Qaeda in the Islamic Maghreb", "renamed in 2007"],
  ["MONUC", null, "alias", "MONUSCO", "renamed in 2010"],
  ["ATMIS", null, "alias", "African Union Mission in Somalia", "renamed mission"],
  ["MNLA", null, "alias", "National Movement for the Liberation of Azawad", "a predecessor is not a former name: its own entry, never the FLA"],
], actor);

table("actors §2: regime periods and unit suffixes are set aside for matching; ACLED's own forms are recognised", [
  ["Military Forces of Burkina Faso (2015-2022)", "Burkina Faso", "acled", "Military Forces of Burkina Faso", "closed period: ACLED's own form"],
  ["Military Forces of Mali (2013-2020) Operational Coordination Mechanism", "Mali", "acled", "Military Forces of Mali", "period and an unlisted unit: its state force"],
  ["Military Forces of Niger (2023-)", "Niger", "acled", "Military Forces of Niger", "open period"],
  ["Military Forces of Mali (Mopti)", "Mali", "unknown", null, "negative: a place in brackets is not a period"],
  ["Military Forces of Sudan (2019-) Rapid Support Forces", "Sudan", "acled", "Rapid Support Forces", "the unit is another listed actor, never the Sudanese Armed Forces"],
  ["Military Forces of Sudan (2019-)", "Sudan", "acled", "Sudanese Armed Forces", "the state force listed under another name"],
  ["Military Forces of Yemen (2016-) Supreme Political Council", "Yemen", "acled", "Houthis", "the Houthi authorities' forces are not the government's"],
  ["Military Forces of Yemen (2012-)", "Yemen", "acled", "Military Forces of Yemen", "negative: the government's forces stay apart from the Houthis"],
  ["Military Forces of the United States", "Iraq", "canonical", "Military Forces of the United States", "ACLED keeps \"the\""],
  ["Military Forces of Afghanistan (2004-2021)", "Afghanistan", "acled", "Military Forces of Afghanistan", "negative: the republic's army is not the Taliban"],
  ["JNIM: Group for Support of Islam and Muslims", "Mali", "acled", "Jama'at Nusrat al-Islam wal-Muslimin", "ACLED's string listed in the reference"],
  ["Al Shabaab", "Somalia", "acled", "Al-Shabaab", "ACLED's string, not a context guess"],
  ["ADF: Allied Democratic Forces", "Democratic Republic of Congo", "acled", "Allied Democratic Forces", "ACLED's CODE: name form"],
  ["STC: Southern Transitional Council (Security Belt Forces)", "Yemen", "acled", "Southern Transitional Council", "CODE: name with a unit in brackets"],
  ["TTP-G: Tehreek-i-Taliban Pakistan-Gandapur", "Pakistan", "unknown", null, "negative: a splinter's code and name are not the parent's"],
  ["OLF: Oromo Liberation Front (Shane Splinter Faction)", "Ethiopia", "acled", "Oromo Liberation Army", "ACLED's string for OLF-Shane, the listed exception of §3"],
  ["OLF: Oromo Liberation Front", "Ethiopia", "unknown", null, "negative: the OLF itself is not the OLA"],
  ["Militery Forces of Mali (2021-)", "Mali", "fuzzy", "Military Forces of Mali", "a typo inside ACLED's form"],
  ["Police Force of Benin (2016-)", "Benin", "fuzzy", "Police Forces of Benin", "a typo in the pattern's words"],
], actor);

describe("actors §2: fixes keep the period and the unit", () => {
  test.each([
    ["Militery Forces of Mali (2021-)", "Mali", "Military Forces of Mali (2021-)"],
    ["Police Force of Benin (2016-)", "Benin", "Police Forces of Benin (2016-)"],
    ["Militery Forces of Sudan (2019-) Rapid Support Forces", "Sudan", "Military Forces of Sudan (2019-) Rapid Support Forces"],
    ["Malian army (2021-)", "Mali", "Military Forces of Mali (2021-)"],
  ])("%p → %p", (raw, country, fix) => {
    const resolution = actor(raw, country);
    expect(resolution.fix).toBe(fix);
  });

  test("a unit that names another actor decides the actor even through a typo", () => {
    expect(actor("Militery Forces of Sudan (2019-) Rapid Support Forces", "Sudan").canonical).toBe("Rapid Support Forces");
  });
});

table("actors §9: the country is evidence against a name", [
  ["Hamas", "Algeria", "unknown", null, "an Algerian party once took the name"],
  ["Hamas", "Palestine", "canonical", "Hamas", "negative: where Hamas acts"],
  ["Taliban", "Pakistan", "unknown", null, "the Pakistani Taliban are another actor"],
  ["Taliban", "Afghanistan", "canonical", "Taliban", "negative: where the Taliban act"],
  ["Sudanese army", "South Sudan", "unknown", null, "a neighbour's army: refused"],
  ["Boko-Haram", "Mali", "alias", "Boko Haram", "no namesake: mapped, with a lower confidence"],
  ["Wagner", "Burkina Faso", "unknown", null, "Africa Corps, Wagner's successor, is often still called Wagner: refused"],
], actor);

describe("actors §9: mapped outside the actor's countries, at a lower confidence that says so", () => {
  test("Boko Haram in Mali", () => {
    const resolution = actor("Boko-Haram", "Mali");
    expect(resolution.confidence).toBeLessThan(actor("Boko-Haram", "Nigeria").confidence);
    expect(resolution.reason).toContain("not known to act in Mali");
  });
  test("Hamas in Algeria lists the candidate and says why", () => {
    const resolution = actor("Hamas", "Algeria");
    expect(resolution.candidates).toEqual(["Hamas"]);
    expect(resolution.reason).toContain("Algerian party");
  });
});

table("actors: cases a reviewer found (each once a harmful or silent wrong answer)", [
  ["Al Shabaab", "Mozambique", "context", "Islamic State Mozambique Province", "ACLED's Somali string follows the country (§4)"],
  ["Military Forces of Congo (2016-)", "Democratic Republic of Congo", "unknown", null, "Congo is the other Congo: refused (§4)"],
  ["Congolese army", "Republic of Congo", "unknown", null, "the DRC army's alias is not the Republic of Congo's"],
  ["Congolese army", "Democratic Republic of Congo", "context", "Military Forces of the Democratic Republic of Congo", "negative: in the DRC"],
  ["Militant Forces of Somalia", "Somalia", "unknown", null, "militant is not a typo of military"],
  ["Military Forces of Mali (2021-) and/or Wagner Group", "Mali", "compound", null, "the period does not swallow a second actor (§6)"],
  ["Military Forces of Mali (2021-)/Wagner", "Mali", "compound", null, "a slash after the period is a second actor"],
  ["Military Forces of Sudan (2019-) Rapid Suport Forces", "Sudan", "fuzzy", "Rapid Support Forces", "a misspelt unit is still the unit's actor"],
  ["Militery Forces of Sudan (2019-) RSF", "Sudan", "fuzzy", "Rapid Support Forces", "a unit looked up with the row's country"],
  ["Boko Haram Group (Nigeria)", "Nigeria", "alias", "Boko Haram", "a named actor in a label's clothes"],
  ["CODECO Militia (Democratic Republic of Congo)", "Democratic Republic of Congo", "alias", "CODECO", "a named actor in a label's clothes"],
  ["IS: Group for Support of Islam and Muslims", "Niger", "unknown", null, "a code the country refuses"],
  ["SAF: Rapid Support Forces", "Sudan", "unknown", null, "a code that names another actor"],
  ["AI: Ansar-ul-Islam", "Pakistan", "unknown", null, "Ansar al-Islam outside Burkina Faso is another group (§4, §9)"],
  ["JWS: Syrian National Army", "Syria", "acled", "Syrian National Army", "negative: an unknown code beside a name that matches"],
], actor);

test("a typo inside one of ACLED's strings is fixed to that string, not to the canonical name", () => {
  expect(actor("JNIM: Group for Suport of Islam and Muslims", "Mali").fix).toBe("JNIM: Group for Support of Islam and Muslims");
});

table("actors: ACLED's label families are recognised, not matched", [
  ["Farmers (Burkina Faso)", "Burkina Faso", "generic", null, "a social group"],
  ["Students (India)", "India", "generic", null, "a social group"],
  ["Health Workers (Mali)", "Mali", "generic", null, "a social group"],
  ["Prisoners (Nigeria)", "Nigeria", "generic", null, "a social group"],
  ["Refugees/IDPs (International)", null, "generic", null, "International in brackets"],
  ["Fulani Ethnic Group (Mali)", "Mali", "generic", null, "an identity group"],
  ["Vigilante Group (Benin)", "Benin", "generic", null, "a vigilante group"],
  ["Unidentified Military Forces", "Mali", "generic", null, "unidentified"],
  ["Unidentified Clan Militia (Somalia)", "Somalia", "generic", null, "unidentified clan militia"],
  ["Hawiye-Abgal Sub-Clan Militia (Somalia)", "Somalia", "generic", null, "a sub-clan militia"],
  ["Government of Mali", "Mali", "generic", null, "a government"],
  ["Government of the United States", null, "generic", null, "a government with the"],
  ["Wagner Group (Mali)", "Mali", "acled", "Wagner Group", "negative: a named actor with the country in brackets, as ACLED writes it, is still the actor"],
  ["Islamic State (Egypt)", "Egypt", "unknown", null, "a branch in brackets that the reference does not list: not the core group (§3), refused"],
  ["Islamic State (Iraq)", "Iraq", "acled", "Islamic State", "negative: the core group's own country in brackets"],
  ["Islamic State (Pakistan)", "Pakistan", "unknown", null, "negative: two branches in Pakistan, refused"],
  ["JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "Mali", "compound", null, "negative: ACLED's and/or is two actors"],
  ["JaS: Levant Front", "Syria", "unknown", null, "negative: a code shared with Boko Haram's JAS is not enough"],
  ["Government of Atlantis", null, "unknown", null, "negative: not a country"],
], actor);

table("actors §3: predecessors, splinters and wings do not map unless listed", [
  ["Qassam Brigades", null, "alias", "Hamas", "listed armed wing"],
  ["Saraya al-Quds", null, "alias", "Palestinian Islamic Jihad", "listed armed wing"],
  ["BIR", null, "alias", "Military Forces of Cameroon", "listed unit"],
  ["TDF", null, "alias", "Tigray People's Liberation Front", "listed by convention"],
  ["Jabhat al-Nusra", "Syria", "unknown", null, "negative: not HTS"],
  ["Janjaweed", "Sudan", "unknown", null, "negative: not RSF"],
  ["YPJ", "Syria", "unknown", null, "negative: not YPG"],
  ["FSA", "Syria", "unknown", null, "negative: not SNA"],
  ["Kata'ib Hezbollah", "Iraq", "canonical", "Kata'ib Hezbollah", "negative: not Hezbollah"],
], actor);

table("actors §4: country context decides umbrella names", [
  ["ISIS", "Burkina Faso", "context", "Islamic State Sahel Province", "Sahel branch"],
  ["ISIS", "Nigeria", "context", "Islamic State West Africa Province", "West Africa branch"],
  ["Islamic State", "Democratic Republic of Congo", "context", "Allied Democratic Forces", "central Africa"],
  ["Daesh", "Afghanistan", "context", "Islamic State Khorasan Province", "Khorasan branch"],
  ["ISIS", "Niger", "ambiguous", null, "negative: two branches in Niger"],
  ["ISIS", "Pakistan", "ambiguous", null, "negative: two branches in Pakistan"],
  ["ISIS", null, "alias", "Islamic State", "no country"],
  ["IS", null, "ambiguous", null, "negative: bare IS is too short without a country"],
  ["Al-Shabaab", "Mozambique", "context", "Islamic State Mozambique Province", "local name in Mozambique"],
  ["SNA", "Syria", "context", "Syrian National Army", "Syria"],
  ["Nigerian army", "Niger", "unknown", null, "negative: Nigerian vs Nigerien"],
  ["Nigerien army", "Niger", "alias", "Military Forces of Niger", "the right adjective"],
], actor);

table("actors §5: short shared acronyms are refused without context", [
  ["RSF", null, "ambiguous", null, "no country"],
  ["RSF", "Sudan", "context", "Rapid Support Forces", "with country"],
  ["HTS", null, "ambiguous", null, "no country"],
  ["ADF", "Uganda", "context", "Allied Democratic Forces", "with country"],
  ["ISWAP", null, "alias", "Islamic State West Africa Province", "negative: an unshared acronym needs no context"],
], actor);

table("actors §6: a cell naming two actors is compound", [
  ["ISWAP/Boko Haram", "Nigeria", "compound", null, "slash"],
  ["AFC/M23", "Democratic Republic of Congo", "compound", null, "slash"],
  ["JNIM and/or Islamic State Sahel Province", "Mali", "compound", null, "and/or"],
  ["Group for the Support of Islam and Muslims", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "negative: 'and' inside one name"],
], actor);

table("actors §7: generic descriptions are not actors", [
  ["unknown gunmen", "Nigeria", "generic", null, "gunmen"],
  ["bandits", "Nigeria", "generic", null, "bandits"],
  ["Unidentified Armed Group (Mali)", "Mali", "generic", null, "ACLED generic"],
  ["Civilians (Mali)", "Mali", "generic", null, "ACLED generic"],
  ["Boko Haram militants", "Nigeria", "alias", "Boko Haram", "negative: a descriptor around a name"],
], actor);

table("actors §8: descriptors, quotes, dotted acronyms, transliterations and typos", [
  ["ISIS militants", "Burkina Faso", "context", "Islamic State Sahel Province", "descriptor"],
  ["les jihadistes du GSIM", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "French descriptor"],
  ["Al-Shabaab's", "Somalia", "context", "Al-Shabaab", "possessive"],
  ["Jama’at Nusrat al-Islam wal-Muslimin", null, "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "curly apostrophe"],
  ["J.N.I.M.", null, "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "dotted acronym"],
  ["Ash-Shabaab", "Somalia", "context", "Al-Shabaab", "sun-letter article"],
  ["Hezbolah", "Lebanon", "fuzzy", "Hezbollah", "one-letter typo"],
  ["Ansar", "Mali", "unknown", null, "negative: a fragment is not a typo"],
  ["Nigerien Army", "Nigeria", "unknown", null, "negative: Nigerian and Nigerien are never fuzzy"],
], actor);

table("weapons §1: digits and suffixes are identity", [
  ["AK-74", null, "canonical", "AK-74", "not AK-47"],
  ["RPG-29", null, "canonical", "RPG-29", "not RPG-7"],
  ["Type 81", null, "canonical", "Type 81", "not Type 56"],
  ["PG-7M", null, "canonical", "PG-7M", "not PG-7VM"],
  ["RPK-74", null, "unknown", null, "not RPK"],
  ["PKP", null, "unknown", null, "not PKM"],
  ["Kalashnikof", null, "fuzzy", "AK-pattern rifle", "a letter typo in a word may be corrected"],
  ["AK-48", null, "unknown", null, "negative: a digit is never a typo"],
], (raw) => weapon(raw));

table("weapons §2: listed variants are canonical, unlisted sub-variants map to their parent", [
  ["AKMS", null, "canonical", "AKMS", "listed variant"],
  ["RPG-7V2", null, "alias", "RPG-7", "sub-variant"],
  ["PKMS", null, "alias", "PKM", "sub-variant"],
  ["DShKM", null, "alias", "DShK", "sub-variant"],
  ["KPVT", null, "alias", "KPV", "sub-variant"],
  ["G3A3", null, "alias", "Heckler & Koch G3", "sub-variant"],
  ["M4A1", null, "alias", "M4 carbine", "sub-variant"],
  ["M05E3", null, "unknown", null, "negative: unlisted sibling"],
  ["M16A2", null, "unknown", null, "negative: unlisted sibling"],
], (raw) => weapon(raw));

table("weapons §3: a shared prefix is not identity; bare multi-weapon designations are refused", [
  ["Type 56", null, "canonical", "Type 56", "bare Type 56 is the rifle"],
  ["Type 56 carbine", null, "canonical", "Type 56 carbine", "the SKS copy"],
  ["Type 56 grenade launcher", null, "unknown", null, "another weapon"],
  ["Type 56 LMG", null, "unknown", null, "another weapon"],
  ["Type 69", null, "ambiguous", null, "bare designation"],
  ["M84", null, "ambiguous", null, "bare designation"],
  ["7.62mm", null, "ambiguous", null, "bare calibre"],
  ["Type 69 RPG", null, "canonical", "Type 69 RPG", "negative: the full name is fine"],
], (raw) => weapon(raw));

table("weapons §4: launchers and their ammunition are different things", [
  ["PG-7V", null, "canonical", "PG-7V", "the round"],
  ["RPG-7 rocket", null, "ambiguous", null, "which round is not said"],
  ["BM-21", null, "unknown", null, "launcher system, not the rocket"],
  ["Grad rocket", null, "alias", "122 mm rocket", "negative: the rocket itself"],
], (raw) => weapon(raw));

table("weapons §5: adjectives, plurals and class nouns are noise; two models are compound", [
  ["Serbian Zastava M05E1 rifles", null, "alias", "Zastava M05E1", "policy example"],
  ["Chinese Type 56-2 rifle", null, "alias", "Type 56-2", "policy example"],
  ["RPG-7 launchers", null, "alias", "RPG-7", "policy example"],
  ["Bulgarian PG-7V rockets", null, "alias", "PG-7V", "policy example"],
  ["Type 56-1/-2 rifles", null, "compound", null, "policy example"],
  ["Chinese SKS", null, "alias", "Type 56 carbine", "negative: an alias that begins with a nationality"],
], (raw) => weapon(raw));

table("weapons §6: generic classes are not models", [
  ["assault rifle", null, "generic", null, "class"],
  ["RPG", null, "generic", null, "bare RPG"],
  ["IED", null, "generic", null, "device"],
  ["drone", null, "generic", null, "vehicle"],
  ["RPG-7", null, "canonical", "RPG-7", "negative: a model"],
], (raw) => weapon(raw));

test("the stated origin is kept as evidence", () => {
  expect(weapon("Serbian Zastava M05E1 rifles").statedOrigin).toBe("Serbia");
  expect(weapon("Zastava M05E1").statedOrigin).toBeUndefined();
});

test("candidates are offered where nothing is mapped", () => {
  expect(weapon("M16A2").candidates).toEqual(["M16A1"]);
  expect(weapon("PKP").candidates).toEqual(["PK", "PKM"]);
  expect(actor("ISWAP/Boko Haram", "Nigeria").candidates).toEqual(["Islamic State West Africa Province", "Boko Haram"]);
});

test.each([
  ["J.N.I.M.", "JNIM"],
  ["Al-Shabaab’s fighters", "Al-Shabaab fighters"],
  ["“ISIS”", "ISIS"],
  ["AK\u201147", "AK-47"],
  ["  Boko   Haram ", "Boko Haram"],
  ["ＩＳＩＳ", "ISIS"],
])("cleanName(%p) → %p", (raw, clean) => {
  expect(cleanName(raw)).toBe(clean);
});

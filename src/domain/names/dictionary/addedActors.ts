import type { ActorDictionaryEntry, ContextAlias } from "./dictionarySchema";

/**
 * Actors curators meet that the reference does not list (issue 13, item 5). The reference's
 * 68 actors, whose canonical names stay letter for letter, are in actors.ts; these are added.
 *
 * How they were chosen: every actor string of the real ACLED exports in shared/real-acled
 * (actor1, actor2, and each ";"-separated part of assoc_actor_1 / assoc_actor_2) was counted
 * by distinct events (event_id_cnty); ACLED's generic forms (Civilians (X), Protesters (X),
 * "Fulani Ethnic Militia (Mali)", "Government of X" …, NAMING-POLICY actors §7) and "A and/or
 * B" compounds were set aside, and the most frequent named actors that resolved to no
 * dictionary entry were added, with the Sahel actors curators of these files meet (MNLA,
 * HCUA, MUJAO, the G5 Sahel force, Koglweogo, Dozo militias …). The test
 * test/domain/names/dictionary/addedActors.test.ts recomputes the ranking from the files.
 *
 * Facts: the canonical name is the organisation's usual English name, or where ACLED writes
 * "CODE: Name", the Name part (with the country in brackets, as ACLED writes "PD: Democratic
 * Party (Italy)", where the name is common to parties of many countries: §9); ACLED's own
 * strings are kept in `acled`; the type is the one
 * ACLED gives the actor in these files (for organisations that appear only as associated
 * actors, the type of the actor they are associated with); `sources` names the public sources.
 * Predecessors, splinters and components get their own entries, never aliases of the merged
 * or parent group (§3: MNLA, HCUA and the CMA are not the Azawad Liberation Front). Short
 * acronyms that other bodies share (CMA, MSA, NAF, CGT, PDF, PTI …) are not plain aliases:
 * the Sahel ones are in ADDED_ACTOR_CONTEXT_ALIASES below, the rest only in ACLED's
 * "CODE: Name" strings, where the name decides.
 *
 * Not added: "Military Forces of Afghanistan (2021-)" (the Taliban, listed in actors.ts, but
 * only from that regime period on) and "Military Forces of Syria (2000-)" (the Assad-era
 * forces, the reference's Syrian Arab Army, until December 2024): which entry they are
 * depends on ACLED's regime period, which the resolver sets aside for matching.
 */

const GLOBAL = "ACLED actor string in acledR_global_2022H1.csv";
const MALI = "ACLED actor string in mali_2017-2020_monadic.csv";
const BURKINA = "ACLED actor string in burkina_faso_2004-2022_subset.csv";
const BENIN = "ACLED actor string in benin_2009-2022.csv";
const STATE_FORCES = "ACLED codebook: state forces are named 'Military Forces of X' / 'Police Forces of X' with the regime period and unit (shared/reference/actor-types.csv)";
const ASSOCIATED_PROTESTERS = "type: ACLED records it as an associated actor of Protesters (X) in acledR_global_2022H1.csv";
/** Parties: ACLED types a party acting on its own as a political militia ("INC: Indian National Congress" as actor1, inter1 3, in acledR_global_2022H1.csv). */
const PARTY = "type: ACLED codes a party that acts as a primary actor as a Political militia (acledR_global_2022H1.csv: INC as actor1 with inter1 3); elsewhere an associated actor of Protesters (X)";

/** A country's state forces as ACLED names them, with the strings of the real files. */
function stateForce(kind: "Military" | "Police", country: string, code: string, countries: string[], acled: string[], sources: string[], aliases: string[] = [], extra: Partial<ActorDictionaryEntry> = {}): ActorDictionaryEntry {
  const canonical = `${kind} Forces of ${country}`;
  return { canonical, code, type: "State forces", countries, aliases, acled, sources: [...sources, STATE_FORCES], ...extra };
}

export const ADDED_ACTORS: readonly ActorDictionaryEntry[] = [
  // --- Mali and the Sahel: armed movements of the north (Algiers accord, 2015) ---
  { canonical: "National Movement for the Liberation of Azawad", code: "MNLA", type: "Rebel group", countries: ["Mali"],
    aliases: ["MNLA", "Mouvement national de libération de l'Azawad", "Mouvement national pour la libération de l'Azawad"],
    acled: ["MNLA: National Movement for the Liberation of Azawad"],
    note: "a founding member of the CMA; merged into the Azawad Liberation Front (FLA) in November 2024, which it is not (NAMING-POLICY actors §3)",
    sources: [MALI, "Wikipedia: National Movement for the Liberation of Azawad", "TV5Monde: Moussa Ag Acharatoumane, co-founder of the MNLA, left it in 2016 to found the MSA"] },
  { canonical: "High Council for the Unity of Azawad", code: "HCUA", type: "Political militia", countries: ["Mali"],
    aliases: ["HCUA", "Haut conseil pour l'unité de l'Azawad", "High Council of Azawad", "Haut conseil de l'Azawad"],
    acled: ["HCUA: High Council for the Unity of Azawad"],
    note: "named High Council of Azawad (HCA) until 19 May 2013; a CMA member; succeeded by the Azawad Liberation Front in 2024, which it is not (§3)",
    sources: [MALI, "Wikipedia: High Council for the Unity of Azawad"] },
  { canonical: "Coordination of Movements of the Azawad", code: "CMA", type: "Rebel group", countries: ["Mali"],
    aliases: ["Coordination of Azawad Movements", "Coordination des mouvements de l'Azawad"],
    acled: ["CMA: Coordination of Movements of the Azawad"],
    note: "the coalition of the MNLA, the HCUA and a faction of the MAA; its members are their own actors, and the Azawad Liberation Front that succeeded it in 2024 is another (§3)",
    sources: [MALI, "Wikipedia: Coordination of Azawad Movements", "Wikipedia: High Council for the Unity of Azawad"] },
  { canonical: "Movement for Azawad Salvation", code: "MSA", type: "Political militia", countries: ["Mali"],
    aliases: ["Movement for the Salvation of Azawad", "Mouvement pour le salut de l'Azawad"],
    acled: ["MSA: Movement for Azawad Salvation"],
    note: "founded on 2 September 2016 by former MNLA members (Moussa Ag Acharatoumane); not the MNLA",
    sources: [GLOBAL, MALI, "Wikipedia: Movement for the Salvation of Azawad", "TV5Monde: profile of Moussa Ag Acharatoumane (2018)"] },
  { canonical: "Imghad Tuareg and Allies Self-Defense Group", code: "GATIA", type: "Political militia", countries: ["Mali"],
    aliases: ["GATIA", "Imghad Tuareg Self-Defense Group and Allies", "Groupe autodéfense touareg Imghad et alliés", "Groupe d'autodéfense touareg Imghad et alliés"],
    acled: ["GATIA: Imghad Tuareg and Allies Self-Defense Group"],
    note: "founded 14 August 2014; pro-government, a member of the Platform, which is its own actor",
    sources: [GLOBAL, MALI, "Wikipedia: Imghad Tuareg Self-Defense Group and Allies"] },
  { canonical: "Platform of June 14th 2014 movements", code: "PLATFORM", type: "Political militia", countries: ["Mali"],
    aliases: ["Platform Movements of June 14, 2014 in Algiers", "Platform of Self-Defense Movements", "Plateforme des mouvements du 14 juin 2014 d'Alger"],
    note: "the alliance of pro-government armed groups (GATIA, a faction of the MAA, CMFPR …); its members are their own actors. Bare \"Platform\" / \"Plateforme\" is a common word and is not listed",
    sources: [MALI, "Wikipedia: Platform (Mali)"] },
  { canonical: "Arab Movement of the Azawad (Platform)", code: "MAA-PF", type: "Rebel group", countries: ["Mali"],
    aliases: [],
    acled: ["MAA: Arab Movement of the Azawad (Platform)"],
    note: "the MAA split in 2014: this faction sits in the Platform; the other (CMA) is another actor, so bare \"MAA\" / \"Arab Movement of Azawad\" is not listed",
    sources: [MALI, "Wikipedia: Arab Movement of Azawad", "Wikipedia (fr): Groupe autodéfense touareg Imghad et alliés (the loyalist MAA faction)"] },
  { canonical: "Arab Movement of the Azawad (CMA)", code: "MAA-CMA", type: "Rebel group", countries: ["Mali"],
    aliases: [],
    acled: ["MAA: Arab Movement of the Azawad (CMA)"],
    note: "the MAA faction in the CMA; the Platform faction is another actor",
    sources: [MALI, "Wikipedia: Arab Movement of Azawad", "Wikipedia: Coordination of Azawad Movements (a faction of the MAA, Timbuktu Region)", "ECFR, Mapping armed groups in Mali and the Sahel: MAA-CMA"] },
  { canonical: "Ganda Izo", code: "GI", type: "Political militia", countries: ["Mali"],
    aliases: ["Ganda Iso"],
    note: "\"Sons of the Land\"; the successor of Ganda Koy, which is not listed and is not this group. \"Ganda Izo Ethnic Militia (Mali)\" is ACLED's label for the community militia, not this entry",
    sources: [MALI, "Wikipedia: Ganda Iso", "Jamestown Foundation, Terrorism Monitor 10(8): \"The Sons of the Land\""] },
  { canonical: "Movement for Unity and Jihad in West Africa", code: "MUJAO", type: "Rebel group", countries: ["Mali", "Algeria", "Niger"],
    aliases: ["MUJAO", "MUJWA", "MOJWA", "Movement for Oneness and Jihad in West Africa", "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest"],
    acled: ["MUJAO: Movement for Unity and Jihad in West Africa"],
    note: "broke off from AQIM in 2011; one faction merged into Al-Mourabitoun in 2013, which it is not (§3)",
    sources: [MALI, "Wikipedia: Movement for Oneness and Jihad in West Africa"] },
  { canonical: "Katiba Serma", code: "KS", type: "Rebel group", countries: ["Mali", "Burkina Faso"],
    aliases: ["Katibat Serma", "Katibat Sèrma"],
    note: "a JNIM-affiliated unit named for the Serma forest south of Boni; a component of JNIM, not JNIM (§3)",
    sources: [GLOBAL, MALI, "RFI via Maliweb: \"Mali: qui est la katiba Serma\" (2019)", "ECFR, Mapping armed groups in Mali and the Sahel: Katibat Sèrma"] },
  { canonical: "Katiba Salaheddine", code: "KSD", type: "Rebel group", countries: ["Mali"],
    aliases: [],
    note: "only ACLED's string is listed: its affiliation is not verified here",
    sources: [MALI] },
  { canonical: "Alliance for the Salvation of the Sahel", code: "ASS", type: "Identity militia", countries: ["Mali"],
    aliases: ["Alliance for Salvation in the Sahel", "Alliance pour le salut au Sahel"],
    note: "a Fulani self-defence group announced in May 2018 in central Mali",
    sources: [MALI, "Wikipedia: Alliance for Salvation in the Sahel", "Wikipedia (fr): Alliance pour le salut au Sahel"] },
  { canonical: "Movement of June 5 - Rally of Patriotic Forces", code: "M5-RFP", type: "Protesters", countries: ["Mali"],
    aliases: ["M5-RFP", "Mouvement du 5 juin - Rassemblement des forces patriotiques"],
    acled: ["M5-RFP: Movement of June 5 - Rally of Patriotic Forces"],
    sources: [MALI, "type: ACLED records it as an associated actor of Protesters (Mali) and Rioters (Mali) in mali_2017-2020_monadic.csv", "Wikipedia (fr): Mouvement du 5 Juin - Rassemblement des forces patriotiques"] },
  // Local self-defence movements. "Koglweogo Militia" is ACLED's named actor (no country in
  // brackets); dozo hunters are a brotherhood across Mande West Africa with no common command,
  // so ACLED names their militias by country, and so does the dictionary: one entry a country.
  { canonical: "Koglweogo", code: "KOGL", type: "Political militia", countries: ["Burkina Faso"],
    aliases: ["Koglweogos", "Koglweogo militia", "Koglweogo militias"],
    acled: ["Koglweogo Militia"],
    note: "\"guardians of the bush\" (Mooré): self-defence associations that spread across Burkina Faso from 2015; not the state-backed Volunteers for the Defense of the Homeland (VDP)",
    sources: [GLOBAL, BURKINA, MALI, "Noria Research: Self-Defence Movements in Burkina Faso: Diffusion and Structuration of Koglweogo Groups"] },
  { canonical: "Dozo Communal Militia (Mali)", code: "DOZO-ML", type: "Identity militia", countries: ["Mali"],
    aliases: [],
    acled: ["Dozo Communal Militia (Mali)"],
    note: "ACLED's actor for the dozo hunters' militias of Mali. Bare \"dozo\" stays generic (§7): Dogon militias such as Dan Na Ambassagou are also called dozos in reports. \"Dozo Communal Group (Mali)\" is the community, not the militia",
    sources: [MALI, "Wikipedia: Alliance for Salvation in the Sahel (\"Dogon dozo hunters\")"] },
  { canonical: "Dozo Communal Militia (Burkina Faso)", code: "DOZO-BF", type: "Identity militia", countries: ["Burkina Faso"],
    aliases: [],
    acled: ["Dozo Communal Militia (Burkina Faso)"],
    note: "ACLED's actor for the dozo militias of Burkina Faso, another actor than Mali's",
    sources: [BURKINA] },

  // --- International forces in the Sahel ---
  { canonical: "United Nations Multidimensional Integrated Stabilization Mission in Mali", code: "MINUSMA", type: "External/Other forces", countries: ["Mali"],
    aliases: ["MINUSMA", "UN Multidimensional Integrated Stabilization Mission in Mali", "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali"],
    acled: ["MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2020-2021)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2021-)"],
    note: "2013–2023",
    sources: [GLOBAL, MALI, "Wikipedia: United Nations Multidimensional Integrated Stabilization Mission in Mali"] },
  { canonical: "G5 Sahel Force", code: "G5S", type: "External/Other forces", countries: ["Mali", "Burkina Faso", "Niger", "Chad", "Mauritania"],
    aliases: ["G5S", "G5 Sahel Joint Force", "Force conjointe du G5 Sahel", "FC-G5S"],
    acled: ["G5S: G5 Sahel Force (2017-)"],
    note: "the joint force of the G5 Sahel states; bare \"G5 Sahel\" is the organisation of states and is not listed",
    sources: [MALI, "Wikipedia: G5 Sahel", "opex360: Force conjointe du G5 Sahel (FC-G5S), troops of Mali, Niger, Burkina Faso, Chad and Mauritania"] },
  stateForce("Military", "France", "FRA-MIL", ["France", "Mali", "Burkina Faso", "Niger", "Chad"],
    ["Military Forces of France (2017-)", "Military Forces of France (2012-2017)", "Military Forces of France (2017-) Gendarmerie"],
    [GLOBAL, MALI, BURKINA, "Wikipedia: Operation Barkhane", "Wikipedia: Operation Serval"],
    ["Operation Barkhane", "Opération Barkhane", "Barkhane", "Force Barkhane", "Barkhane force", "Operation Serval", "Opération Serval", "French Armed Forces", "Forces armées françaises", "French army", "armée française", "French military", "French soldiers", "French troops"],
    { note: "ACLED codes France's operations in the Sahel (Serval 2013–2014, Barkhane 2014–2022) as the French state forces, External/Other forces outside France" }),

  // --- State forces of the Sahel and West Africa ---
  stateForce("Police", "Mali", "ML-POL", ["Mali"],
    ["Police Forces of Mali (2013-2020)", "Police Forces of Mali (2013-2020) Gendarmerie", "Police Forces of Mali (2020-2021)", "Police Forces of Mali (2020-2021) Gendarmerie", "Police Forces of Mali (2021-)"],
    [MALI, BURKINA, GLOBAL], ["Malian police"]),
  stateForce("Military", "Benin", "BJ-MIL", ["Benin"],
    ["Military Forces of Benin (2016-)", "Military Forces of Benin (2006-2016)"],
    [BENIN], ["Beninese army", "Beninese Armed Forces", "Forces armées béninoises"]),
  stateForce("Police", "Benin", "BJ-POL", ["Benin"],
    ["Police Forces of Benin (2016-)", "Police Forces of Benin (2006-2016)"],
    [BENIN, GLOBAL], ["Beninese police"]),
  stateForce("Police", "Burkina Faso", "BF-POL", ["Burkina Faso"],
    ["Police Forces of Burkina Faso (2015-)", "Police Forces of Burkina Faso (1987-2014)", "Police Forces of Burkina Faso (2014-2015)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
    [BURKINA, GLOBAL], ["Burkinabe police"]),

  // --- Ukraine ---
  { canonical: "United Armed Forces of Novorossiya", code: "NAF", type: "Rebel group", countries: ["Ukraine"],
    aliases: [],
    acled: ["NAF: United Armed Forces of Novorossiya"],
    note: "ACLED's actor for the forces of the Donetsk and Luhansk separatist entities; the two People's Militias are associated actors of their own",
    sources: [GLOBAL, "Wikipedia: Separatist forces of the war in Donbass (United Armed Forces of Novorossiya, NAF)"] },
  { canonical: "Donbass People's Militia", code: "DPM", type: "Rebel group", countries: ["Ukraine"],
    aliases: [],
    note: "a component of the NAF, its own actor (§3); only ACLED's string is listed",
    sources: [GLOBAL, "type: ACLED records it as an associated actor of NAF (Rebel group) in acledR_global_2022H1.csv", "Wikipedia: Separatist forces of the war in Donbass"] },
  { canonical: "Luhansk People's Militia", code: "LPM", type: "Rebel group", countries: ["Ukraine"],
    aliases: [],
    note: "a component of the NAF, its own actor (§3); only ACLED's string is listed",
    sources: [GLOBAL, "type: ACLED records it as an associated actor of NAF (Rebel group) in acledR_global_2022H1.csv", "Wikipedia: Separatist forces of the war in Donbass"] },
  stateForce("Police", "France", "FR-POL", ["France"], ["Police Forces of France (2017-)", "Police Forces of France (2017-) Prison Guards"], [GLOBAL], ["French police"]),
  stateForce("Police", "Russia", "RU-POL", ["Russia"], ["Police Forces of Russia (2000-)"], [GLOBAL]),

  // --- Middle East ---
  stateForce("Military", "Turkey", "TR-MIL", ["Turkey", "Iraq", "Syria"],
    ["Military Forces of Turkey (2016-)", "Military Forces of Turkey (2016-) Gendarmerie"],
    [GLOBAL, "Wikipedia: Turkish Armed Forces"], ["Turkish Armed Forces", "Turkish army", "Turkish military"]),
  stateForce("Police", "Turkey", "TR-POL", ["Turkey"], ["Police Forces of Turkey (2016-)"], [GLOBAL], ["Turkish police"]),
  stateForce("Military", "Yemen", "YE-MIL", ["Yemen"], ["Military Forces of Yemen (2012-)"], [GLOBAL], [],
    { note: "ACLED's (2012-) period: the internationally recognised government's forces. The (2016-) period is the Houthi authorities': its unit \"Supreme Political Council\" is the Houthis (actors.ts), but other (2016-) units (\"Zainabiyat\") also land here, because the resolver sets the period aside" }),
  stateForce("Military", "Iraq", "IQ-MIL", ["Iraq"], ["Military Forces of Iraq (2020-)"], [GLOBAL], ["Iraqi army", "Iraqi Armed Forces"],
    { note: "its unit \"Popular Mobilization Forces\" is that actor (actors.ts)" }),
  stateForce("Police", "Iraq", "IQ-POL", ["Iraq"], ["Police Forces of Iraq (2020-)"], [GLOBAL], ["Iraqi police"]),
  stateForce("Police", "Israel", "IL-POL", ["Israel"], ["Police Forces of Israel (2021-)"], [GLOBAL], ["Israeli police"]),
  { canonical: "Operation Restoring Hope", code: "ORH", type: "External/Other forces", countries: ["Yemen", "Saudi Arabia"],
    aliases: [],
    note: "ACLED's actor for the Saudi-led coalition's forces in Yemen",
    sources: [GLOBAL, "Wikipedia: Saudi Arabian-led intervention in Yemen"] },
  { canonical: "Global Coalition Against Daesh", code: "GCAD", type: "External/Other forces", countries: ["Iraq", "Syria"],
    aliases: ["Global Coalition to Defeat ISIS"],
    sources: [GLOBAL] },
  { canonical: "Operation Peace Spring", code: "OPS", type: "Rebel group", countries: ["Syria"],
    aliases: [],
    note: "ACLED's actor, coded as a rebel group (Turkish-backed Syrian forces of the 2019 operation); not the Syrian National Army entry, and not Turkey's forces",
    sources: [GLOBAL] },
  { canonical: "National Resistance Forces", code: "NRF-YE", type: "Political militia", countries: ["Yemen"],
    aliases: [],
    namesake: "other groups are called National Resistance Forces or Front (the National Resistance Front of Afghanistan …)",
    sources: [GLOBAL] },

  // --- Asia ---
  { canonical: "National Resistance Front", code: "NRF-AF", type: "Rebel group", countries: ["Afghanistan"],
    aliases: ["National Resistance Front of Afghanistan"],
    namesake: "other groups are called National Resistance Front (or Forces: Yemen's National Resistance Forces …)",
    sources: [GLOBAL, "Wikipedia: National Resistance Front of Afghanistan"] },
  stateForce("Military", "Myanmar", "MM-MIL", ["Myanmar"],
    ["Military Forces of Myanmar (2021-)", "Military Forces of Myanmar (2021-) Border Guard Force", "Military Forces of Myanmar (2021-) People's Militia Force"],
    [GLOBAL, "Wikipedia: Tatmadaw"], ["Tatmadaw", "Myanmar Armed Forces", "Myanmar army", "Myanmar military"]),
  stateForce("Police", "Myanmar", "MM-POL", ["Myanmar"], ["Police Forces of Myanmar (2021-)"], [GLOBAL], ["Myanmar Police Force"]),
  { canonical: "Pyu Saw Htee", code: "PSH", type: "Political militia", countries: ["Myanmar"],
    aliases: ["Pyusawhti"],
    note: "pro-military militias; most often an associated actor of the Myanmar military",
    sources: [GLOBAL, "Wikipedia: Pyusawhti militias"] },
  { canonical: "People's Defense Force", code: "PDF-MM", type: "Political militia", countries: ["Myanmar"],
    aliases: ["People's Defence Force"],
    acled: ["PDF: People's Defense Force"],
    namesake: "other armed groups are called People's Defence Force",
    note: "the armed wing of Myanmar's National Unity Government; local units (\"People's Defense Force - Kalay\") are ACLED's own actors",
    sources: [GLOBAL, "Wikipedia: People's Defence Force (Myanmar)"] },
  stateForce("Police", "India", "IN-POL", ["India"],
    ["Police Forces of India (2014-)", "Police Forces of India (2014-) Central Reserve Police Force", "Police Forces of India (2014-) Special Operations Group"],
    [GLOBAL], ["Indian police"]),
  { canonical: "Indian National Congress", code: "INC", type: "Political militia", countries: ["India"],
    aliases: [],
    acled: ["INC: Indian National Congress"],
    sources: [GLOBAL, PARTY, "Wikipedia: Indian National Congress"] },
  { canonical: "Bharatiya Janata Party", code: "BJP", type: "Political militia", countries: ["India"],
    aliases: ["BJP"],
    acled: ["BJP: Bharatiya Janata Party"],
    sources: [GLOBAL, PARTY, "Wikipedia: Bharatiya Janata Party"] },
  { canonical: "United Farmers Front", code: "SKM", type: "Protesters", countries: ["India"],
    aliases: ["Samyukt Kisan Morcha"],
    acled: ["SKM: United Farmers Front"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Samyukt Kisan Morcha"] },
  stateForce("Military", "Pakistan", "PK-MIL", ["Pakistan", "Afghanistan"], ["Military Forces of Pakistan (2018-2022)", "Military Forces of Pakistan (2022-)"], [GLOBAL], ["Pakistan Army", "Pakistani army", "Pakistan Armed Forces"]),
  { canonical: "Jamaat-e-Islami", code: "JI", type: "Political militia", countries: ["Pakistan"],
    aliases: [],
    acled: ["JI: Jamaat-e-Islami"],
    namesake: "Jamaat-e-Islami parties of Bangladesh, India and Kashmir are other actors",
    sources: [GLOBAL, PARTY, "Wikipedia: Jamaat-e-Islami Pakistan"] },
  { canonical: "Pakistan Tehreek-i-Insaf", code: "PTI", type: "Political militia", countries: ["Pakistan"],
    aliases: ["Pakistan Tehreek-e-Insaf", "Pakistan Tehrik-e-Insaf"],
    acled: ["PTI: Pakistan Tehreek-i-Insaf"],
    sources: [GLOBAL, PARTY, "Wikipedia: Pakistan Tehreek-e-Insaf"] },
  { canonical: "Korean Confederation of Trade Unions", code: "KCTU", type: "Protesters", countries: ["South Korea"],
    aliases: ["KCTU"],
    acled: ["KCTU: Korean Confederation of Trade Unions"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Korean Confederation of Trade Unions"] },
  { canonical: "Coordinating Council of Teachers Syndicates in Iran", code: "CCTSI", type: "Protesters", countries: ["Iran"],
    aliases: ["CCTSI"],
    acled: ["CCTSI: Coordinating Council of Teachers Syndicates in Iran"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS] },
  { canonical: "Peoples Democratic Party (Turkey)", code: "HDP", type: "Political militia", countries: ["Turkey"],
    aliases: ["HDP", "Halkların Demokratik Partisi"],
    acled: ["HDP: Peoples Democratic Party"],
    note: "the country is part of the name: Nigeria's Peoples Democratic Party (PDP) is another party (§9), and bare \"Peoples Democratic Party\" is not listed",
    sources: [GLOBAL, PARTY, "Wikipedia: Peoples' Democratic Party (Turkey)"] },

  // --- Africa outside the Sahel ---
  { canonical: "Resistance Committees (Sudan)", code: "RC-SD", type: "Protesters", countries: ["Sudan"],
    aliases: ["Sudanese resistance committees"],
    note: "neighbourhood committees of Sudan's protest movement",
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Sudanese resistance committees"] },
  stateForce("Military", "Ethiopia", "ET-MIL", ["Ethiopia", "Somalia"], ["Military Forces of Ethiopia (2018-)"], [GLOBAL], ["Ethiopian National Defense Force", "ENDF", "Ethiopian army"]),
  stateForce("Police", "Ethiopia", "ET-POL", ["Ethiopia"],
    ["Police Forces of Ethiopia (2018-)", "Police Forces of Ethiopia (2018-) Oromo Regional Special Forces", "Police Forces of Ethiopia (2018-) Amhara Regional Special Forces", "Police Forces of Ethiopia (2018-) Federal Police"],
    [GLOBAL], [], { note: "ACLED codes the regional special forces as units of the police forces" }),
  stateForce("Police", "Nigeria", "NG-POL", ["Nigeria"], ["Police Forces of Nigeria (2015-)", "Police Forces of Nigeria (2015-) Nigeria Customs Service"], [GLOBAL], ["Nigeria Police Force", "Nigerian police"]),

  // --- Americas ---
  stateForce("Military", "Brazil", "BR-MIL", ["Brazil"], ["Military Forces of Brazil (2019-)", "Military Forces of Brazil (2019-) Military Police"], [GLOBAL], [],
    { note: "ACLED codes Brazil's state military police as a unit of the military forces" }),
  stateForce("Police", "Mexico", "MX-POL", ["Mexico"], ["Police Forces of Mexico (2018-)", "Police Forces of Mexico (2018-) State Police", "Police Forces of Mexico (2018-) National Guard"], [GLOBAL]),
  stateForce("Military", "Mexico", "MX-MIL", ["Mexico"], ["Military Forces of Mexico (2018-)"], [GLOBAL], ["Mexican army"]),
  stateForce("Military", "the United States", "US-MIL", ["United States", "Syria", "Iraq"], ["Military Forces of the United States (2021-)", "Military Forces of the United States (2017-2021)"], [GLOBAL, MALI], ["United States Armed Forces", "US Armed Forces"]),
  stateForce("Military", "Colombia", "CO-MIL", ["Colombia"], ["Military Forces of Colombia (2018-)"], [GLOBAL], ["Colombian army"]),
  stateForce("Police", "Colombia", "CO-POL", ["Colombia"], ["Police Forces of Colombia (2018-)"], [GLOBAL], ["Colombian police"]),
  stateForce("Police", "El Salvador", "SV-POL", ["El Salvador"], ["Police Forces of El Salvador (2019-)"], [GLOBAL]),
  { canonical: "Red Command", code: "CV", type: "Political militia", countries: ["Brazil"],
    aliases: ["Comando Vermelho"],
    acled: ["CV: Red Command"],
    sources: [GLOBAL, "Wikipedia: Comando Vermelho"] },
  { canonical: "Confederation of Indigenous Nationalities of Ecuador", code: "CONAIE", type: "Protesters", countries: ["Ecuador"],
    aliases: ["CONAIE", "Confederación de Nacionalidades Indígenas del Ecuador"],
    acled: ["CONAIE: Confederation of Indigenous Nationalities of Ecuador"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Confederation of Indigenous Nationalities of Ecuador"] },
  { canonical: "Republican Party (United States)", code: "GOP", type: "Political militia", countries: ["United States"],
    aliases: [],
    acled: ["GOP: Republican Party"],
    note: "the country is part of the name: other parties are called Republican Party (§9), and bare \"Republican Party\" is not listed",
    sources: [GLOBAL, PARTY, "Wikipedia: Republican Party (United States)"] },
  { canonical: "Planned Parenthood", code: "PP", type: "Protesters", countries: ["United States"],
    aliases: ["Planned Parenthood Federation of America"],
    acled: ["PP: Planned Parenthood"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Planned Parenthood"] },
  { canonical: "Service Employees International Union", code: "SEIU", type: "Protesters", countries: ["United States"],
    aliases: ["SEIU"],
    acled: ["SEIU: Service Employees International Union"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Service Employees International Union"] },
  { canonical: "Black Lives Matter", code: "BLM", type: "Protesters", countries: ["United States", "United Kingdom", "Brazil"],
    aliases: [],
    acled: ["BLM: Black Lives Matter"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Black Lives Matter"] },
  { canonical: "Democratic Party (United States)", code: "DEM", type: "Political militia", countries: ["United States"],
    aliases: [],
    acled: ["DEM: Democratic Party"],
    note: "the country is part of the name, as ACLED writes \"PD: Democratic Party (Italy)\": many parties are called Democratic Party (§9), and bare \"Democratic Party\" is not listed",
    sources: [GLOBAL, PARTY, "Wikipedia: Democratic Party (United States)"] },

  // --- Europe: unions and movements ACLED records with protesters ---
  { canonical: "General Confederation of Labour (France)", code: "CGT-FR", type: "Protesters", countries: ["France"],
    aliases: ["Confédération générale du travail"],
    acled: ["CGT: General Confederation of Labour (France)"],
    note: "\"CGT\" alone also names unions in Argentina, Spain and elsewhere: not listed",
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: General Confederation of Labour (France)"] },
  { canonical: "Force Ouvriere", code: "FO", type: "Protesters", countries: ["France"],
    aliases: ["Force ouvrière", "CGT-FO", "CGT-Force ouvrière"],
    acled: ["FO: Force Ouvriere"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Force Ouvrière"] },
  { canonical: "Democratic Unitary Solidarity", code: "SUD", type: "Protesters", countries: ["France"],
    aliases: [],
    acled: ["SUD: Democratic Unitary Solidarity"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS] },
  { canonical: "National Union of Autonomous Trade Unions", code: "UNSA", type: "Protesters", countries: ["France"],
    aliases: ["UNSA", "Union nationale des syndicats autonomes"],
    acled: ["UNSA: National Union of Autonomous Trade Unions"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS] },
  { canonical: "Workers Commissions", code: "CCOO", type: "Protesters", countries: ["Spain"],
    aliases: ["CCOO", "Comisiones Obreras", "Workers' Commissions"],
    acled: ["CCOO: Workers Commissions"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Workers' Commissions"] },
  { canonical: "General Union of Workers (Spain)", code: "UGT-ES", type: "Protesters", countries: ["Spain"],
    aliases: ["Unión General de Trabajadores"],
    acled: ["UGT: General Union of Workers (Spain)"],
    note: "\"UGT\" alone also names Portugal's union and others: not listed",
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Unión General de Trabajadores"] },
  { canonical: "Italian General Confederation of Labour", code: "CGIL", type: "Protesters", countries: ["Italy"],
    aliases: ["CGIL", "Confederazione Generale Italiana del Lavoro"],
    acled: ["CGIL: Italian General Confederation of Labour"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Italian General Confederation of Labour"] },
  { canonical: "Italian Confederation of Trade Unions", code: "CISL", type: "Protesters", countries: ["Italy"],
    aliases: ["CISL", "Confederazione Italiana Sindacati Lavoratori"],
    acled: ["CISL: Italian Confederation of Trade Unions"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Italian Confederation of Workers' Trade Unions"] },
  { canonical: "Fridays for Future", code: "FFF", type: "Protesters", countries: ["Sweden", "Germany", "Italy", "France", "Australia", "United Kingdom", "United States", "Canada", "Brazil", "Poland", "Finland", "Estonia", "Hungary", "Switzerland", "Denmark", "Slovenia"],
    aliases: ["School Strike for Climate"],
    acled: ["FFF: Fridays for Future"],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: School Strike for Climate"] },
  { canonical: "Extinction Rebellion", code: "XR", type: "Protesters", countries: ["United Kingdom", "Sweden", "United States", "Australia", "Italy", "Finland", "Netherlands", "Norway", "Canada"],
    aliases: [],
    sources: [GLOBAL, ASSOCIATED_PROTESTERS, "Wikipedia: Extinction Rebellion"] },
];

/**
 * Short names of added actors that other bodies share (NAMING-POLICY actors §5): mapped only
 * in the country where the actor acts, refused elsewhere and without a country.
 */
export const ADDED_ACTOR_CONTEXT_ALIASES: readonly ContextAlias[] = [
  { alias: "CMA", byCountry: { Mali: "Coordination of Movements of the Azawad" }, elsewhere: null, withoutCountry: null, note: "a short acronym shared by several bodies" },
  { alias: "MSA", byCountry: { Mali: "Movement for Azawad Salvation" }, elsewhere: null, withoutCountry: null, note: "a short acronym shared by several bodies" },
  { alias: "NAF", byCountry: { Ukraine: "United Armed Forces of Novorossiya" }, elsewhere: null, withoutCountry: null, note: "the Nigerian Air Force is NAF too" },
];

import type { WeaponDictionaryEntry } from "./dictionarySchema";

const USSR = ["USSR", "Russia"];
const YUGOSLAVIA = ["Yugoslavia", "Serbia"];

/**
 * The built-in weapon dictionary, written from shared/reference/weapons.csv (Small Arms
 * Survey, Amnesty International, UN lists). One entry per canonical name, spelt letter for
 * letter as the reference gives it. `calibre` and `origins` are set only where the
 * reference confirms them: facts it marks "not re-verified" or "UNCERTAIN" are left out, so
 * no weapon-mismatch is built on them. `variants` are unlisted sub-variants that map to
 * the entry (NAMING-POLICY weapons §2); `designationYear` is the year a designation itself
 * names (AK-47, Type 56, M70), the earliest a weapon of that model can have been made.
 */
export const WEAPONS: readonly WeaponDictionaryEntry[] = [
  { canonical: "AK-pattern rifle", category: "assault rifle", kind: "weapon", calibre: null, origins: null, aliases: ["Kalashnikov", "AK", "kalachnikov", "Kalash", "AK-type rifle", "Kalashnikov rifle", "AK-pattern", "AK pattern rifle", "AK-type", "Kalachnikov rifle", "Kalashnikov-pattern rifle", "fusil Kalachnikov"], note: "AK-pattern rifles are often recorded as 'AK-47' (Small Arms Survey IB14)" },
  { canonical: "AK-47", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: USSR, aliases: ["AK47", "AK 47", "Avtomat Kalashnikova 47"], variants: ["AKS-47", "AKS47", "AK-47S"], designationYear: 1947 },
  { canonical: "AKM", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: USSR, aliases: [], variants: ["AKMN"] },
  { canonical: "AKMS", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["USSR", "Russia", "Poland"], aliases: ["kbk AKMS"], parent: "AKM" },
  { canonical: "AK-74", category: "assault rifle", kind: "weapon", calibre: "5.45×39mm", origins: USSR, aliases: ["AK74", "AK 74"], variants: ["AKS-74", "AKS74", "AK-74M", "AK74M", "AKS-74U", "AKS74U"], designationYear: 1974 },
  { canonical: "AK-103", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["Russia"], aliases: ["AK103", "AK 103"] },
  { canonical: "Type 56", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["China"], aliases: ["Type-56", "Type 56 assault rifle", "56式", "Type 56 rifle", "Type56"], designationYear: 1956, note: "bare 'Type 56' is conventionally the assault rifle" },
  { canonical: "Type 56-1", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["China"], aliases: ["Type56-1", "Type 56 1", "Type-56-1"], parent: "Type 56", designationYear: 1956 },
  { canonical: "Type 56-2", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["China"], aliases: ["Type-56-2", "Type56-2", "Type 56 2"], parent: "Type 56", designationYear: 1956 },
  { canonical: "Type 56 carbine", category: "self-loading carbine", kind: "weapon", calibre: "7.62×39mm", origins: ["China"], aliases: ["Chinese SKS", "Type 56 SKS", "Type-56 carbine"], designationYear: 1956, note: "NOT the Type 56 assault rifle" },
  { canonical: "Type 81", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["China"], aliases: ["Type-81", "Type81", "Type 81 rifle"], variants: ["Type 81-1", "Type 81-S"], designationYear: 1981 },
  { canonical: "Zastava M70", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: YUGOSLAVIA, aliases: ["M70", "M-70", "Yugoslav M70", "Zastava M-70"], variants: ["M70A", "M70B"], designationYear: 1970 },
  { canonical: "Zastava M70AB2", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: YUGOSLAVIA, aliases: ["M70AB2", "M70 AB2", "M-70AB2"], parent: "Zastava M70", designationYear: 1970 },
  { canonical: "Zastava M70B1", category: "assault rifle", kind: "weapon", calibre: null, origins: null, aliases: ["M70B1", "M70 B1", "M-70B1"], parent: "Zastava M70", designationYear: 1970 },
  { canonical: "Zastava M92", category: "carbine", kind: "weapon", calibre: null, origins: ["Serbia", "Yugoslavia"], aliases: ["M92", "M-92"], designationYear: 1992 },
  { canonical: "Zastava M05E1", category: "assault rifle", kind: "weapon", calibre: null, origins: ["Serbia"], aliases: ["M05E1", "M05 E1", "M-05E1"], designationYear: 2005, note: "E1, E2 and E3 are distinct variants" },
  { canonical: "vz. 58", category: "assault rifle", kind: "weapon", calibre: "7.62×39mm", origins: ["Czechoslovakia", "Czech Republic"], aliases: ["Sa vz. 58", "vz58", "vz. 58 P/V", "vz 58", "Sa vz 58", "Samopal vz. 58"], variants: ["vz. 58 P", "vz. 58 V"], designationYear: 1958 },
  { canonical: "PM md. 63", category: "assault rifle", kind: "weapon", calibre: null, origins: null, aliases: ["PM md 63", "Romanian PM md. 63", "PM md.63", "PM-63 Romanian"], designationYear: 1963 },
  { canonical: "SKS", category: "self-loading carbine", kind: "weapon", calibre: "7.62×39mm", origins: USSR, aliases: ["SKS-45", "Simonov", "Simonov SKS", "SKS carbine"], designationYear: 1945 },
  { canonical: "FN FAL", category: "battle rifle", kind: "weapon", calibre: "7.62×51mm", origins: ["Belgium"], aliases: ["FAL", "FN-FAL", "Fusil Automatique Léger"] },
  { canonical: "Heckler & Koch G3", category: "battle rifle", kind: "weapon", calibre: "7.62×51mm", origins: ["West Germany", "Germany"], aliases: ["G3", "HK G3", "H&K G3", "Heckler and Koch G3", "HK-G3"], variants: ["G3A3", "G3A4"] },
  { canonical: "M16A1", category: "assault rifle", kind: "weapon", calibre: "5.56×45mm", origins: ["United States"], aliases: ["M-16A1", "M16 A1"], note: "bare M16 and M16A2 are not M16A1" },
  { canonical: "M4 carbine", category: "carbine", kind: "weapon", calibre: "5.56×45mm", origins: ["United States"], aliases: ["M4", "M-4"], variants: ["M4A1"] },
  { canonical: "SVD Dragunov", category: "designated marksman/sniper rifle", kind: "weapon", calibre: "7.62×54mmR", origins: USSR, aliases: ["SVD", "Dragunov", "Dragunov SVD", "Dragunov sniper rifle"], variants: ["SVDS"] },
  { canonical: "MAT-49", category: "sub-machine gun", kind: "weapon", calibre: null, origins: null, aliases: ["MAT 49", "MAT49"], designationYear: 1949 },
  { canonical: "Makarov PM", category: "pistol", kind: "weapon", calibre: "9×18mm", origins: USSR, aliases: ["Makarov", "PM pistol", "Makarov pistol"] },
  { canonical: "Tokarev TT-33", category: "pistol", kind: "weapon", calibre: "7.62×25mm", origins: USSR, aliases: ["TT-33", "TT pistol", "Tokarev", "TT33", "Tokarev pistol"], designationYear: 1933, note: "the Chinese Type 54 pistol is a distinct copy" },
  { canonical: "PK", category: "general-purpose machine gun", kind: "weapon", calibre: "7.62×54mmR", origins: USSR, aliases: ["PK machine gun"], variants: ["PKS", "PKT"] },
  { canonical: "PKM", category: "general-purpose machine gun", kind: "weapon", calibre: "7.62×54mmR", origins: USSR, aliases: ["PK-M", "PKM machine gun"], variants: ["PKMS", "PKMT"], note: "PKP Pecheneg is a distinct model" },
  { canonical: "Type 80 GPMG", category: "general-purpose machine gun", kind: "weapon", calibre: null, origins: null, aliases: ["Type 80 machine gun", "Type-80 GPMG"], designationYear: 1980 },
  { canonical: "Zastava M84 (machine gun)", category: "general-purpose machine gun", kind: "weapon", calibre: "7.62×54mmR", origins: YUGOSLAVIA, aliases: ["M84 GPMG", "Zastava M84 GPMG", "M84 machine gun", "Zastava M84 machine gun"], designationYear: 1984, note: "Zastava M84 is also a Skorpion-copy sub-machine gun" },
  { canonical: "RPK", category: "light machine gun", kind: "weapon", calibre: "7.62×39mm", origins: USSR, aliases: ["RPK machine gun"], variants: ["RPKS", "RPKM"], note: "RPK-74 (5.45×39mm) is distinct" },
  { canonical: "RPD", category: "light machine gun", kind: "weapon", calibre: "7.62×39mm", origins: USSR, aliases: ["Degtyaryov RPD", "Degtyarev RPD", "RPD machine gun"], note: "the Chinese Type 56 LMG is a distinct copy" },
  { canonical: "DShK", category: "heavy machine gun", kind: "weapon", calibre: "12.7×108mm", origins: USSR, aliases: ["Dushka", "DShK-38", "Doushka", "DShK machine gun", "DShK heavy machine gun"], variants: ["DShKM"], designationYear: 1938 },
  { canonical: "NSV", category: "heavy machine gun", kind: "weapon", calibre: null, origins: null, aliases: ["NSV Utes", "Utes"], variants: ["NSVT"] },
  { canonical: "KPV", category: "heavy machine gun", kind: "weapon", calibre: "14.5×114mm", origins: USSR, aliases: ["KPV machine gun", "KPV heavy machine gun"], variants: ["KPVT"], note: "ZPU-1/2/4 are mounts, not the gun" },
  { canonical: "Zastava M02 Coyote", category: "heavy machine gun", kind: "weapon", calibre: null, origins: ["Serbia"], aliases: ["M02 Coyote", "M02 Kojot", "Zastava M02", "Zastava M02 Kojot"], designationYear: 2002 },
  { canonical: "FN MAG", category: "general-purpose machine gun", kind: "weapon", calibre: null, origins: null, aliases: ["MAG 58", "FN MAG 58", "MAG58", "FN-MAG"] },
  { canonical: "Browning M2", category: "heavy machine gun", kind: "weapon", calibre: "12.7×99mm", origins: ["United States"], aliases: ["M2HB", "Ma Deuce", ".50 cal Browning", "Browning M2HB", "M2 Browning", "Browning .50"], note: "bare 'M2' is ambiguous" },
  { canonical: "RPG-7", category: "rocket launcher", kind: "weapon", calibre: "40 mm", origins: USSR, aliases: ["RPG7", "RPG 7", "RPG-7V", "RPG-7V2", "RPG-7 launcher", "RPG-7 rocket launcher", "RPG-7V1"], variants: ["RPG-7D", "RPG-7D3", "RPG-7N"], fires: ["PG-7V", "PG-7VL", "PG-7VM", "PG-7VR", "OG-7V", "TBG-7V"], note: "RPG-29, RPG-2, RPG-22 and RPG-26 are different weapons" },
  { canonical: "Type 69 RPG", category: "rocket launcher", kind: "weapon", calibre: null, origins: null, aliases: ["Type-69 RPG", "Type 69 rocket launcher", "Type 69 RPG launcher"], fires: ["PG-7V"], designationYear: 1969 },
  { canonical: "RPG-2", category: "rocket launcher", kind: "weapon", calibre: "40 mm", origins: USSR, aliases: ["RPG2", "RPG 2"] },
  { canonical: "RPG-22", category: "single-shot disposable rocket launcher", kind: "weapon", calibre: null, origins: null, aliases: ["RPG-22 Netto", "RPG22", "RPG 22"] },
  { canonical: "RPG-26", category: "single-shot disposable rocket launcher", kind: "weapon", calibre: null, origins: null, aliases: ["RPG-26 Aglen", "RPG26", "RPG 26"] },
  { canonical: "RPG-29", category: "rocket launcher", kind: "weapon", calibre: null, origins: USSR, aliases: ["RPG-29 Vampir", "RPG29", "RPG 29"] },
  { canonical: "M72 LAW", category: "single-shot disposable rocket launcher", kind: "weapon", calibre: null, origins: null, aliases: ["M-72 LAW", "M72 Light Anti-Tank Weapon"], variants: ["M72A2", "M72A3"] },
  { canonical: "SPG-9", category: "recoilless rifle", kind: "weapon", calibre: "73 mm", origins: USSR, aliases: ["SPG9", "SPG 9", "SPG-9M", "SPG-9 Kopyo", "Kopyo"], fires: ["PG-9", "OG-9"] },
  { canonical: "B-10 recoilless rifle", category: "recoilless rifle", kind: "weapon", calibre: null, origins: null, aliases: ["B-10", "B10", "B-10 recoilless gun"] },
  { canonical: "M40 recoilless rifle", category: "recoilless rifle", kind: "weapon", calibre: "106 mm", origins: ["United States"], aliases: ["M40A1", "106 mm recoilless rifle", "106mm recoilless rifle", "M40 recoilless"], note: "bare 'M40' is ambiguous (also a sniper rifle)" },
  { canonical: "PG-7V", category: "rocket", kind: "ammunition", calibre: null, origins: ["USSR", "Russia", "Bulgaria"], aliases: ["PG7V", "PG-7V grenade", "PG 7V", "PG-7V rocket", "PG-7V round"], firedBy: ["RPG-7", "Type 69 RPG"], note: "bare 'PG-7' is the family" },
  { canonical: "PG-7VL", category: "rocket", kind: "ammunition", calibre: null, origins: USSR, aliases: ["PG7VL", "PG 7VL", "PG-7VL rocket"], firedBy: ["RPG-7"] },
  { canonical: "PG-7VM", category: "rocket", kind: "ammunition", calibre: null, origins: USSR, aliases: ["PG7VM", "PG 7VM", "PG-7VM rocket"], firedBy: ["RPG-7"] },
  { canonical: "PG-7M", category: "rocket", kind: "ammunition", calibre: null, origins: null, aliases: ["PG7M", "PG 7M"], firedBy: ["RPG-7"], note: "low confidence; keep distinct from PG-7VM" },
  { canonical: "PG-7VR", category: "rocket", kind: "ammunition", calibre: null, origins: USSR, aliases: ["PG7VR", "PG 7VR", "PG-7VR rocket"], firedBy: ["RPG-7"] },
  { canonical: "OG-7V", category: "rocket", kind: "ammunition", calibre: "40 mm", origins: USSR, aliases: ["OG7V", "OG 7V", "OG-7V rocket"], firedBy: ["RPG-7"] },
  { canonical: "TBG-7V", category: "rocket", kind: "ammunition", calibre: null, origins: ["Russia"], aliases: ["TBG7V", "TBG 7V", "TBG-7V rocket"], firedBy: ["RPG-7"], note: "the Bulgarian 'TB-7V' is a different designation" },
  { canonical: "PG-9", category: "round for recoilless weapon", kind: "ammunition", calibre: "73 mm", origins: USSR, aliases: ["PG-9V", "PG-9VNT", "PG9", "PG 9"], firedBy: ["SPG-9"] },
  { canonical: "OG-9", category: "round for recoilless weapon", kind: "ammunition", calibre: "73 mm", origins: USSR, aliases: ["OG-9V", "OG9", "OG 9"], firedBy: ["SPG-9"] },
  { canonical: "GP-25", category: "under-barrel grenade launcher", kind: "weapon", calibre: "40 mm", origins: USSR, aliases: ["GP-25 Kostyor", "GP25", "GP 25", "Kostyor"], fires: ["VOG-25"], note: "GP-30 is distinct" },
  { canonical: "VOG-25", category: "grenade for launcher", kind: "ammunition", calibre: "40 mm", origins: USSR, aliases: ["VOG 25", "VOG25"], variants: ["VOG-25P"], firedBy: ["GP-25"] },
  { canonical: "60 mm mortar", category: "mortar", kind: "weapon", calibre: "60 mm", origins: null, aliases: ["60mm mortar", "60-mm mortar", "mortier de 60 mm", "60 mm mortar tube"] },
  { canonical: "82 mm mortar", category: "mortar", kind: "weapon", calibre: "82 mm", origins: null, aliases: ["82mm mortar", "82-mm mortar", "mortier de 82 mm", "82 mm mortar tube"], variants: ["82-BM-37", "82-PM-41", "2B14", "2B14 Podnos", "Podnos", "Type 67 mortar"] },
  { canonical: "82 mm mortar projectile", category: "mortar bomb", kind: "ammunition", calibre: "82 mm", origins: null, aliases: ["82mm mortar bomb", "82mm mortar round", "82mm mortar shell", "82 mm mortar bomb", "82 mm mortar round", "82 mm mortar shell", "82mm mortar projectile", "obus de mortier de 82 mm"] },
  { canonical: "120 mm mortar", category: "mortar", kind: "weapon", calibre: "120 mm", origins: null, aliases: ["120mm mortar", "120-mm mortar", "mortier de 120 mm"] },
  { canonical: "107 mm rocket", category: "rocket", kind: "ammunition", calibre: "107 mm", origins: null, aliases: ["107mm rocket", "Type 63 107mm rocket", "107-mm rocket", "107 mm rocket round"], note: "bare 'Type 63' is ambiguous" },
  { canonical: "122 mm rocket", category: "rocket", kind: "ammunition", calibre: "122 mm", origins: null, aliases: ["9M22U", "9M22", "Grad rocket", "122mm Grad rocket", "122mm rocket", "122 mm Grad rocket", "122-mm rocket"], note: "BM-21 is the launcher system, not the rocket" },
  { canonical: "RGD-5", category: "hand grenade", kind: "ammunition", calibre: null, origins: USSR, aliases: ["RGD5", "RGD 5", "RGD-5 grenade", "RGD-5 hand grenade"] },
  { canonical: "7.62×39mm", category: "cartridge", kind: "ammunition", calibre: "7.62×39mm", origins: null, aliases: ["7.62x39", "7,62 x 39", "7.62mm M43", "7.62x39mm", "7.62 x 39 mm", "7.62×39", "M43 cartridge"] },
  { canonical: "7.62×54mmR", category: "cartridge", kind: "ammunition", calibre: "7.62×54mmR", origins: null, aliases: ["7.62x54R", "7.62 x 54 R", "7.62x54mmR", "7.62×54R", "7.62 x 54R"] },
  { canonical: "7.62×51mm NATO", category: "cartridge", kind: "ammunition", calibre: "7.62×51mm", origins: null, aliases: ["7.62 NATO", "7.62x51", "7.62x51mm", "7.62×51mm", "7.62 x 51 mm NATO"] },
  { canonical: "5.56×45mm NATO", category: "cartridge", kind: "ammunition", calibre: "5.56×45mm", origins: null, aliases: ["5.56 NATO", "5.56x45", "5.56x45mm", "5.56×45mm", "5.56 x 45 mm"] },
  { canonical: "5.45×39mm", category: "cartridge", kind: "ammunition", calibre: "5.45×39mm", origins: null, aliases: ["5.45x39", "5.45x39mm", "5.45 x 39 mm"] },
  { canonical: "12.7×108mm", category: "cartridge", kind: "ammunition", calibre: "12.7×108mm", origins: null, aliases: ["12.7 x 108", "12.7x108", "12.7x108mm"] },
  { canonical: "12.7×99mm NATO", category: "cartridge", kind: "ammunition", calibre: "12.7×99mm", origins: null, aliases: [".50 BMG", "12.7x99mm", "12.7x99", ".50 BMG cartridge"] },
  { canonical: "14.5×114mm", category: "cartridge", kind: "ammunition", calibre: "14.5×114mm", origins: null, aliases: ["14.5x114", "14.5x114mm", "14.5 x 114 mm"] },
  { canonical: "9×19mm", category: "cartridge", kind: "ammunition", calibre: "9×19mm", origins: null, aliases: ["9mm Parabellum", "9mm Luger", "9x19", "9x19mm", "9 x 19 mm"] },
];

/**
 * Designations that name several weapons: refused, with candidates (NAMING-POLICY
 * weapons §3–4). Keys are written as a curator would write them. `classDecides`: the weapons
 * the designation names are of different classes, so a class noun written with it ("M84
 * machine gun") picks the candidate of that class; never set where the doubt is a variant (M16).
 */
export const AMBIGUOUS_WEAPON_NAMES: readonly { name: string; candidates: string[]; note: string; classDecides?: boolean }[] = [
  { name: "Type 69", candidates: ["Type 69 RPG"], note: "Type 69 is also a tank", classDecides: true },
  { name: "Type 63", candidates: ["107 mm rocket"], note: "Type 63 names a rocket launcher, a rifle and an armoured vehicle" },
  { name: "Type 80", candidates: ["Type 80 GPMG"], note: "Type 80 is also a pistol and a tank", classDecides: true },
  { name: "M84", candidates: ["Zastava M84 (machine gun)"], note: "Zastava M84 is a machine gun and a sub-machine gun", classDecides: true },
  { name: "M40", candidates: ["M40 recoilless rifle"], note: "M40 is also a sniper rifle", classDecides: true },
  { name: "M2", candidates: ["Browning M2"], note: "M2 names a machine gun, a carbine and a mortar", classDecides: true },
  { name: "PM", candidates: ["Makarov PM", "PM md. 63"], note: "PM is the Makarov pistol or the Romanian rifle" },
  { name: "M16", candidates: ["M16A1"], note: "bare M16 does not say which variant" },
  { name: "M72", candidates: ["M72 LAW"], note: "M72 is the LAW rocket launcher and a Zastava light machine gun", classDecides: true },
  { name: "PG-7", candidates: ["PG-7V", "PG-7VL", "PG-7VM", "PG-7VR", "PG-7M"], note: "PG-7 is the family of RPG-7 rockets" },
  { name: "RPG-7 rocket", candidates: ["PG-7V", "PG-7VL", "PG-7VM", "PG-7VR", "OG-7V", "TBG-7V"], note: "'RPG-7 rocket' does not say which round" },
  { name: "RPG-7 round", candidates: ["PG-7V", "PG-7VL", "PG-7VM", "PG-7VR", "OG-7V", "TBG-7V"], note: "'RPG-7 round' does not say which round" },
  { name: "RPG-7 grenade", candidates: ["PG-7V", "PG-7VL", "PG-7VM", "PG-7VR", "OG-7V", "TBG-7V"], note: "'RPG-7 grenade' does not say which round" },
  { name: "SPG-9 round", candidates: ["PG-9", "OG-9"], note: "'SPG-9 round' does not say which round" },
  { name: "7.62mm", candidates: ["7.62×39mm", "7.62×54mmR", "7.62×51mm NATO"], note: "a bare calibre names several cartridges" },
  { name: "7.62 mm", candidates: ["7.62×39mm", "7.62×54mmR", "7.62×51mm NATO"], note: "a bare calibre names several cartridges" },
  { name: "12.7mm", candidates: ["12.7×108mm", "12.7×99mm NATO"], note: "a bare calibre names several cartridges" },
  { name: "82mm", candidates: ["82 mm mortar", "82 mm mortar projectile", "B-10 recoilless rifle"], note: "a bare calibre names a mortar, its bombs and a recoilless rifle" },
  { name: "82 mm", candidates: ["82 mm mortar", "82 mm mortar projectile", "B-10 recoilless rifle"], note: "a bare calibre names a mortar, its bombs and a recoilless rifle" },
  { name: "60mm", candidates: ["60 mm mortar"], note: "a bare calibre does not say whether the mortar or its bombs" },
  { name: "120mm", candidates: ["120 mm mortar"], note: "a bare calibre does not say whether the mortar or its bombs" },
  { name: "122mm", candidates: ["122 mm rocket"], note: "a bare calibre names rockets, guns and howitzers" },
  { name: "107mm", candidates: ["107 mm rocket"], note: "a bare calibre does not say whether the rocket or its launcher" },
  { name: "40mm", candidates: ["VOG-25", "RPG-7", "GP-25"], note: "a bare calibre names launchers and grenades" },
  { name: "14.5mm", candidates: ["14.5×114mm", "KPV"], note: "a bare calibre does not say whether the gun or its cartridges" },
];

/**
 * Generic classes, vehicles and devices: not models, kept as written (NAMING-POLICY
 * weapons §6).
 */
export const GENERIC_WEAPON_NAMES: readonly string[] = [
  "assault rifle", "rifle", "automatic rifle", "machine gun", "light machine gun", "heavy machine gun", "general-purpose machine gun", "sub-machine gun", "submachine gun",
  "pistol", "handgun", "revolver", "shotgun", "hunting rifle", "sniper rifle", "carbine", "RPG", "RPGs", "rocket-propelled grenade", "rocket launcher", "grenade launcher",
  "grenade", "hand grenade", "mortar", "mortar bomb", "mortar round", "rocket", "missile", "IED", "VBIED", "SVBIED", "improvised explosive device", "explosives", "explosive",
  "landmine", "mine", "anti-tank mine", "ammunition", "ammo", "cartridges", "rounds", "bullets", "weapon", "weapons", "firearm", "firearms", "small arms", "light weapons",
  "drone", "UAV", "armed drone", "technical", "pickup", "pick-up truck", "vehicle", "motorcycle", "armoured vehicle", "tank", "artillery", "howitzer", "MANPADS",
  "fusil", "fusil d'assaut", "mitrailleuse", "lance-roquette", "arme", "armes", "munitions", "engin explosif improvisé",
];

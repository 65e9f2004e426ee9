import { nameTable, weapon } from "./nameCases";

/** A calibre in parentheses, after "de" or written NATO or in inches must agree with the model (NAMING-POLICY weapons §5). */
nameTable("weapons: calibres written with a model", [
  ["SVD (7.62×54mmR)", null, "alias", "SVD Dragunov", "in parentheses"],
  ["AK-74 rifles (5.45×39mm)", null, "alias", "AK-74", "plural + parentheses"],
  ["RPK light machine gun (7.62×39mm)", null, "alias", "RPK", "class + parentheses"],
  ["DShK de 12,7 mm", null, "alias", "DShK", "French de, decimal comma"],
  ["mitrailleuse PK de 7,62 mm", null, "alias", "PK", "French noun and calibre"],
  ["fusil d'assaut AK-74 de 5,45 mm", null, "alias", "AK-74", "French"],
  ["M4 carbine 5.56 NATO", null, "alias", "M4 carbine", "NATO calibre"],
  ["HK G3 7.62 NATO", null, "alias", "Heckler & Koch G3", "NATO calibre"],
  ["Browning M2 .50 cal", null, "alias", "Browning M2", "inches"],
  ["OG-7V rounds (40 mm)", null, "alias", "OG-7V", "round with calibre"],
  ["SPG-9 de 73 mm", null, "alias", "SPG-9", "French"],
  ["PKM (7.62×39mm)", null, "unknown", null, "negative: contradicting calibre in parentheses"],
  ["AK-74 de 7,62 mm", null, "unknown", null, "negative: contradicting French calibre"],
  ["DShK .30 calibre", null, "unknown", null, "negative: contradicting inches"],
  ["FN FAL 5.56 NATO", null, "unknown", null, "negative: contradicting NATO calibre"],
  ["KPV (12.7mm)", null, "unknown", null, "negative: the KPV is 14.5 mm"],
], (raw) => weapon(raw));

import { nameTable, weapon } from "./nameCases";

/** Two models in one cell, the second written short, are compound (NAMING-POLICY weapons §5); repeated words are not one model's words. */
nameTable("weapons: compound cells with short second parts", [
  ["Type 56/56-2", null, "compound", null, "the second part takes the first's words"],
  ["AK-47/74", null, "compound", null, "AK-47 and AK-74"],
  ["M70/M70B1", null, "compound", null, "two Zastava models"],
  ["AK-74 AK-74", null, "unknown", null, "negative: repeated words do not make a model"],
], (raw) => weapon(raw));

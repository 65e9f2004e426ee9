import { fingerprintKeyer, separatorFingerprintKeyer } from "../../../src/domain/names/keyers/fingerprint";
import { ngramFingerprintKeyer } from "../../../src/domain/names/keyers/ngramFingerprint";

/** Test vectors published with OpenRefine's FingerprintKeyerTests (input → key). */
const OPENREFINE_VECTORS: [string, string][] = [
  ["the multi multi word test", "multi test the word"],
  [" école ÉCole ecoLe ", "ecole"],
  ["a b c d", "a b c d"],
  [" d c b a ", "a b c d"],
  ["\tABC \t DEF ", "abc def"],
  ["bbb\taaa", "aaa bbb"],
  ["æø", "aeoe"],
  ["©ß", "css"],
  ["\u00D0\u00F0\u00DE\u00FEǷƿ", "ddththww"],
  ["ﬀﬁﬂﬃﬅﬆ", "fffiflffistst"],
  ["\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u0100\u0101\u0102\u0103\u0104\u0105", "aaaaaaaaaaaaaaaaaa"],
  ["\u00C7\u00E7\u0106\u0107\u0108\u0109\u010A\u010B\u010C\u010D", "cccccccccc"],
  ["\u00D0\u00F0\u010E\u010F\u0110\u0111", "dddddd"],
  ["\u0126\u0127", "hh"],
  ["\u0131", "i"],
  ["\u0138", "k"],
  ["\u0139\u013A\u013B\u013C\u013D\u013E\u0141\u0142", "llllllll"],
  ["\u013F\u0140", "ll"],
  ["\u0149", "n"],
  ["\u014A\u014B", "nn"],
  ["\u00D8\u00F8", "oeoe"],
  ["\u015A\u015B\u015C\u015D\u015E\u015F\u0160\u0161\u017F", "sssssssss"],
  ["\u0162\u0163\u0164\u0165\u0166\u0167", "tttttt"],
  ["\u0179\u017A\u017B\u017C\u017D\u017E", "zzzzzz"],
  ["a\u0009\nb\u000Bc\u000Cd\re\u0085f\u00A0g\u1680h\u2000i\u2001j\u2002k\u2003l\u2004m\u2005n\u2006o\u2007p\u2008q\u2009r\u200As\u2028t\u2029u\u202Fv\u205Fw\u3000z", "a b c d e f g h i j k l m n o p q r s t u v w z"],
  ["ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ", "aaaaaaaeceeeeiiiidnooooooeuuuuythssaaaaaaaeceeeeiiiidnooooooeuuuuythy"],
  ["ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ", "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijijjjkkkllllllllllnnnnnnnnnoooooooeoerrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"],
  ["ṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕ", "rrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzz"],
  ["", ""],
];

describe("fingerprintKeyer: a faithful port of OpenRefine's", () => {
  test.each(OPENREFINE_VECTORS)("%p → %p", (text, key) => {
    expect(fingerprintKeyer.key(text)).toBe(key);
  });

  test("deletes punctuation without splitting, as OpenRefine does", () => {
    expect(fingerprintKeyer.key("AK-47")).toBe("ak47");
    expect(fingerprintKeyer.key("AK 47")).toBe("47 ak");
    expect(fingerprintKeyer.key("Jama'at Nusrat al-Islam")).toBe("alislam jamaat nusrat");
  });
});

describe("separatorFingerprintKeyer: punctuation separates words", () => {
  test.each([
    ["AK-47", "47 ak"],
    ["AK 47", "47 ak"],
    ["ak.47", "47 ak"],
    ["Jama'at Nusrat al-Islam", "al at islam jama nusrat"],
    ["  Type 56-1 ", "1 56 type"],
  ])("%p → %p", (text, key) => {
    expect(separatorFingerprintKeyer.key(text)).toBe(key);
  });

  test("near miss: digits still tell models apart", () => {
    expect(separatorFingerprintKeyer.key("AK-74")).not.toBe(separatorFingerprintKeyer.key("AK-47"));
  });
});

describe("ngramFingerprintKeyer: a port of OpenRefine's", () => {
  test.each([
    ["abcdefg", "abbccddeeffg"],
    [" a,b.c d\te!f?g ", "abbccddeeffg"],
    ["gfedcba", "bacbdcedfegf"],
    ["a b c d", "abbccd"],
    ["", ""],
    ["a", ""],
  ])("%p → %p", (text, key) => {
    expect(ngramFingerprintKeyer(2).key(text)).toBe(key);
  });

  test("n = 1 gives the sorted unique letters", () => {
    expect(ngramFingerprintKeyer(1).key("Kalashnikov")).toBe("ahiklnosv");
  });
});

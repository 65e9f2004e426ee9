import { RecentTexts } from "../../../src/domain/names/recentTexts";

describe("RecentTexts", () => {
  it("finds what was set, the newest first, and forgets the oldest past its capacity", () => {
    const recent = new RecentTexts<number>(3);
    recent.set("a", 1);
    recent.set("b", 2);
    recent.set("c", 3);
    expect([recent.get("a"), recent.get("b"), recent.get("c")]).toEqual([1, 2, 3]);
    recent.set("d", 4);
    expect([recent.get("a"), recent.get("b"), recent.get("c"), recent.get("d")]).toEqual([undefined, 2, 3, 4]);
    recent.set("e", 5);
    recent.set("f", 6);
    expect(["b", "c", "d", "e", "f"].map((text) => recent.get(text))).toEqual([undefined, undefined, 4, 5, 6]);
  });

  it("forgets every text when cleared, and is filled again from its first slot", () => {
    const recent = new RecentTexts<string>(2);
    recent.set("x", "1");
    recent.set("y", "2");
    recent.clear();
    expect([recent.get("x"), recent.get("y")]).toEqual([undefined, undefined]);
    recent.set("z", "3");
    expect([recent.get("z"), recent.get("x")]).toEqual(["3", undefined]);
  });

  it("tells texts apart by their letters, not by which string object holds them", () => {
    const recent = new RecentTexts<number>();
    recent.set("Boko Haram".slice(0, 4), 1);
    expect(recent.get(["B", "o", "k", "o"].join(""))).toBe(1);
  });
});

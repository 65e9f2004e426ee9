import Fuse from "fuse.js";
import { ActorResolver } from "../../src/domain/names/actorResolver";
import { BUILT_IN_ACTOR_CONTEXT_ALIASES as ACTOR_CONTEXT_ALIASES, BUILT_IN_ACTORS as ACTORS } from "../../src/domain/names/dictionary/builtIn";
import { AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES, WEAPONS } from "../../src/domain/names/dictionary/weapons";
import { fingerprintKeyer } from "../../src/domain/names/keyers/fingerprint";
import { WeaponResolver } from "../../src/domain/names/weaponResolver";
import { LabelledName, loadEvaluationSet, mappedName, referenceCanonicals, score, Score } from "../support/evaluation";
import { log, record } from "./summary";
import { forgetTextMemos } from "../../src/domain/text/textMemos";

/**
 * The normaliser against the tools a user would pick instead, on the same labelled set and
 * the same dictionary, in one run: fuse.js over the alias list (its default threshold and
 * a strict one) and plain OpenRefine fingerprint key collision.
 */
type Answer = (row: LabelledName) => string | null;

/** Every name of the dictionaries with its canonical name; context names under their no-country meaning. */
function aliasList(): { name: string; canonical: string; kind: "actor" | "weapon" }[] {
  const list: { name: string; canonical: string; kind: "actor" | "weapon" }[] = [];
  for (const entry of ACTORS) for (const name of [entry.canonical, ...entry.aliases]) list.push({ name, canonical: entry.canonical, kind: "actor" });
  for (const context of ACTOR_CONTEXT_ALIASES) if (context.withoutCountry) list.push({ name: context.alias, canonical: context.withoutCountry, kind: "actor" });
  for (const entry of WEAPONS) for (const name of [entry.canonical, ...entry.aliases, ...(entry.variants ?? [])]) list.push({ name, canonical: entry.canonical, kind: "weapon" });
  return list;
}

function fuseAnswer(threshold?: number): Answer {
  const list = aliasList();
  const byKind = {
    actor: new Fuse(list.filter((item) => item.kind === "actor"), { keys: ["name"], includeScore: true, ...(threshold === undefined ? {} : { threshold }) }),
    weapon: new Fuse(list.filter((item) => item.kind === "weapon"), { keys: ["name"], includeScore: true, ...(threshold === undefined ? {} : { threshold }) }),
  };
  return (row) => byKind[row.kind].search(row.raw, { limit: 1 })[0]?.item.canonical ?? null;
}

function fingerprintAnswer(): Answer {
  const byKey = { actor: new Map<string, Set<string>>(), weapon: new Map<string, Set<string>>() };
  for (const item of aliasList()) {
    const key = fingerprintKeyer.key(item.name);
    const set = byKey[item.kind].get(key) ?? new Set<string>();
    set.add(item.canonical);
    byKey[item.kind].set(key, set);
  }
  return (row) => {
    const found = byKey[row.kind].get(fingerprintKeyer.key(row.raw));
    return found && found.size === 1 ? [...found][0] : null;
  };
}

function oursAnswer(): Answer {
  const actors = new ActorResolver({ entries: ACTORS, contextAliases: ACTOR_CONTEXT_ALIASES });
  const weapons = new WeaponResolver({ entries: WEAPONS, ambiguous: AMBIGUOUS_WEAPON_NAMES, generic: GENERIC_WEAPON_NAMES });
  return (row) => mappedName(row.kind === "actor" ? actors.resolve(row.raw, row.country) : weapons.resolve(row.raw, row.country));
}

/** Names timed for names/s: the first of a set (fuse.js takes minutes over a set of thousands, five times). */
const TIMED_NAMES = 800;
/** Timed runs of each tool, the best counted: many for ours and fingerprint collision, two for fuse.js. */
const RUNS = 25;
const FUSE_RUNS = 2;

/**
 * Names per second: each run starts from a tool built afresh and with every text memory
 * forgotten (folded, cleaned and keyed texts too: nothing of an earlier pass is
 * remembered), timed over the set's first `TIMED_NAMES`; the best of `runs` (this machine's
 * speed drifts: the tools timed closely get many runs, fuse.js, a thousand times slower, two).
 */
function namesPerSecond(make: () => Answer, all: readonly LabelledName[], runs: number): number {
  const rows = all.slice(0, TIMED_NAMES);
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const answer = make();
    forgetTextMemos();
    const start = process.hrtime.bigint();
    for (const row of rows) answer(row);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return rows.length / best;
}

const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);

/**
 * Accuracy, wrong maps and speed of ours and the peers on each labelled set apart: the tuning
 * set (written beside the rules), the independent set's phrasings and the real ACLED
 * exports' actor strings (written from the policy by someone who never saw the resolver).
 */
export function namesTable(): void {
  const reference = referenceCanonicals();
  const added = (canonical: string) => !reference.has(canonical);
  const sets: [string, LabelledName[]][] = [
    ["tuning set", [...loadEvaluationSet("actor"), ...loadEvaluationSet("weapon")]],
    ["independent: reports' phrasings", [...loadEvaluationSet("actor", "independent"), ...loadEvaluationSet("weapon", "independent")]],
    ["independent: real ACLED actor strings", loadEvaluationSet("actor", "independent real")],
  ];
  const tools: [string, () => Answer][] = [
    ["ours (normaliser)", oursAnswer],
    ["fuse.js, default threshold 0.6", () => fuseAnswer()],
    ["fuse.js, threshold 0.3", () => fuseAnswer(0.3)],
    ["OpenRefine fingerprint collision", fingerprintAnswer],
  ];
  for (const [setName, rows] of sets) {
    log(`\n== names, ${setName}: ${rows.length.toLocaleString("en")} labelled names (${rows.filter((r) => r.kind === "actor").length.toLocaleString("en")} actors, ${rows.filter((r) => r.kind === "weapon").length.toLocaleString("en")} weapons), same dictionary ==`);
    log(["tool", "overall", "on mapped rows", "refusals right", "wrong maps", "per 1,000", "set aside", "context rows", "names/s"].join("\t"));
    const scores = new Map<string, Score>();
    const speeds = new Map<string, number>();
    for (const [name, make] of tools) {
      const result: Score = score(rows, make(), setName === "tuning set" ? undefined : added);
      scores.set(name, result);
      const speed = namesPerSecond(make, rows, name.startsWith("fuse.js") ? FUSE_RUNS : RUNS);
      speeds.set(name, speed);
      log([name, pct(result.correct, result.rows), pct(result.mappedCorrect, result.mappedRows), pct(result.refusedCorrectly, result.unknownRows), result.wrongMaps, ((1000 * result.wrongMaps) / result.rows).toFixed(1), result.outsideReference.length, pct(result.contextCorrect, result.contextRows), Math.round(speed).toLocaleString("en")].join("\t"));
    }
    const ours = scores.get("ours (normaliser)")!;
    const size = `${setName}, ${rows.length.toLocaleString("en")} names`;
    for (const peer of ["fuse.js, default threshold 0.6", "OpenRefine fingerprint collision"]) {
      const other = scores.get(peer)!;
      record({ step: "names", size, measure: "right answers", ours: (100 * ours.correct) / ours.rows, unit: "%", baseline: peer, baselineValue: (100 * other.correct) / other.rows });
      record({ step: "names", size, measure: "wrong maps per 1,000", ours: (1000 * ours.wrongMaps) / ours.rows, unit: "", baseline: peer, baselineValue: (1000 * other.wrongMaps) / other.rows });
    }
    record({ step: "names", size, measure: "new names per second", ours: speeds.get("ours (normaliser)")!, unit: "", baseline: "OpenRefine fingerprint collision", baselineValue: speeds.get("OpenRefine fingerprint collision")! });
  }
  log(`names/s: from a freshly built tool, every text memory forgotten, best of ${RUNS} passes (fuse.js: ${FUSE_RUNS}) over the set's first ${TIMED_NAMES} names; index building not timed for any tool.`);
  log("set aside (independent sets): names labelled UNKNOWN (no reference name may be given) that a tool mapped to a name the project added (an added actor, ACLED's Military Forces of X): neither right nor wrong, not counted.");
}

/**
 * Where our actor resolver's time goes, stage by stage (src/domain/names/actorStages), on
 * each set's actor names resolved once from a fresh resolver with every text memory
 * forgotten, after a pass that warms the code up (by a resolver of its own): how often each
 * stage ran, how often it answered, and its time (a stage that reads parts of the name with
 * every stage includes their time).
 */
export function actorStagesTable(): void {
  const sets: [string, LabelledName[]][] = [
    ["tuning", loadEvaluationSet("actor")],
    ["independent phrasings", loadEvaluationSet("actor", "independent")],
    ["real ACLED strings", loadEvaluationSet("actor", "independent real")],
  ];
  for (const [setName, rows] of sets) {
    for (let pass = 0; pass < 3; pass++) {
      forgetTextMemos();
      const warm = new ActorResolver({ entries: ACTORS, contextAliases: ACTOR_CONTEXT_ALIASES });
      for (const row of rows) warm.resolve(row.raw, row.country);
    }
    const times = new Map<string, { runs: number; answered: number; ms: number }>();
    const resolver = new ActorResolver({ entries: ACTORS, contextAliases: ACTOR_CONTEXT_ALIASES });
    resolver.timeStages({
      now: () => performance.now(),
      add: (stage, ms, answered) => {
        const time = times.get(stage) ?? { runs: 0, answered: 0, ms: 0 };
        time.runs++;
        time.ms += ms;
        if (answered) time.answered++;
        times.set(stage, time);
      },
    });
    forgetTextMemos();
    const start = performance.now();
    for (const row of rows) resolver.resolve(row.raw, row.country);
    const total = performance.now() - start;
    log(`\n== actor stages, ${setName}: ${rows.length.toLocaleString("en")} names in ${total.toFixed(0)} ms (${Math.round(rows.length / (total / 1000)).toLocaleString("en")} names/s) ==`);
    log(["stage", "runs", "answered", "ms", "µs per run", "share"].join("\t"));
    for (const [stage, time] of times) log([stage, time.runs, time.answered, time.ms.toFixed(1), ((1000 * time.ms) / time.runs).toFixed(1), `${((100 * time.ms) / total).toFixed(0)}%`].join("\t"));
  }
}

/** `count` distinct names: the labelled set, then its names numbered ("ISIS 2"), so that the cost follows distinct names. */
function distinctNames(count: number): LabelledName[] {
  const labelled = [...loadEvaluationSet("actor"), ...loadEvaluationSet("weapon")];
  const distinct: LabelledName[] = [];
  for (let i = 0; distinct.length < count; i++) {
    const base = labelled[i % labelled.length];
    distinct.push(i < labelled.length ? base : { ...base, raw: `${base.raw} ${Math.floor(i / labelled.length)}` });
  }
  return distinct;
}

/** `length` cells drawn from `names` by a fixed-seed generator. */
function cellsFrom(names: readonly LabelledName[], length: number, seed: number): LabelledName[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length }, () => names[Math.floor(next() * names.length)]);
}

/** The best time of `runs` runs, in ms. */
export function bestMs(runs: number, work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** 100,000 cells drawn from 2,000 distinct names: the cost follows the distinct names, not the cells. */
export function sheetNamesTable(): void {
  const distinct = distinctNames(2000);
  const cells = cellsFrom(distinct, 100_000, 7);
  const map = new Map<string, string | null>(distinct.map((row) => [row.raw, row.expected]));
  const time = (work: () => void) => bestMs(5, work);
  const plain = time(() => {
    for (const cell of cells) map.get(cell.raw);
  });
  const ours = time(() => {
    const answer = oursAnswer();
    for (const cell of cells) answer(cell);
  });
  const fingerprintPerCell = time(() => {
    const answer = fingerprintAnswer();
    for (const cell of cells) answer(cell);
  });
  const fingerprintPerDistinct = time(() => {
    const answer = fingerprintAnswer();
    const memo = new Map<string, string | null>();
    for (const cell of cells) {
      if (!memo.has(cell.raw)) memo.set(cell.raw, answer(cell));
      memo.get(cell.raw);
    }
  });
  log("\n== names of a 100,000-row sheet, 2,000 distinct names ==");
  log(["tool", "ms", "cells/s", "ratio to Map.get"].join("\t"));
  const line = (name: string, ms: number) => log([name, ms.toFixed(1), Math.round(cells.length / (ms / 1000)).toLocaleString("en"), `${(ms / plain).toFixed(0)}×`].join("\t"));
  line("plain Map.get of the cells (baseline)", plain);
  line("ours (memoised per distinct cell and country)", ours);
  line("fingerprint collision, key per cell", fingerprintPerCell);
  line("fingerprint collision, key per distinct cell", fingerprintPerDistinct);
  log("each pass starts from a freshly built tool: every distinct name is resolved once per pass. fuse.js is left out here: at its speed above, 100,000 cells take minutes.");
}

/**
 * Normalising N rows: every name cell (actor 1, actor 2, weapon: 3 per row) drawn from 2,000
 * distinct names, resolved by a freshly built normaliser, against OpenRefine's fingerprint
 * key computed for every cell.
 */
export function normaliseTable(): void {
  const distinct = distinctNames(2000);
  log("\n== normalise: 3 name cells per row, 2,000 distinct names ==");
  log(["N rows", "cells", "ours ms", "fingerprint per cell ms", "ratio"].join("\t"));
  for (const size of [10_000, 50_000, 100_000]) {
    const cells = cellsFrom(distinct, 3 * size, 11);
    const time = (work: () => void) => bestMs(3, work);
    const ours = time(() => {
      const answer = oursAnswer();
      for (const cell of cells) answer(cell);
    });
    const fingerprint = time(() => {
      const answer = fingerprintAnswer();
      for (const cell of cells) answer(cell);
    });
    record({ step: "normalise", size: size.toLocaleString("en"), measure: `time, ${(3 * size).toLocaleString("en")} name cells`, ours, unit: "ms", baseline: "fingerprint key per cell", baselineValue: fingerprint });
    log([size, cells.length, ours.toFixed(1), fingerprint.toFixed(1), `${(ours / fingerprint).toFixed(2)}×`].join("\t"));
  }
}

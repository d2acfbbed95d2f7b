import { describe, expect, it } from "vitest";
import { parseScenario } from "@lotrinh/core";
import { CORRUPT_PREFIX, ENTRY_PREFIX, entryKey, LEGACY_KEY, serializeEntry } from "../src/state/storage";
import { loadSaved } from "../src/state/storageLoad";
import { TabSync } from "../src/state/tabSync";
import type { SavedScenario } from "../src/state/types";
import { planOf } from "../src/state/library";
import { bundleOf, MemoryStorage } from "./fixtures";

const plan = planOf(bundleOf("sa-pa"));
const mine = (n: number, rate = 0.13): SavedScenario => ({
  id: `u-good${String(n).padStart(4, "0")}`,
  baseId: "plan",
  scenario: { ...plan.scenario, name: `Của tôi ${n}`, rates: { grdpGrowth: { "2024": rate } } },
});
const good = mine(1);
const NOW = 1_700_000_000_000;
const load = (storage: MemoryStorage) => loadSaved(storage, parseScenario, NOW);
const backups = (storage: MemoryStorage) => [...storage.map.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX));
const entries = (storage: MemoryStorage) => [...storage.map.keys()].filter((k) => k.startsWith(ENTRY_PREFIX));
const legacy = (scenarios: unknown[]) => JSON.stringify({ version: 1, scenarios });

/** A tab's saves on `storage`, starting from what it holds now. */
function tab(storage: MemoryStorage, now = () => NOW) {
  return new TabSync(storage, parseScenario, load(storage), now);
}

describe("saved scenarios, one key each", () => {
  it("round-trip through storage, in creation order", () => {
    const storage = new MemoryStorage();
    let t = NOW;
    expect(tab(storage, () => t++).save([mine(2), good])).toEqual({ upsert: [], remove: [], notices: [] });
    expect(entries(storage).sort()).toEqual([entryKey("u-good0001"), entryKey("u-good0002")]);
    const loaded = load(storage);
    expect(loaded.saved).toEqual([mine(2), good]); // created NOW, NOW+1: the order they were saved in
    expect(loaded.problems).toEqual([]);
    expect(loaded.readOnly).toBe(false);
  });

  it("nothing saved yet is not a problem", () => {
    expect(load(new MemoryStorage())).toMatchObject({ saved: [], problems: [], locked: [], readOnly: false });
  });

  it("a damaged entry is copied aside byte for byte and removed; the healthy ones stay", () => {
    const storage = new MemoryStorage();
    tab(storage).save([good, mine(2)]);
    const raw = storage.getItem(entryKey("u-good0002"))!.slice(0, 40) + " TRUNCATED";
    storage.setItem(entryKey("u-good0002"), raw);
    const loaded = load(storage);
    expect(loaded.saved).toEqual([good]);
    expect(loaded.problems).toEqual([
      { what: entryKey("u-good0002"), error: expect.stringMatching(/^u-good0002: not JSON/), backupKey: `${CORRUPT_PREFIX}u-good0002.${NOW}` },
    ]);
    expect(storage.getItem(`${CORRUPT_PREFIX}u-good0002.${NOW}`)).toBe(raw);
    expect(storage.getItem(entryKey("u-good0002"))).toBeNull();
    expect(load(storage).problems).toEqual([]); // set aside once, not on every visit
  });

  it("an entry with a rate out of its domain, a foreign id or a hostile key is set aside, one by one", () => {
    const storage = new MemoryStorage();
    const bad = { ...good, id: "u-bad00001", scenario: { ...good.scenario, rates: { grdpGrowth: { "2024": 1e308 } } } };
    storage.setItem(entryKey("u-bad00001"), serializeEntry(bad, 1));
    storage.setItem(entryKey("u-bad00002"), serializeEntry({ ...good, id: "u-other001" }, 2));
    storage.setItem(entryKey("u-bad00003"), '{"__proto__":{"polluted":1},"id":"u-bad00003"}');
    storage.setItem(entryKey("u-good0001"), serializeEntry(good, 3));
    const loaded = load(storage);
    expect(loaded.saved).toEqual([good]);
    expect(loaded.problems.map((p) => p.error)).toEqual([
      expect.stringMatching(/^u-bad00001: scenario: rates\.grdpGrowth\.2024: a rate must lie in/),
      "u-bad00002.id: 'u-other001' under the key of 'u-bad00002'",
      "u-bad00003: __proto__: key not allowed",
    ]);
    expect(backups(storage)).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a second damaged entry in the same millisecond does not overwrite the first copy", () => {
    const storage = new MemoryStorage();
    storage.setItem(entryKey("u-good0001"), "garbage 1");
    load(storage);
    storage.setItem(entryKey("u-good0001"), "garbage 2");
    expect(load(storage).problems[0]!.backupKey).toBe(`${CORRUPT_PREFIX}u-good0001.${NOW}-1`);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual(["garbage 1", "garbage 2"]);
  });

  it("when the copy cannot be written, the damaged key is locked: never removed, never written", () => {
    const storage = new MemoryStorage();
    storage.setItem(entryKey("u-good0001"), "damaged");
    storage.failWrites = true;
    const loaded = load(storage);
    expect(loaded.locked).toEqual(["u-good0001"]);
    expect(loaded.problems[0]!.backupKey).toBeUndefined();
    storage.failWrites = false;
    // The same id edited in this session (say, a link with that id) is not written over the damaged text.
    const sync = new TabSync(storage, parseScenario, loaded, () => NOW);
    sync.save([good, mine(2)]);
    expect(storage.getItem(entryKey("u-good0001"))).toBe("damaged");
    expect(load(storage).saved).toEqual([mine(2)]); // readable again: the copy works now
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual(["damaged"]);
  });

  it("holds 2,000 ordinary scenarios, and two with 1,800 formula targets each", () => {
    const storage = new MemoryStorage();
    const many = Array.from({ length: 2000 }, (_, i) => mine(i, 0.1 + (i % 50) / 1000));
    const targets = Array.from({ length: 1800 }, (_, i) => ({
      id: `t-${i}`,
      indicator: "perVisit",
      kind: "level" as const,
      comparator: "atLeast" as const,
      value: i,
      year: 2025,
    }));
    const big = (id: string): SavedScenario => ({
      id,
      baseId: "plan",
      scenario: { ...plan.scenario, name: id, formulas: { perVisit: { expr: "tourismRevenue / touristVisits", name: { vi: "a", en: "a" }, unit: "x", targets } } },
    });
    let t = NOW;
    const all = [...many, big("u-big00001"), big("u-big00002")];
    expect(tab(storage, () => t++).save(all).error).toBeUndefined();
    const loaded = load(storage);
    expect(loaded.problems).toEqual([]);
    expect(loaded.saved).toHaveLength(2002);
    expect(loaded.saved).toEqual(all);
    // ~2,000 × 0.5 KB + 2 × 0.2 MB: within a browser's 5 MB
    const chars = [...storage.map].reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(chars).toBeLessThan(2_500_000);
  });

  it("reports a full storage instead of throwing, and tries again on the next save", () => {
    const storage = new MemoryStorage();
    const sync = tab(storage);
    storage.failWrites = true;
    expect(sync.save([good]).error).toBe("QuotaExceededError");
    expect(sync.isSaved([good])).toBe(false);
    storage.failWrites = false;
    expect(sync.save([good]).error).toBeUndefined();
    expect(load(storage).saved).toEqual([good]);
  });
});

describe("migration from format 1 (one key for the whole library)", () => {
  it("moves every scenario to its own key, in order, then removes the old key", () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_KEY, legacy([mine(3), good, mine(2)]));
    const loaded = load(storage);
    expect(loaded.migrated).toBe(3);
    expect(loaded.saved).toEqual([mine(3), good, mine(2)]);
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
    expect(entries(storage)).toHaveLength(3);
    expect(load(storage).saved).toEqual([mine(3), good, mine(2)]); // and again from format 2
    expect(load(storage).migrated).toBeUndefined();
  });

  it("a bad entry in the old list is copied aside alone; the others migrate", () => {
    const storage = new MemoryStorage();
    const bad = { id: "u-bad00001", baseId: "plan", scenario: { ...plan.scenario, rates: { grdpGrowth: { "2024": -2 } } } };
    storage.setItem(LEGACY_KEY, legacy([good, bad, { id: "x" }, mine(2)]));
    const loaded = load(storage);
    expect(loaded.saved).toEqual([good, mine(2)]);
    expect(loaded.problems.map((p) => [p.what, p.backupKey])).toEqual([
      ["scenarios.1", `${CORRUPT_PREFIX}v1-1.${NOW}`],
      ["scenarios.2", `${CORRUPT_PREFIX}v1-2.${NOW}`],
    ]);
    expect(loaded.problems[0]!.error).toMatch(/scenarios\.1: scenario: rates\.grdpGrowth\.2024/);
    expect(JSON.parse(storage.getItem(`${CORRUPT_PREFIX}v1-1.${NOW}`)!)).toEqual(bad);
    expect(storage.getItem(LEGACY_KEY)).toBeNull();
  });

  it("an old library of 800 scenarios (over the old 20,000-value limit) migrates whole", () => {
    const storage = new MemoryStorage();
    const list = Array.from({ length: 800 }, (_, i) => mine(i));
    storage.setItem(LEGACY_KEY, legacy(list));
    const loaded = load(storage);
    expect(loaded.problems).toEqual([]);
    expect(loaded.saved).toEqual(list);
  });

  it("unreadable old data is copied aside byte for byte before the old key goes", () => {
    for (const raw of ['{"version":1,"scenarios":[{"id":"u-good0001", TRUNCATED', '{"version":2,"scenarios":[]}', "[]", '{"version":1,"scenarios":[],"__proto__":{"x":1}}']) {
      const storage = new MemoryStorage();
      storage.setItem(LEGACY_KEY, raw);
      const loaded = load(storage);
      expect(loaded.problems, raw).toEqual([expect.objectContaining({ what: LEGACY_KEY, backupKey: `${CORRUPT_PREFIX}v1.${NOW}` })]);
      expect(storage.getItem(`${CORRUPT_PREFIX}v1.${NOW}`)).toBe(raw);
      expect(storage.getItem(LEGACY_KEY)).toBeNull();
    }
  });

  it("a full storage part-way leaves the old key as it was, removes what it wrote, and saves nothing this session", () => {
    const storage = new MemoryStorage();
    const text = legacy([good, mine(2), mine(3)]);
    storage.setItem(LEGACY_KEY, text);
    let writes = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (k, v) => {
      if (++writes === 2) throw new Error("QuotaExceededError");
      setItem(k, v);
    };
    const loaded = load(storage);
    expect(loaded).toMatchObject({ readOnly: true, readOnlyReason: "migration", error: "scenarios.1: QuotaExceededError" });
    expect(loaded.saved).toEqual([good]); // shown this session, from memory
    expect(storage.getItem(LEGACY_KEY)).toBe(text);
    expect(entries(storage)).toEqual([]);
    storage.setItem = setItem;
    expect(load(storage).saved).toEqual([good, mine(2), mine(3)]); // the next visit migrates
  });

  it("a scenario another tab already moved (and edited) is kept; the old copy goes aside", () => {
    const storage = new MemoryStorage();
    const edited = mine(1, 0.2);
    storage.setItem(entryKey(good.id), serializeEntry(edited, 0));
    storage.setItem(LEGACY_KEY, legacy([good]));
    const loaded = load(storage);
    expect(loaded.saved).toEqual([edited]);
    expect(loaded.problems[0]).toMatchObject({ what: "scenarios.0", backupKey: `${CORRUPT_PREFIX}v1-0.${NOW}` });
  });
});

describe("a scenario opened from a link", () => {
  it("is said to be saved only once it is in storage; a full storage says why not", async () => {
    const { saveNow } = await import("../src/state/storageSession");
    const { linkOpenedNotice } = await import("../src/state/linkOpen");
    const storage = new MemoryStorage();
    const sync = tab(storage);
    storage.failWrites = true;
    const failed = saveNow(sync, [good]);
    expect(failed).toEqual({ ok: false, error: "QuotaExceededError" });
    expect(linkOpenedNotice("Của tôi 1", failed)).toEqual({ tone: "error", key: "linkOpenedNotSaved", params: { name: "Của tôi 1", error: "QuotaExceededError" } });
    storage.failWrites = false;
    const saved = saveNow(sync, [good]);
    expect(saved).toEqual({ ok: true });
    expect(linkOpenedNotice("Của tôi 1", saved)).toEqual({ tone: "info", key: "linkOpened", params: { name: "Của tôi 1" } });
    expect(load(storage).saved).toEqual([good]);
  });
});

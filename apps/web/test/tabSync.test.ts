import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseScenario } from "@lotrinh/core";
import { entryKey } from "../src/state/storage";
import { loadSaved } from "../src/state/storageLoad";
import { TabSync, type SyncOutcome } from "../src/state/tabSync";
import { flatten, mergeFields, unflatten } from "../src/state/fieldMerge";
import { applyStorageSync } from "../src/state/syncActions";
import { initHistory, record } from "../src/state/history";
import type { SavedScenario } from "../src/state/types";
import { planOf } from "../src/state/library";
import { bundleOf, MemoryStorage } from "./fixtures";

const plan = planOf(bundleOf("sa-pa"));
const X: SavedScenario = { id: "u-shared01", baseId: "plan", scenario: { ...plan.scenario, name: "Chung" } };
const withRate = (s: SavedScenario, indicator: string, year: string, value: number): SavedScenario => ({
  ...s,
  scenario: { ...s.scenario, rates: { ...s.scenario.rates, [indicator]: { ...s.scenario.rates?.[indicator], [year]: value } } },
});

/**
 * Two tabs on one storage. Browsers deliver a `storage` event to every other tab
 * after a write; here `deliver` hands the writes since the last call to the other tab.
 */
class Tab {
  sync: TabSync;
  lib: SavedScenario[];
  notices: SyncOutcome["notices"] = [];
  private seen = new Map<string, string | null>();
  constructor(private readonly storage: MemoryStorage) {
    const loaded = loadSaved(storage, parseScenario, 0);
    this.sync = new TabSync(storage, parseScenario, loaded, () => 1000);
    this.lib = loaded.saved;
    this.snapshot();
  }
  private snapshot() {
    this.seen = new Map([...this.storage.map]);
  }
  private apply(out: SyncOutcome) {
    this.notices.push(...out.notices);
    const byId = new Map(out.upsert.map((s) => [s.id, s]));
    this.lib = [...this.lib.filter((s) => !out.remove.includes(s.id)).map((s) => byId.get(s.id) ?? s), ...out.upsert.filter((u) => !this.lib.some((s) => s.id === u.id))];
  }
  edit(f: (lib: SavedScenario[]) => SavedScenario[]) {
    this.lib = f(this.lib);
  }
  save() {
    this.apply(this.sync.save(this.lib));
  }
  /** Receives the storage events of every write made since this tab last looked. */
  receive() {
    const keys = new Set([...this.seen.keys(), ...this.storage.map.keys()]);
    for (const k of keys) {
      const now = this.storage.map.get(k) ?? null;
      if (now !== (this.seen.get(k) ?? null)) this.apply(this.sync.receive(k, now, this.lib));
    }
    this.snapshot();
  }
  /** Receives one storage event. */
  hear(key: string, value: string | null) {
    this.apply(this.sync.receive(key, value, this.lib));
  }
  /** Runs `body` while this tab reads `key` as `text`: its view of the storage has not caught up yet. */
  staleView(key: string, text: string | null, body: () => void) {
    const real = this.storage.getItem.bind(this.storage);
    this.storage.getItem = (k: string) => (k === key ? text : real(k));
    try {
      body();
    } finally {
      this.storage.getItem = real;
    }
  }
  saved(id: string) {
    return JSON.parse(this.storage.getItem(entryKey(id))!).scenario;
  }
}

function twoTabs() {
  const storage = new MemoryStorage();
  new TabSync(storage, parseScenario, { entries: [], locked: [] }, () => 1).save([X]);
  return { storage, a: new Tab(storage), b: new Tab(storage) };
}

describe("two tabs editing the same saved scenario", () => {
  it("edits of different fields merge, in storage and in both tabs", () => {
    const { a, b } = twoTabs();
    a.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    b.edit(([x]) => [withRate(x!, "deflator", "2023", 0.05)]);
    a.save();
    b.save(); // before B hears of A's write: B reads the key, sees A's change, merges
    a.receive();
    b.receive();
    const expected = { grdpGrowth: { ...plan.scenario.rates?.grdpGrowth, "2024": 0.2 }, deflator: { ...plan.scenario.rates?.deflator, "2023": 0.05 } };
    expect(a.saved(X.id).rates).toMatchObject(expected);
    expect(a.lib[0]!.scenario.rates).toMatchObject(expected);
    expect(b.lib[0]!.scenario.rates).toMatchObject(expected);
    expect([...a.notices, ...b.notices]).toEqual([]);
  });

  it("the same field: the later save wins, and the other tab is told which scenario and field", () => {
    const { a, b } = twoTabs();
    a.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    a.save();
    b.receive();
    expect(b.lib[0]!.scenario.rates?.grdpGrowth?.["2024"]).toBe(0.2);
    b.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.25)]);
    b.save();
    a.receive();
    expect(a.saved(X.id).rates.grdpGrowth["2024"]).toBe(0.25);
    expect(a.lib[0]!.scenario.rates?.grdpGrowth?.["2024"]).toBe(0.25);
    expect(a.notices).toEqual([{ kind: "conflict", name: "Chung", field: "rates.grdpGrowth.2024" }]);
    expect(b.notices).toEqual([]);
  });

  it("the same field edited in both before either hears of the other: the tab that saves last wins", () => {
    const { a, b } = twoTabs();
    a.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    b.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.3)]);
    a.save();
    b.receive(); // B has an unsaved edit of that field: it keeps it (it will be written later)
    expect(b.lib[0]!.scenario.rates?.grdpGrowth?.["2024"]).toBe(0.3);
    b.save();
    a.receive();
    expect(a.saved(X.id).rates.grdpGrowth["2024"]).toBe(0.3);
    expect(a.lib[0]!.scenario.rates?.grdpGrowth?.["2024"]).toBe(0.3);
    expect(a.notices).toEqual([{ kind: "conflict", name: "Chung", field: "rates.grdpGrowth.2024" }]);
  });

  it("a write made from a stale view of the key (tabs in two processes) is merged back by the tab it overwrote", () => {
    // Browsers propagate a write to other processes' copies of the storage asynchronously: B reads
    // the key before A's write reaches it, and writes over A's edit without seeing it.
    const { storage, a, b } = twoTabs();
    a.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    b.edit(([x]) => [withRate(x!, "deflator", "2023", 0.05)]);
    const before = storage.getItem(entryKey(X.id));
    a.save();
    const aFirst = storage.getItem(entryKey(X.id));
    b.staleView(entryKey(X.id), before, () => b.save());
    expect(a.saved(X.id).rates.grdpGrowth?.["2024"]).toBeUndefined(); // B's blind write stands in storage
    // Each tab then hears of the other's write: A of B's, B of A's (now superseded) one.
    a.receive();
    b.hear(entryKey(X.id), aFirst);
    a.save();
    b.save();
    a.receive();
    b.receive();
    a.save();
    b.save();
    const expected = { grdpGrowth: { "2024": 0.2 }, deflator: { "2023": 0.05 } };
    expect(a.saved(X.id).rates).toMatchObject(expected);
    expect(a.lib[0]!.scenario.rates).toMatchObject(expected);
    expect(b.lib[0]!.scenario.rates).toMatchObject(expected);
    expect([...a.notices, ...b.notices]).toEqual([]);
  });

  it("a scenario duplicated in one tab survives the other tab's save", () => {
    const { storage, a, b } = twoTabs();
    const copy: SavedScenario = { ...X, id: "u-copy0001", scenario: { ...X.scenario, name: "Chung (bản sao)" } };
    a.edit((lib) => [...lib, copy]);
    a.save();
    b.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]); // B has not heard of the copy yet
    b.save();
    expect(storage.getItem(entryKey(copy.id))).not.toBeNull();
    b.receive();
    expect(b.lib.map((s) => s.id)).toEqual([X.id, copy.id]);
    expect(loadSaved(storage, parseScenario, 0).saved.map((s) => s.id)).toEqual([X.id, copy.id]);
  });

  it("a deletion in one tab reaches the other, with a notice; an unsaved edit there keeps the scenario", () => {
    const { storage, a, b } = twoTabs();
    a.edit(() => []);
    a.save();
    b.receive();
    expect(b.lib).toEqual([]);
    expect(b.notices).toEqual([{ kind: "deleted", name: "Chung" }]);

    const t = twoTabs();
    t.a.edit(() => []);
    t.a.save();
    t.b.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    t.b.receive();
    t.b.save();
    expect(t.storage.getItem(entryKey(X.id))).not.toBeNull();
    expect(storage.getItem(entryKey(X.id))).toBeNull();
  });

  it("damaged text written by another tab is copied aside before this tab writes the key", () => {
    const { storage, a } = twoTabs();
    storage.setItem(entryKey(X.id), "{ broken");
    a.receive(); // unreadable: ignored
    a.edit(([x]) => [withRate(x!, "grdpGrowth", "2024", 0.2)]);
    a.save();
    expect([...storage.map].filter(([k]) => k.startsWith("lotrinh.corrupt.")).map(([, v]) => v)).toEqual(["{ broken"]);
    expect(a.saved(X.id).rates.grdpGrowth["2024"]).toBe(0.2);
  });
});

describe("merging fields", () => {
  const obj = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.dictionary(fc.constantFrom("x", "y"), fc.integer({ min: 0, max: 3 }))));
  it("keeps a side's value where only that side changed it; ours where both did (property)", () => {
    fc.assert(
      fc.property(obj, obj, obj, (base, ours, theirs) => {
        const m = mergeFields(base, ours, theirs);
        expect(mergeFields(base, ours, base).value).toEqual(JSON.parse(JSON.stringify(ours)));
        expect(mergeFields(base, base, theirs).value).toEqual(JSON.parse(JSON.stringify(theirs)));
        expect(mergeFields(base, ours, ours).value).toEqual(JSON.parse(JSON.stringify(ours)));
        const [b, o, t, v] = [flatten(base), flatten(ours), flatten(theirs), flatten(m.value)];
        const isPrefix = (k: string, of: string) => k !== of && of.startsWith(k.slice(0, -1) + ",");
        const all = new Set([...b.keys(), ...o.keys(), ...t.keys()]);
        // Shape clashes (a value on one side, an object on the other) are resolved for ours: checked apart.
        if ([...all].some((k) => [...all].some((j) => isPrefix(k, j)))) {
          expect(flatten(unflatten(v))).toEqual(v);
          return;
        }
        for (const k of all) {
          const conflict = o.get(k) !== b.get(k) && t.get(k) !== b.get(k) && o.get(k) !== t.get(k);
          expect(m.conflicts.includes(k)).toBe(conflict);
          // theirs where only they changed it, else ours (an empty object may hold the other side's fields)
          const want = o.get(k) === b.get(k) ? t.get(k) : o.get(k);
          if (want !== "{}") expect(v.get(k)).toBe(want);
        }
      }),
      { numRuns: 500 },
    );
  });
  it("names the field both changed", () => {
    // base 0.14; ours 0.2; theirs 0.3 → ours, and the conflict is rates.grdpGrowth.2024
    const m = mergeFields({ rates: { g: { 2024: 0.14 } }, name: "a" }, { rates: { g: { 2024: 0.2 } }, name: "a" }, { rates: { g: { 2024: 0.3 } }, name: "b" });
    expect(m.value).toEqual({ rates: { g: { 2024: 0.2 } }, name: "b" });
    expect(m.conflicts).toEqual(['["rates","g","2024"]']);
  });
});

describe("another tab's changes in this tab's undo history", () => {
  it("undoing an edit here does not delete a scenario another tab added", () => {
    const mine: SavedScenario = { ...X, id: "u-mine0001" };
    let h = initHistory({ user: [], active: {} });
    h = record(h, { user: [mine], active: {} });
    const theirs: SavedScenario = { ...X, id: "u-their001" };
    h = applyStorageSync(h, { type: "syncStorage", upsert: [theirs], remove: [] });
    expect(h.present.user.map((s) => s.id)).toEqual([mine.id, theirs.id]);
    expect(h.past[0]!.user.map((s) => s.id)).toEqual([theirs.id]);
  });
  it("a scenario deleted elsewhere leaves the open selection on its built-in", () => {
    let h = initHistory({ user: [X], active: { "sa-pa": X.id } });
    h = applyStorageSync(h, { type: "syncStorage", upsert: [], remove: [X.id] });
    expect(h.present).toEqual({ user: [], active: { "sa-pa": "plan" } });
  });
});

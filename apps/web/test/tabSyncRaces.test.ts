import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseScenario } from "@lotrinh/core";
import { entryKey, type StorageLike } from "../src/state/storage";
import { loadSaved } from "../src/state/storageLoad";
import { TabSync } from "../src/state/tabSync";
import { afterOutcome } from "../src/state/syncActions";
import type { SavedScenario } from "../src/state/types";
import { planOf } from "../src/state/library";
import { bundleOf, MemoryStorage } from "./fixtures";

const plan = planOf(bundleOf("sa-pa"));
const X: SavedScenario = { id: "u-shared01", baseId: "plan", scenario: { ...plan.scenario, name: "Chung" } };
const KEY = entryKey(X.id);
const YEARS = ["2021", "2022", "2023", "2024", "2025"];

interface Event {
  value: string | null;
  /** Position of the write in the storage's own order. */
  seq: number;
}

/**
 * One tab in its own process. Its copy of the scenario's key lags: it holds this tab's own writes
 * at once, and another tab's write only once that write's `storage` event is delivered, unless
 * this tab has written the key since (its own write is then the newer one, as in Chromium).
 */
class ProcessTab {
  sync: TabSync;
  lib: readonly SavedScenario[];
  /** Other tabs' writes not yet delivered, in the storage's order. */
  inbox: Event[] = [];
  others: ProcessTab[] = [];
  private view: string | null;
  private ownSeq = -1;
  constructor(
    private readonly shared: MemoryStorage,
    private readonly clock: { seq: number },
  ) {
    const tab = this;
    const storage: StorageLike = {
      getItem: (k) => (k === KEY ? tab.view : shared.getItem(k)),
      setItem: (k, v) => {
        shared.setItem(k, v);
        if (k !== KEY) return;
        tab.view = v;
        tab.ownSeq = ++clock.seq;
        for (const o of tab.others) o.inbox.push({ value: v, seq: tab.ownSeq });
      },
      removeItem: (k) => shared.removeItem(k),
      key: (i) => shared.key(i),
      get length() {
        return shared.length;
      },
    };
    this.view = shared.getItem(KEY);
    const loaded = loadSaved(storage, parseScenario, 0);
    this.sync = new TabSync(storage, parseScenario, loaded, () => 1000);
    this.lib = loaded.saved;
  }
  edit(indicator: string, year: string, value: number) {
    this.lib = this.lib.map((s) => ({ ...s, scenario: { ...s.scenario, rates: { ...s.scenario.rates, [indicator]: { ...s.scenario.rates?.[indicator], [year]: value } } } }));
  }
  /** Saves; true when it wrote. */
  save(): boolean {
    const before = this.clock.seq;
    this.lib = afterOutcome(this.lib, this.sync.save(this.lib));
    return this.clock.seq !== before;
  }
  deliver(): boolean {
    const e = this.inbox.shift();
    if (!e) return false;
    if (e.seq > this.ownSeq) this.view = e.value;
    this.lib = afterOutcome(this.lib, this.sync.receive(KEY, e.value, this.lib));
    return true;
  }
  rates(indicator: string) {
    return this.lib[0]!.scenario.rates?.[indicator];
  }
}

function processTabs(count = 2) {
  const shared = new MemoryStorage();
  new TabSync(shared, parseScenario, { entries: [], locked: [] }, () => 1).save([X]);
  const clock = { seq: 0 };
  const tabs = Array.from({ length: count }, () => new ProcessTab(shared, clock));
  for (const t of tabs) t.others = tabs.filter((o) => o !== t);
  return { shared, tabs, a: tabs[0]!, b: tabs[1]! };
}

/** Delivers every event and lets every tab save, until nothing more is written. */
function settle(tabs: readonly ProcessTab[]) {
  for (let round = 0; ; round++) {
    expect(round).toBeLessThan(20);
    let busy = false;
    while (tabs.some((t) => t.deliver())) busy = true;
    for (const t of tabs) if (t.save()) busy = true;
    if (!busy && tabs.every((t) => t.inbox.length === 0)) return;
  }
}

type Step = { tab: number; kind: "edit"; year: number } | { tab: number; kind: "save" } | { tab: number; kind: "deliver" };
const stepOf = (tabs: number): fc.Arbitrary<Step> => {
  const tab = fc.integer({ min: 0, max: tabs - 1 });
  return fc.oneof(
    fc.record({ tab, kind: fc.constant("edit" as const), year: fc.integer({ min: 0, max: YEARS.length - 1 }) }),
    fc.record({ tab, kind: fc.constant("save" as const) }),
    fc.record({ tab, kind: fc.constant("deliver" as const) }),
  );
};
/** Two or three tabs, and what they do. */
const run = fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(stepOf(n), { minLength: 1, maxLength: 40 })));

describe("two or three tabs in separate processes, any order of edits, saves and storage events", () => {
  it("every edit is kept, in storage and in every tab, once the events are delivered and each tab has saved (property)", () => {
    // Each tab edits an indicator of its own, so no field is edited by two: nothing may be lost.
    const indicator = ["grdpGrowth", "deflator", "population"] as const;
    fc.assert(
      fc.property(run, ([count, steps]) => {
        const { shared, tabs } = processTabs(count);
        const last: Record<string, number>[] = tabs.map(() => ({}));
        let value = 0;
        for (const s of steps) {
          const tab = tabs[s.tab]!;
          if (s.kind === "edit") {
            const v = ++value / 1000;
            tab.edit(indicator[s.tab]!, YEARS[s.year]!, v);
            last[s.tab]![YEARS[s.year]!] = v;
          } else if (s.kind === "save") tab.save();
          else tab.deliver();
        }
        // Quiet: every event delivered, every tab saved, until nothing more is written.
        settle(tabs);
        const stored = JSON.parse(shared.getItem(KEY)!).scenario.rates ?? {};
        for (let t = 0; t < count; t++) {
          expect(stored[indicator[t]!] ?? {}).toMatchObject(last[t]!);
          for (const tab of tabs) expect(tab.rates(indicator[t]!) ?? {}).toMatchObject(last[t]!);
        }
        for (const tab of tabs) expect(tab.lib[0]!.scenario).toEqual(tabs[0]!.lib[0]!.scenario);
      }),
      { numRuns: 400 },
    );
  });

  it("tabs editing the same fields settle on one version, which holds each field's value from one of the edits (property)", () => {
    fc.assert(
      fc.property(run, ([count, steps]) => {
        const { shared, tabs } = processTabs(count);
        const written = new Map<string, Set<number>>();
        let value = 0;
        for (const s of steps) {
          const tab = tabs[s.tab]!;
          if (s.kind === "edit") {
            const v = ++value / 1000;
            tab.edit("grdpGrowth", YEARS[s.year]!, v);
            written.set(YEARS[s.year]!, (written.get(YEARS[s.year]!) ?? new Set()).add(v));
          } else if (s.kind === "save") tab.save();
          else tab.deliver();
        }
        settle(tabs);
        const stored = JSON.parse(shared.getItem(KEY)!).scenario;
        for (const tab of tabs) expect(tab.lib[0]!.scenario).toEqual(stored);
        // A year edited in either tab ends with one of its edits, never the value it had before.
        for (const [year, values] of written) expect(values.has(stored.rates?.grdpGrowth?.[year])).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("a blind write over the other tab's: each tab's edit is back once both have heard of the other", () => {
    // A writes 2024 = 0,2; B, whose copy has not caught up, writes deflator 2023 = 0,05 over it.
    const { shared, a, b } = processTabs();
    a.edit("grdpGrowth", "2024", 0.2);
    b.edit("deflator", "2023", 0.05);
    expect(a.save()).toBe(true);
    expect(b.save()).toBe(true);
    expect(JSON.parse(shared.getItem(KEY)!).scenario.rates.grdpGrowth?.["2024"]).toBeUndefined();
    // A hears of B's write, made from the version A's own write was made from: A puts 2024 back.
    a.deliver();
    expect(a.rates("grdpGrowth")?.["2024"]).toBe(0.2);
    expect(a.rates("deflator")?.["2023"]).toBe(0.05);
    expect(a.save()).toBe(true);
    b.deliver();
    b.deliver();
    expect(b.rates("grdpGrowth")?.["2024"]).toBe(0.2);
    expect(JSON.parse(shared.getItem(KEY)!).scenario.rates).toMatchObject({ grdpGrowth: { "2024": 0.2 }, deflator: { "2023": 0.05 } });
  });
});

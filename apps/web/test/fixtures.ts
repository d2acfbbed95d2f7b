import { loadRegion, regionScenarios, type RegionId } from "@lotrinh/core";
import type { AppState, RegionBundle } from "../src/state/types";
import type { StorageLike } from "../src/state/storage";
import { makeBundle } from "../src/state/library";
import { initHistory } from "../src/state/history";

export function bundleOf(id: RegionId): RegionBundle {
  const region = loadRegion(id);
  return makeBundle({ region, scenarios: regionScenarios(region) });
}

export function stateFor(id: RegionId = "sa-pa"): AppState {
  return {
    regionId: id,
    lang: "vi",
    view: "editor",
    compare: [],
    bundles: { [id]: bundleOf(id) },
    history: initHistory({ user: [], active: {} }),
  };
}

/** Web Storage in memory; `failWrites` simulates a full quota. */
export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  get length(): number {
    return this.map.size;
  }
}

let counter = 0;
/** Deterministic user ids for tests. */
export const testId = () => `u-test${(++counter).toString().padStart(4, "0")}`;

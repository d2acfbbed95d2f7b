import { describe, expect, it } from "vitest";
import { parseScenario } from "@lotrinh/core";
import { CORRUPT_PREFIX, loadSaved, saveScenarios, STORAGE_KEY } from "../src/state/storage";
import type { SavedScenario } from "../src/state/types";
import { planOf } from "../src/state/library";
import { bundleOf, MemoryStorage } from "./fixtures";

const plan = planOf(bundleOf("sa-pa"));
const good: SavedScenario = { id: "u-good0001", baseId: "plan", scenario: { ...plan.scenario, name: "Của tôi", rates: { grdpGrowth: { "2024": 0.13 } } } };
const NOW = 1_700_000_000_000;

function backups(storage: MemoryStorage) {
  return [...storage.map.keys()].filter((k) => k.startsWith(CORRUPT_PREFIX));
}

describe("saved scenarios", () => {
  it("round-trip through storage", () => {
    const storage = new MemoryStorage();
    expect(saveScenarios(storage, [good])).toEqual({ ok: true });
    const loaded = loadSaved(storage, parseScenario, NOW);
    expect(loaded).toEqual({ saved: [good], readOnly: false });
  });

  it("nothing saved yet is not a problem", () => {
    expect(loadSaved(new MemoryStorage(), parseScenario, NOW)).toEqual({ saved: [], readOnly: false });
  });

  it("unparseable data is copied aside, byte for byte, before anything can overwrite it", () => {
    const storage = new MemoryStorage();
    const raw = '{"version":1,"scenarios":[{"id":"u-good0001", TRUNCATED';
    storage.setItem(STORAGE_KEY, raw);
    const loaded = loadSaved(storage, parseScenario, NOW);
    expect(loaded.saved).toEqual([]);
    expect(loaded.readOnly).toBe(false);
    expect(loaded.problem).toMatchObject({ count: 1, backupKey: `${CORRUPT_PREFIX}${NOW}` });
    expect(loaded.problem!.error).toMatch(/^not JSON/);
    expect(storage.getItem(`${CORRUPT_PREFIX}${NOW}`)).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw); // loading never writes the main key
  });

  it("keeps the readable scenarios, sets aside the whole text when one entry is bad", () => {
    const storage = new MemoryStorage();
    const bad = { id: "u-bad00001", baseId: "plan", scenario: { ...plan.scenario, rates: { grdpGrowth: { "2024": -2 } } } };
    const raw = JSON.stringify({ version: 1, scenarios: [good, bad, { id: "x" }] });
    storage.setItem(STORAGE_KEY, raw);
    const loaded = loadSaved(storage, parseScenario, NOW);
    expect(loaded.saved).toEqual([good]);
    expect(loaded.problem!.count).toBe(2);
    expect(loaded.problem!.error).toMatch(/scenarios\.1: scenario: rates\.grdpGrowth\.2024/);
    expect(storage.getItem(loaded.problem!.backupKey!)).toBe(raw);
  });

  it("a second corrupt load in the same millisecond does not overwrite the first backup", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "garbage 1");
    loadSaved(storage, parseScenario, NOW);
    storage.setItem(STORAGE_KEY, "garbage 2");
    const second = loadSaved(storage, parseScenario, NOW);
    expect(second.problem!.backupKey).toBe(`${CORRUPT_PREFIX}${NOW}-1`);
    expect(backups(storage).map((k) => storage.getItem(k))).toEqual(["garbage 1", "garbage 2"]);
  });

  it("wrong format versions and hostile keys are set aside too", () => {
    for (const raw of ['{"version":2,"scenarios":[]}', "[]", '{"version":1,"scenarios":[],"__proto__":{"x":1}}']) {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      const loaded = loadSaved(storage, parseScenario, NOW);
      expect(loaded.problem?.backupKey, raw).toBeDefined();
      expect(storage.getItem(loaded.problem!.backupKey!)).toBe(raw);
    }
  });

  it("when the backup cannot be written, saving is switched off so the original survives", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "damaged");
    storage.failWrites = true;
    const loaded = loadSaved(storage, parseScenario, NOW);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.problem!.backupKey).toBeUndefined();
    expect(storage.getItem(STORAGE_KEY)).toBe("damaged");
  });

  it("reports a full storage instead of throwing", () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(saveScenarios(storage, [good])).toEqual({ ok: false, error: "QuotaExceededError" });
  });
});

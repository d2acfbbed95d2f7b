import { describe, expect, it } from "vitest";
import { noteReloadAddress, RELOAD_ADDRESS_KEY, startAddress } from "../src/state/reloadAddress";

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe("the address a reload opens", () => {
  const stale = "#v1&r=sa-pa&id=u-a&s=OLD";
  const fresh = "#v1&r=sa-pa&id=u-a&s=NEW";

  it("a reload opens the address the tab noted on page hide, corrects the bar, and uses the note once", () => {
    const store = memory();
    noteReloadAddress(fresh, store);
    const replaced: string[] = [];
    expect(startAddress(stale, "reload", store, (h) => replaced.push(h))).toBe(fresh);
    expect(replaced).toEqual([fresh]);
    expect(store.map.has(RELOAD_ADDRESS_KEY)).toBe(false);
    // A second reload without a new note reads the bar.
    expect(startAddress(stale, "reload", store, (h) => replaced.push(h))).toBe(stale);
    expect(replaced).toEqual([fresh]);
  });

  it("any other way in reads the address bar (a link, Back/Forward, a new visit), and drops the note", () => {
    for (const type of ["navigate", "back_forward", undefined]) {
      const store = memory({ [RELOAD_ADDRESS_KEY]: fresh });
      const replaced: string[] = [];
      expect(startAddress(stale, type, store, (h) => replaced.push(h))).toBe(stale);
      expect(replaced).toEqual([]);
      expect(store.map.has(RELOAD_ADDRESS_KEY)).toBe(false);
    }
  });

  it("ignores a note that is not a fragment, and works without session storage", () => {
    const replaced: string[] = [];
    expect(startAddress(stale, "reload", memory({ [RELOAD_ADDRESS_KEY]: "javascript:alert(1)" }), (h) => replaced.push(h))).toBe(stale);
    expect(startAddress(stale, "reload", undefined, (h) => replaced.push(h))).toBe(stale);
    const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => undefined };
    expect(() => noteReloadAddress(fresh, throwing)).not.toThrow();
    expect(startAddress(stale, "reload", throwing, (h) => replaced.push(h))).toBe(stale);
    expect(replaced).toEqual([]);
  });
});

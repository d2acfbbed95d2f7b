import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseScenario } from "@lotrinh/core";
import { joinSeen, MAX_SEEN, WrittenFields } from "../src/state/writtenFields";
import { afterOutcome } from "../src/state/syncActions";
import { applyStorageSync } from "../src/state/syncActions";
import { initHistory } from "../src/state/history";
import { parseEntry, serializeEntry } from "../src/state/storage";
import { planOf } from "../src/state/library";
import type { SavedScenario } from "../src/state/types";
import { bundleOf } from "./fixtures";

describe("the writes a version includes", () => {
  it("joins two versions' marks by their larger count, this tab's write first", () => {
    // A saw b up to 3 and c up to 1; B saw b up to 5: the join has b 5, c 1, and this write a 7.
    expect(joinSeen({ b: 3, c: 1 }, { b: 5 }, "a", 7)).toEqual({ a: 7, b: 5, c: 1 });
    expect(Object.keys(joinSeen({ b: 3, c: 1 }, { b: 5 }, "a", 7))[0]).toBe("a");
  });
  it(`keeps at most ${MAX_SEEN} marks (property)`, () => {
    const seen = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.nat(), { maxKeys: 30 });
    fc.assert(
      fc.property(seen, seen, (a, b) => {
        const j = joinSeen(a, b, "me", 1);
        expect(Object.keys(j).length).toBeLessThanOrEqual(MAX_SEEN);
        expect(j.me).toBe(1);
      }),
    );
  });
});

describe("fields this tab wrote, put back on a version that has not seen the write", () => {
  const before = { name: "A", rates: { g: { 2024: 0.14 } } };
  const after = { name: "A", rates: { g: { 2024: 0.2 } } };

  it("puts them back on a version that has not seen the write", () => {
    const u = new WrittenFields("a");
    u.record("s", 1, before, after);
    const theirs = { name: "A", rates: { g: { 2024: 0.14 }, d: { 2023: 0.05 } } };
    // seen: b's writes up to 4, none of a's
    expect(u.rebase("s", theirs, { b: 4 })).toEqual({ name: "A", rates: { g: { 2024: 0.2 }, d: { 2023: 0.05 } } });
  });
  it("leaves a version that has seen the write as it is, and forgets a field it has changed since", () => {
    const u = new WrittenFields("a");
    u.record("s", 1, before, after);
    u.record("s", 2, after, { ...after, name: "B" });
    // Saw write 1, whose 2024 it has changed to 0,3 since; not write 2: only the name goes back.
    expect(u.rebase("s", { name: "A", rates: { g: { 2024: 0.3 } } }, { a: 1 })).toEqual({ name: "B", rates: { g: { 2024: 0.3 } } });
    expect(u.rebase("s", { name: "C" }, { a: 2 })).toBeUndefined();
    // Both fields are forgotten now: a version that has seen nothing gets nothing back.
    expect(u.rebase("s", before, {})).toBeUndefined();
  });
  it("keeps a field that a version has seen and holds as written, for a later version that has not seen it", () => {
    // A third tab took the write in (seen a: 1), then another tab wrote over it unseen.
    const u = new WrittenFields("a");
    u.record("s", 1, before, after);
    expect(u.rebase("s", after, { c: 1, a: 1 })).toBeUndefined();
    expect(u.rebase("s", before, { b: 1 })).toEqual(after);
  });
  it("counts a version without marks (written before tabs marked writes) as having seen everything", () => {
    const u = new WrittenFields("a");
    u.record("s", 1, before, after);
    expect(u.rebase("s", before, undefined)).toBeUndefined();
  });
  it("a field put back replaces what the other version holds above or below it", () => {
    const u = new WrittenFields("a");
    u.record("s", 1, { rates: { g: 0 } }, { rates: { g: { 2024: 0.2 } } });
    // The other version holds a value where this tab wrote an object, and one field below a removed one.
    expect(u.rebase("s", { rates: { g: 5 } }, {})).toEqual({ rates: { g: { 2024: 0.2 } } });
    const v = new WrittenFields("a");
    v.record("s", 1, { rates: { g: { 2024: 0.2 } } }, { rates: {} });
    expect(v.rebase("s", { rates: { g: { 2024: 0.3 } }, name: "x" }, {})).toEqual({ rates: {}, name: "x" });
  });
});

describe("a stored version's marks", () => {
  const plan = planOf(bundleOf("sa-pa"));
  const X: SavedScenario = { id: "u-shared01", baseId: "plan", scenario: { ...plan.scenario, name: "Chung" } };
  it("are read back as written, and left out when they are not a small object of counts", () => {
    const text = serializeEntry(X, 5, { k3x9: 2, other: 7 });
    const read = parseEntry(X.id, text, parseScenario);
    expect(read.ok && read.entry.seen).toEqual({ k3x9: 2, other: 7 });
    for (const bad of [[1, 2], { "a b": 1 }, { a: -1 }, { a: 1.5 }, "x", Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${i}`, 1]))]) {
      const r = parseEntry(X.id, JSON.stringify({ ...JSON.parse(text), seen: bad }), parseScenario);
      expect(r.ok).toBe(true);
      expect(r.ok && r.entry.seen).toBeUndefined();
    }
  });
  it("an entry written without marks is the text written before they existed", () => {
    expect(serializeEntry(X, 5)).toBe(JSON.stringify({ id: X.id, baseId: X.baseId, created: 5, scenario: X.scenario }));
  });
});

describe("the library a save starts from before the screen has another tab's changes", () => {
  it("is the user's scenarios as the reducer will make them (property)", () => {
    const plan = planOf(bundleOf("sa-pa"));
    const scenario = (id: string, name: string): SavedScenario => ({ id, baseId: "plan", scenario: { ...plan.scenario, name } });
    const ids = fc.constantFrom("u-aaaaaaa1", "u-bbbbbbb2", "u-ccccccc3", "u-ddddddd4");
    const lib = fc.uniqueArray(ids).map((xs) => xs.map((id) => scenario(id, "here")));
    fc.assert(
      fc.property(lib, fc.uniqueArray(ids), fc.uniqueArray(ids), (user, up, remove) => {
        const upsert = up.map((id) => scenario(id, "there"));
        const out = { upsert, remove, notices: [] };
        const h = applyStorageSync(initHistory({ user, active: {} }), { type: "syncStorage", upsert, remove });
        expect(afterOutcome(user, out)).toEqual(h.present.user);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { checkDocument, DOCUMENT_LIMITS, readScenarioText, utf8Length } from "../src/index.js";

describe("untrusted documents", () => {
  it("counts every value: 100,000 pass, 100,001 are refused before validation", () => {
    // The root array plus 99,999 zeros = 100,000 values.
    expect(checkDocument(new Array(99_999).fill(0)).ok).toBe(true);
    expect(checkDocument(new Array(100_000).fill(0))).toEqual({
      ok: false,
      path: "",
      error: "scenario: the document holds more than 100,000 values",
    });
  });

  it("limits depth to 32, naming where it is exceeded", () => {
    let deep: unknown = {};
    for (let i = 0; i < 33; i++) deep = { a: deep };
    const r = checkDocument(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.path).toBe(Array(33).fill("a").join("."));
    let ok: unknown = 1;
    for (let i = 0; i < DOCUMENT_LIMITS.depth; i++) ok = [ok];
    expect(checkDocument(ok).ok).toBe(true);
  });

  it("refuses keys that reach into prototypes, anywhere", () => {
    const r = checkDocument(JSON.parse('{"rates":{"grdpGrowth":{"__proto__":{"x":1}}}}'));
    expect(r).toEqual({ ok: false, path: "rates.grdpGrowth.__proto__", error: "scenario: rates.grdpGrowth.__proto__: the key '__proto__' is not allowed" });
    expect(checkDocument({ a: [{ constructor: 1 }] })).toMatchObject({ path: "a.0.constructor" });
  });

  it("refuses strings and keys over 10,000 characters", () => {
    expect(checkDocument({ name: "x".repeat(10_000) }).ok).toBe(true);
    expect(checkDocument({ name: "x".repeat(10_001) })).toMatchObject({ path: "name", error: "scenario: name: text longer than 10,000 characters" });
  });

  it("measures text in UTF-8 bytes: 'đ' is 2, '€' 3, '🚀' 4", () => {
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("đ")).toBe(Buffer.byteLength("đ"));
    expect(utf8Length("€🚀")).toBe(7);
    expect(utf8Length("\ud800")).toBe(3);
  });

  it("refuses a text over 5 MB before parsing it, and names bad JSON", () => {
    const body = '{"schema":"lotrinh/scenario/1","region":"sa-pa"}';
    expect(readScenarioText(body + " ".repeat(5 * 1024 * 1024 - body.length)).ok).toBe(true);
    expect(readScenarioText(body + " ".repeat(5 * 1024 * 1024 - body.length + 1))).toEqual({
      ok: false,
      path: "",
      error: "scenario: the file is too large (5.0 MB; at most 5 MB)",
    });
    const bad = readScenarioText("{");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^scenario: not valid JSON: /);
    expect(readScenarioText(`\uFEFF${body}`).ok).toBe(true);
  });
});

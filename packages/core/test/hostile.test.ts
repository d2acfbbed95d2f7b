import { afterAll, describe, expect, it } from "vitest";
import {
  formatGap,
  formatValue,
  loadRegion,
  readScenarioText,
  regionIndicators,
  simulate,
  targetValueLabel,
  verdictLabel,
} from "../src/index.js";
import { hasTranslation, localizeError, splitError } from "../src/format/errors.js";
import { compileFormulas } from "../src/formulas/index.js";
import { appliesTo, caseText, loadCorpus, type HostileCase } from "./fixtures/hostile/corpus.js";

const corpus = loadCorpus();
const region = loadRegion(corpus.region as "sa-pa");
const known = new Set(regionIndicators(region).map((d) => d.id));

type Outcome =
  | { kind: "accepted"; name: string }
  | { kind: "refused"; path: string; error: string }
  | { kind: "formulaError"; id: string; en: string; vi: string };

/** The core channel: text → scenario → formulas → simulation → every value formatted. */
function run(text: string): Outcome {
  const read = readScenarioText(text);
  if (!read.ok) return { kind: "refused", path: read.path, error: read.error };
  const compiled = compileFormulas(read.value.formulas, known);
  if (!compiled.ok) return { kind: "refused", path: compiled.path, error: compiled.error };
  const sim = simulate(region, read.value, compiled.value);
  if (!sim.ok) return { kind: "refused", path: sim.path, error: sim.error };
  // Formatting is total: every value and evaluation of the run formats in both languages.
  for (const lang of ["vi", "en"] as const) {
    for (const s of Object.values(sim.value.projection.series)) for (const v of s.values) formatValue(v, s.unit, lang);
    for (const e of sim.value.evaluations) {
      verdictLabel(e.met, lang, e.verdict, e.projected);
      formatGap(e.gap, "billionVnd", lang);
      targetValueLabel(e.target, "billionVnd", lang);
    }
  }
  for (const f of compiled.value) {
    const error = sim.value.projection.series[f.id]!.error;
    if (error) return { kind: "formulaError", id: f.id, en: error.en, vi: error.vi };
  }
  return { kind: "accepted", name: read.value.name };
}

const cases = corpus.cases.filter((c) => appliesTo(c, "core"));

describe("the hostile corpus", () => {
  it("holds at least 150 cases, each with a unique id, an expectation and what it names", () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.cases.map((c) => c.id)).size).toBe(corpus.cases.length);
    for (const c of corpus.cases) {
      expect(["accepted", "refused", "formulaError"], c.id).toContain(c.expect);
      if (c.expect !== "accepted") expect(typeof c.field, c.id).toBe("string");
      expect(c.file !== undefined || c.generate !== undefined || c.special !== undefined, c.id).toBe(true);
    }
    // Every finding of issue 9 that reaches core has cases.
    for (const issue of ["W1", "W2", "W3", "C1", "C2", "C3", "C4", "C5", "M1", "M2"])
      expect(corpus.cases.some((c) => c.issue === issue), issue).toBe(true);
  });
});

const timings: [string, number][] = [];
afterAll(() => {
  const slowest = [...timings].sort((a, b) => b[1] - a[1])[0];
  if (slowest) console.log(`hostile corpus through core: ${timings.length} cases, slowest ${slowest[1].toFixed(1)} ms (${slowest[0]})`);
});

describe.each(cases.map((c) => [c.id, c] as [string, HostileCase]))("hostile case %s", (_, c) => {
  it(`is ${c.expect}${c.field !== undefined ? ` naming '${c.field}'` : ""}, within 5 s`, () => {
    const text = caseText(c)!;
    const started = performance.now();
    const outcome = run(text);
    timings.push([c.id, performance.now() - started]);
    expect(performance.now() - started).toBeLessThan(5000);
    if (c.expect === "accepted") {
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: "accepted" });
      if (c.defaultName) expect(outcome).toMatchObject({ name: "" });
    } else if (c.expect === "refused") {
      expect(outcome.kind, JSON.stringify(outcome)).toBe("refused");
      const r = outcome as Extract<Outcome, { kind: "refused" }>;
      expect(r.path).toBe(c.field);
      if (c.message) expect(r.error).toContain(c.message);
      // One line (unless the field's own name holds a line feed: the CLI escapes it), and a Vietnamese translation.
      if (!/[\r\n]/.test(c.field!)) expect(r.error).not.toMatch(/[\r\n]/);
      const { phrase } = splitError(r.error, r.path);
      expect(hasTranslation(phrase), phrase).toBe(true);
      expect(localizeError(r, "vi")).not.toBe(r.error);
    } else {
      expect(outcome.kind, JSON.stringify(outcome)).toBe("formulaError");
      const f = outcome as Extract<Outcome, { kind: "formulaError" }>;
      expect(`formulas.${f.id}`).toBe(c.field);
      expect(f.en).toContain(`(evaluated in ${c.year})`);
      expect(f.vi).toContain(`(khi tính năm ${c.year})`);
      if (c.message) expect(f.en).toContain(c.message);
    }
  });
});

describe("after the whole corpus", () => {
  it("no prototype was polluted", () => {
    for (const c of cases.filter((x) => x.issue === "prototype")) run(caseText(c)!);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("2024");
  });
});

import { describe, expect, it } from "vitest";
import type { RegionId } from "@lotrinh/core";
import * as validation from "../src/state/validation";
import { importScenarioText } from "../src/state/importFile";
import { parseHash, MAX_HASH_LENGTH } from "../src/state/url";
import { resolveLink } from "../src/state/link";
import { parseEmbedParams } from "../src/embed/embedParams";
import { resolveEmbed } from "../src/embed/resolveEmbed";
import { encodeBase64Url } from "../src/state/base64url";
import { isPlainObject } from "../src/state/safeJson";
import { planOf } from "../src/state/library";
import type { Library } from "../src/state/types";
import { appliesTo, caseText, loadCorpus, type HostileCase } from "../../../packages/core/test/fixtures/hostile/corpus";
import { bundleOf, testId } from "./fixtures";

/**
 * The hostile corpus (packages/core/test/fixtures/hostile) through the app's own parsing
 * functions: scenario import, URL state and the embed. Each must never throw, refuse
 * what core refuses with the field named, and accept what core accepts.
 */
const corpus = loadCorpus();
const bundle = bundleOf(corpus.region as RegionId);
const plan = planOf(bundle).scenario;
const empty: Library = { user: [], active: {} };
const getBundle = async (id: RegionId) => bundleOf(id);

/** Fields a link carries itself (r, l, n) or whole under `o`; the schema and region are the link's own. */
const LINK_OTHER = ["nameEn", "description", "descriptionEn", "illustrative", "actual", "actuals", "baseLevels", "params", "uncertainty", "formulas", "readings"];

/** Sets a key as an own property, even `__proto__` (as JSON.parse does). */
function put(o: Record<string, unknown>, k: string, v: unknown) {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function table(base: Record<string, Record<string, number>> | undefined, cur: unknown): unknown {
  if (!isPlainObject(cur)) return cur; // malformed: passed on as is, to be refused
  const out: Record<string, unknown> = {};
  for (const [id, years] of Object.entries(base ?? {})) put(out, id, Object.fromEntries(Object.keys(years).map((y) => [y, null])));
  for (const [id, years] of Object.entries(cur)) {
    if (!isPlainObject(years)) put(out, id, years);
    else {
      const merged: Record<string, unknown> = { ...(Object.hasOwn(out, id) ? (out[id] as object) : {}) };
      for (const [y, v] of Object.entries(years)) put(merged, y, v);
      put(out, id, merged);
    }
  }
  return out;
}

/** JSON with non-finite numbers written as 1e999 / -1e999, as a hostile link would carry them. */
function stringify(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `\u0000${v}` : v))
    .replace(/"\\u0000Infinity"/g, "1e999")
    .replace(/"\\u0000-Infinity"/g, "-1e999")
    .replace(/"\\u0000NaN"/g, "null");
}

const hasNullYear = (t: unknown) => isPlainObject(t) && Object.values(t).some((y) => isPlainObject(y) && Object.values(y).includes(null));

/**
 * The case as a link's `s` (a diff against the plan), or why the link format cannot
 * carry it: a link has no schema or region of its own inside `s` (the fragment names them).
 */
function linkDiff(text: string): { s: string } | { skip: string } {
  // Far beyond a link's length: refused unread by the fragment parser (checked below), not encoded here.
  if (text.length > 4 * MAX_HASH_LENGTH) return { s: "A".repeat(MAX_HASH_LENGTH + 1) };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, "")); // a byte order mark belongs to files, not links
  } catch {
    return { s: encodeBase64Url(text) }; // not JSON: the link must say so
  }
  if (!isPlainObject(doc)) return { s: encodeBase64Url(JSON.stringify(doc)) };
  if (doc.schema !== "lotrinh/scenario/1") return { skip: "schema" };
  if (doc.region !== corpus.region) return { skip: "region" };
  // In a link, null removes a year of the base: a file's null rate has no link of its own.
  if (hasNullYear(doc.rates) || hasNullYear(doc.levels)) return { skip: "null" };
  const diff: Record<string, unknown> = {};
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === "schema" || k === "region") continue;
    if (k === "name") diff.n = v;
    else if (k === "rates") diff.r = table(plan.rates, v);
    else if (k === "levels") diff.l = table(plan.levels, v);
    else if (LINK_OTHER.includes(k)) put(o, k, v);
    else put(diff, k, v); // an unknown key stays unknown
  }
  for (const k of LINK_OTHER) if (!(k in doc) && (plan as Record<string, unknown>)[k] !== undefined && k !== "nameEn" && k !== "description") o[k] = null;
  if (Object.keys(o).length) diff.o = o;
  return { s: encodeBase64Url(stringify(diff)) };
}

/** The field as a link names it: its own short keys (r, l, o) inside `s`, or the scenario's after rebuilding. */
function linkNames(field: string): string[] {
  const head = field.split(".")[0]!;
  const short = head === "rates" ? "r" : head === "levels" ? "l" : head === "name" ? "n" : LINK_OTHER.includes(head) ? `o.${head}` : head;
  return [field, `s: ${short}${field.slice(head.length)}`];
}

function expectNamed(error: string, c: HostileCase, link = false) {
  if (c.field && link) expect(linkNames(c.field).some((f) => error.includes(f)), `${c.id}: ${error}`).toBe(true);
  else if (c.field) expect(error, c.id).toContain(c.field);
  if (c.expect === "formulaError" && c.year) expect(error, c.id).toContain(`(evaluated in ${c.year})`);
}

const texts = new Map<string, string>();
const textOf = (c: HostileCase) => {
  if (!texts.has(c.id)) texts.set(c.id, caseText(c)!);
  return texts.get(c.id)!;
};

describe("the hostile corpus through the app", () => {
  it("is there, with at least 150 cases for each of the app's channels, and links carry most of them", () => {
    for (const channel of ["import", "url", "embed"]) expect(corpus.cases.filter((c) => appliesTo(c, channel)).length).toBeGreaterThanOrEqual(150);
    // A link has no schema or region inside `s`, and null removes a year: those cases have no link of their own.
    const carried = corpus.cases.filter((c) => appliesTo(c, "url") && !("skip" in linkDiff(textOf(c))));
    expect(carried.length).toBeGreaterThanOrEqual(200);
  }, 60_000); // generates the large cases (a 53 MB text among them)
});

describe.each(corpus.cases.filter((c) => appliesTo(c, "import")).map((c) => [c.id, c] as const))("import of %s", (_, c) => {
  it(`is ${c.expect}`, async () => {
    const text = textOf(c);
    const started = performance.now();
    const r = await importScenarioText(text, "vi", empty, validation, getBundle, testId);
    expect(performance.now() - started).toBeLessThan(5000);
    if (c.field === "region" && r.ok) {
      // The app's import opens a file of another region in that region (said in its notice): not a refusal.
      expect(r.bundle.region.id).toBe(JSON.parse(text).region);
    } else if (c.expect === "accepted") {
      expect(r.ok ? "ok" : r.error, c.id).toBe("ok");
      if (r.ok && c.defaultName) expect(r.saved.scenario.name).toBe("Kịch bản nhập");
    } else {
      // A scenario whose formula fails when evaluated is refused at the edge, naming the formula (W2).
      expect(r.ok, c.id).toBe(false);
      if (!r.ok) expectNamed(r.error, c);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe.each(corpus.cases.filter((c) => appliesTo(c, "url")).map((c) => [c.id, c] as const))("link carrying %s", (_, c) => {
  it(`is ${c.expect}, or refused when the link format cannot carry it`, async () => {
    const diff = linkDiff(textOf(c));
    if ("skip" in diff) return expect(["schema", "region", "null"]).toContain(diff.skip);
    const hash = `#v1&r=${corpus.region}&b=plan&id=u-hostile1&s=${diff.s}`;
    const parsed = parseHash(hash);
    if (hash.length > MAX_HASH_LENGTH + 1) {
      // Too long for a link: refused unread, whatever it holds.
      expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/longer than/) });
      return;
    }
    if (!parsed.ok) {
      // An empty or unreadable `s` is refused by the fragment parser already.
      expect(c.expect, `${c.id}: ${parsed.error}`).not.toBe("accepted");
      return;
    }
    const r = await resolveLink(parsed.link, bundle, empty, validation, testId);
    if (c.expect === "accepted") {
      expect(r.notices, c.id).toEqual([]);
      expect(r.add?.id).toBe("u-hostile1");
    } else {
      expect(r, c.id).toMatchObject({ select: "plan", add: undefined, notices: [{ tone: "error", key: "badLink" }] });
      expectNamed(String(r.notices[0]!.params!.error), c, true);
    }
  });
});

describe.each(corpus.cases.filter((c) => appliesTo(c, "embed")).map((c) => [c.id, c] as const))("embed carrying %s", (_, c) => {
  it(`draws the chart only when the case is accepted`, async () => {
    const diff = linkDiff(textOf(c));
    if ("skip" in diff) return;
    const hash = `#v1&r=${corpus.region}&b=plan&s=${diff.s}`;
    const parsed = parseEmbedParams(`?region=${corpus.region}&chart=grdpGrowth`, hash);
    if (!parsed.ok) {
      if (hash.length <= MAX_HASH_LENGTH + 1) expect(c.expect, `${c.id}: ${parsed.error}`).not.toBe("accepted");
      else expect(parsed.error).toMatch(/longer than/);
      return;
    }
    const chart = await resolveEmbed(parsed.params, bundle, validation);
    if (c.expect === "accepted") expect(chart.ok ? "ok" : chart.error, c.id).toBe("ok");
    else {
      expect(chart.ok, c.id).toBe(false);
      if (!chart.ok) expectNamed(chart.error, c, true);
    }
  });
});

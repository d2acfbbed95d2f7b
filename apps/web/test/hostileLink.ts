import type { RegionId } from "@lotrinh/core";
import { encodeBase64Url } from "../src/state/base64url";
import { isPlainObject } from "../src/state/safeJson";
import { planOf } from "../src/state/library";
import { MAX_HASH_LENGTH } from "../src/state/url";
import { caseText, loadCorpus, type HostileCase } from "../../../packages/core/test/fixtures/hostile/corpus";
import { bundleOf } from "./fixtures";

/** Hostile corpus cases as the app's links carry them: shared by the unit tests and the Chromium subset. */
const corpus = loadCorpus();
const plan = planOf(bundleOf(corpus.region as RegionId)).scenario;

/** Fields a link carries itself (r, l, n) or whole under `o`; the schema and region are the link's own. */
export const LINK_OTHER = ["nameEn", "description", "descriptionEn", "illustrative", "actual", "actuals", "baseLevels", "params", "uncertainty", "formulas", "readings"];

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
export function linkDiff(text: string): { s: string } | { skip: string } {
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
export function linkNames(field: string): string[] {
  const head = field.split(".")[0]!;
  const short = head === "rates" ? "r" : head === "levels" ? "l" : head === "name" ? "n" : LINK_OTHER.includes(head) ? `o.${head}` : head;
  return [field, `s: ${short}${field.slice(head.length)}`];
}

const texts = new Map<string, string>();
export const textOf = (c: HostileCase) => {
  if (!texts.has(c.id)) texts.set(c.id, caseText(c)!);
  return texts.get(c.id)!;
};


import { describe, expect, it } from "vitest";
import type { RegionId } from "@lotrinh/core";
import * as validation from "../src/state/validation";
import { importScenarioText } from "../src/state/importFile";
import { parseHash, MAX_HASH_LENGTH } from "../src/state/url";
import { resolveLink } from "../src/state/link";
import { parseEmbedParams } from "../src/embed/embedParams";
import { resolveEmbed } from "../src/embed/resolveEmbed";
import type { Library } from "../src/state/types";
import { appliesTo, loadCorpus, type HostileCase } from "../../../packages/core/test/fixtures/hostile/corpus";
import { bundleOf, testId } from "./fixtures";
import { linkDiff, linkNames, textOf } from "./hostileLink";

/**
 * The hostile corpus (packages/core/test/fixtures/hostile) through the app's own parsing
 * functions: scenario import, URL state and the embed. Each must never throw, refuse
 * what core refuses with the field named, and accept what core accepts.
 */
const corpus = loadCorpus();
const bundle = bundleOf(corpus.region as RegionId);
const empty: Library = { user: [], active: {} };
const getBundle = async (id: RegionId) => bundleOf(id);

function expectNamed(error: string, c: HostileCase, link = false) {
  if (c.field && link) expect(linkNames(c.field).some((f) => error.includes(f)), `${c.id}: ${error}`).toBe(true);
  else if (c.field) expect(error, c.id).toContain(c.field);
  if (c.expect === "formulaError" && c.year) expect(error, c.id).toContain(`(evaluated in ${c.year})`);
}

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
  }, 30_000); // a loaded machine: the 5 MB cases parse twice
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
  }, 30_000); // a loaded machine: the 5 MB cases parse twice
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
  }, 30_000); // a loaded machine: the 5 MB cases parse twice
});

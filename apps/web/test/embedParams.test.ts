import { describe, expect, it } from "vitest";
import type { Scenario } from "@lotrinh/core";
import * as validation from "../src/state/validation";
import { parseEmbedParams, type EmbedParams } from "../src/embed/embedParams";
import { resolveEmbed } from "../src/embed/resolveEmbed";
import { embedErrorMarkup, embedMarkup } from "../src/embed/embedMarkup";
import { encodeBase64Url } from "../src/state/base64url";
import { computeDiff } from "../src/state/diff";
import { planOf } from "../src/state/library";
import { bundleOf } from "./fixtures";

const saPa = bundleOf("sa-pa");

function params(search: string, hash = ""): EmbedParams {
  const parsed = parseEmbedParams(search, hash);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.params;
}

describe("embed parameters", () => {
  it("reads region, chart, view and language; Vietnamese by default", () => {
    expect(parseEmbedParams("?region=sa-pa&chart=grdpPerCapita", "")).toEqual({
      ok: true,
      params: { region: "sa-pa", chart: "grdpPerCapita", view: undefined, lang: "vi", link: {}, fan: false },
    });
    expect(params("?region=sa-pa&chart=grdpPerCapita&fan=1").fan).toBe(true);
    expect(parseEmbedParams("?region=sa-pa&chart=grdpPerCapita&fan=yes", "")).toEqual({ ok: false, lang: "vi", error: "fan: must be 1 or 0, not 'yes'" });
    expect(params("?region=lai-chau&chart=investment&view=cumulative&lang=en").lang).toBe("en");
    expect(params("?region=sa-pa&chart=grdpGrowth&lang=fr").lang).toBe("vi");
  });

  it("refuses what it does not know, naming the parameter, in the requested language", () => {
    const error = (search: string, hash = "") => parseEmbedParams(search, hash);
    expect(error("?chart=grdpGrowth")).toEqual({ ok: false, lang: "vi", error: "region: missing" });
    expect(error("?region=ha-noi&chart=grdpGrowth&lang=en")).toEqual({ ok: false, lang: "en", error: "region: unknown region 'ha-noi'" });
    expect(error("?region=sa-pa")).toMatchObject({ ok: false, error: "chart: missing" });
    expect(error("?region=sa-pa&chart=retailSales")).toMatchObject({ ok: false, error: expect.stringMatching(/^chart: unknown chart 'retailSales' \(one of grdpGrowth, /) });
    expect(error("?region=sa-pa&chart=__proto__")).toMatchObject({ ok: false, error: expect.stringMatching(/^chart: unknown chart '__proto__'/) });
    expect(error("?region=sa-pa&chart=grdpGrowth&view=pie")).toMatchObject({ ok: false, error: "view: unknown chart view 'pie'" });
  });

  it("reads the scenario state with the app's link parser, and refuses a corrupt one", () => {
    expect(params("?region=sa-pa&chart=grdpGrowth", "#v1&r=sa-pa&b=high-growth&view=compare&c=plan,high-growth").link).toEqual({
      region: "sa-pa",
      base: "high-growth",
      view: "compare",
      compare: ["plan", "high-growth"],
    });
    const error = (hash: string) => parseEmbedParams("?region=sa-pa&chart=grdpGrowth", hash);
    expect(error("#v2&r=sa-pa")).toMatchObject({ ok: false, error: "link version 2 is not supported (expected 1)" });
    expect(error("#v1&s=<script>")).toMatchObject({ ok: false, error: "s: not base64url" });
    expect(error("#v1&b=../../etc")).toMatchObject({ ok: false, error: "b: not a scenario id" });
    expect(error("#v1&r=lai-chau")).toMatchObject({ ok: false, error: "r: the scenario is for 'lai-chau', not 'sa-pa'" });
    expect(error("#v1&" + "x".repeat(9000))).toMatchObject({ ok: false, error: expect.stringMatching(/longer than/) });
  });

  it("quotes hostile values short in its messages", () => {
    const long = parseEmbedParams(`?region=sa-pa&chart=${encodeURIComponent("<script>" + "a".repeat(200))}`, "");
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.length).toBeLessThan(200);
  });
});

describe("embed scenarios", () => {
  // A user's copy: its own name only (the app drops the built-in's English name from copies).
  const { nameEn: _shippedName, ...plan } = planOf(saPa).scenario;
  const edited: Scenario = { ...plan, name: "Phương án <b>A</b>", rates: { grdpGrowth: { "2024": 0.13 } } };
  const diff = encodeBase64Url(JSON.stringify(computeDiff(planOf(saPa).scenario, edited)));

  it("draws the shipped plan when the link names no scenario", async () => {
    const chart = await resolveEmbed(params("?region=sa-pa&chart=grdpPerCapita"), saPa, undefined);
    expect(chart).toMatchObject({ ok: true, names: ["Kế hoạch"], missing: false });
  });

  it("decodes and validates a scenario carried as a diff", async () => {
    const chart = await resolveEmbed(params("?region=sa-pa&chart=grdpGrowth", `#v1&r=sa-pa&b=plan&id=u-abcd1234&s=${diff}`), saPa, validation);
    expect(chart).toMatchObject({ ok: true, names: ["Phương án <b>A</b>"] });
  });

  it("draws the compared scenarios in order, and says when some could not travel with the link", async () => {
    const both = await resolveEmbed(params("?region=sa-pa&chart=investment&lang=en", `#v1&r=sa-pa&b=plan&id=u-abcd1234&s=${diff}&view=compare&c=high-growth,u-abcd1234`), saPa, validation);
    expect(both).toMatchObject({ ok: true, names: ["High growth", "Phương án <b>A</b>"], missing: false });
    const partial = await resolveEmbed(params("?region=sa-pa&chart=investment", "#v1&r=sa-pa&view=compare&c=plan,u-gone0000"), saPa, undefined);
    expect(partial).toMatchObject({ ok: true, names: ["Kế hoạch"], missing: true });
  });

  it("refuses a corrupt or unsafe state instead of falling back to the plan", async () => {
    const resolve = (hash: string) => resolveEmbed(params("?region=sa-pa&chart=grdpGrowth", hash), saPa, validation);
    await expect(resolve("#v1&b=plan&s=bm90IGpzb24")).resolves.toEqual({ ok: false, error: "s: not JSON" });
    const polluting = encodeBase64Url('{"o":{"__proto__":{"x":1}}}');
    await expect(resolve(`#v1&b=plan&s=${polluting}`)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/key not allowed/) });
    const tooFast = encodeBase64Url(JSON.stringify({ r: { grdpGrowth: { "2024": -1.5 } } }));
    await expect(resolve(`#v1&b=plan&s=${tooFast}`)).resolves.toMatchObject({ ok: false });
    await expect(resolve("#v1&b=no-such-plan")).resolves.toEqual({ ok: false, error: "b: no shipped scenario 'no-such-plan'" });
    await expect(resolve("#v1&id=u-notmine1")).resolves.toEqual({ ok: false, error: "id: no scenario 'u-notmine1' on this computer" });
  });

  it("refuses a chart the region does not have, or a view the chart does not offer", async () => {
    const laiChau = bundleOf("lai-chau");
    await expect(resolveEmbed(params("?region=lai-chau&chart=investment"), laiChau, undefined)).resolves.toEqual({
      ok: false,
      error: "chart: Tỉnh Lai Châu has no chart 'investment'",
    });
    await expect(resolveEmbed(params("?region=sa-pa&chart=touristVisits&view=averageGrowth"), saPa, undefined)).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^view: /),
    });
  });
});

describe("embed markup", () => {
  it("escapes every text: titles, names, descriptions and the link", () => {
    const html = embedMarkup({
      lang: "vi",
      title: "<script>alert(1)</script>",
      subtitle: "Sa Pa & <i>",
      svg: "<svg></svg>",
      description: "<img src=x onerror=alert(1)>",
      names: ['"><script>'],
      missing: true,
      appLink: 'https://app.example/#v1"><script>',
    });
    expect(html).not.toMatch(/<script|<img|<i>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('href="https://app.example/#v1&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('target="_blank" rel="noopener"');
    expect(html).toContain("<svg></svg>"); // the chart's own markup, escaped by its renderer
  });

  it("shows what is wrong with a bad link, escaped", () => {
    const html = embedErrorMarkup("en", "chart: unknown chart '<img src=x onerror=alert(1)>'", "https://app.example/");
    expect(html).toContain('role="alert"');
    expect(html).toContain("The chart cannot be shown");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });
});

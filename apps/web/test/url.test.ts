import { describe, expect, it } from "vitest";
import type { Scenario } from "@lotrinh/core";
import * as validation from "../src/state/validation";
import { formatHash, MAX_HASH_LENGTH, parseHash } from "../src/state/url";
import { linkOf, resolveLink } from "../src/state/link";
import { canonicalJson, computeDiff } from "../src/state/diff";
import { decodeBase64Url, encodeBase64Url } from "../src/state/base64url";
import { planOf } from "../src/state/library";
import type { Library } from "../src/state/types";
import { bundleOf, testId } from "./fixtures";

const bundle = bundleOf("sa-pa");
const plan = planOf(bundle);
const empty: Library = { user: [], active: {} };

function edited(): Scenario {
  return {
    ...plan.scenario,
    name: "Phương án “cao” — Sa Pa",
    rates: { grdpGrowth: { "2024": 0.13, "2025": 0.161 }, investment: { "2025": 0.3 } },
    actual: { grdpGrowth: [2021] },
    params: { revenueBuoyancy: 1.2 },
    readings: { "tourism-visits-term": "term-sum" },
  };
}

/** A link carrying `diff` (any JSON) against the plan, resolved with an empty library. */
async function open(diff: unknown, extra = "") {
  const s = encodeBase64Url(typeof diff === "string" ? diff : JSON.stringify(diff));
  const parsed = parseHash(`#v1&r=sa-pa&b=plan&id=u-link0001&s=${s}${extra}`);
  expect(parsed.ok).toBe(true);
  return resolveLink(parsed.link, bundle, empty, validation, testId);
}

describe("link round trip", () => {
  it("restores exactly the scenario, language, view and comparison", async () => {
    const scenario = edited();
    const library: Library = { user: [{ id: "u-abcd1234", baseId: "plan", scenario }], active: { "sa-pa": "u-abcd1234" } };
    const hash = formatHash(linkOf(bundle, library, { lang: "en", view: "compare", compare: ["plan", "u-abcd1234"] }));
    expect(hash).toMatch(/^#v1&r=sa-pa&b=plan&id=u-abcd1234&s=[A-Za-z0-9_-]+&lang=en&view=compare&c=plan,u-abcd1234$/);
    const parsed = parseHash(hash);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.link).toMatchObject({ lang: "en", view: "compare", compare: ["plan", "u-abcd1234"] });

    // Same computer: the saved scenario is selected, nothing is added.
    const same = await resolveLink(parsed.link, bundle, library, validation, testId);
    expect(same).toMatchObject({ select: "u-abcd1234", add: undefined, notices: [] });

    // Another computer: the scenario is rebuilt from the link, identical.
    const other = await resolveLink(parsed.link, bundle, empty, validation, testId);
    expect(other.add?.id).toBe("u-abcd1234");
    expect(canonicalJson(other.add?.scenario)).toBe(canonicalJson(scenario));
    expect(other.compare).toEqual(["plan", "u-abcd1234"]);
  });

  it("a built-in needs no scenario in the link", () => {
    const hash = formatHash(linkOf(bundle, { user: [], active: { "sa-pa": "high-growth" } }, { lang: "vi", view: "editor" }));
    expect(hash).toBe("#v1&r=sa-pa&b=high-growth");
  });

  it("diffs are small: a one-rate edit is a short link", () => {
    const s = { ...plan.scenario, name: "A", rates: { grdpGrowth: { "2024": 0.13 } } };
    const diff = encodeBase64Url(JSON.stringify(computeDiff(plan.scenario, s)));
    expect(diff.length).toBeLessThan(60);
  });

  it("base64url round-trips Vietnamese text and refuses garbage", () => {
    expect(decodeBase64Url(encodeBase64Url("Tăng trưởng cao ✓"))).toBe("Tăng trưởng cao ✓");
    expect(decodeBase64Url("@@@")).toBeUndefined();
    expect(decodeBase64Url("A")).toBeUndefined();
    expect(decodeBase64Url("_w")).toBeUndefined(); // 0xFF: not UTF-8
  });
});

describe("bad links fall back to the plan with a message", () => {
  it("garbage base64", async () => {
    const r = await resolveLink({ region: "sa-pa", base: "plan", diff: "!!notbase64" }, bundle, empty, validation, testId);
    expect(r.select).toBe("plan");
    expect(r.add).toBeUndefined();
    expect(r.notices[0]).toMatchObject({ tone: "error", key: "badLink" });
    expect(String(r.notices[0]!.params!.error)).toMatch(/^s:/);
  });

  it("base64 of something that is not JSON", async () => {
    const r = await open("{not json");
    expect(r.select).toBe("plan");
    expect(r.notices[0]!.params!.error).toBe("s: not JSON");
  });

  it("wrong or missing version", () => {
    expect(parseHash("#v2&r=sa-pa")).toMatchObject({ ok: false, error: expect.stringMatching(/version 2/) });
    expect(parseHash("#r=sa-pa")).toMatchObject({ ok: false, error: "link version missing" });
  });

  it("unknown region, bad ids, oversized fragments", () => {
    // Any region id parses: whether it exists (seeds, browser storage, `rd`) is decided when it loads (regions/bootRegion.ts).
    expect(parseHash("#v1&r=ha-noi")).toEqual({ ok: true, link: { region: "ha-noi" } });
    expect(parseHash("#v1&r=H%C3%A0%20N%E1%BB%99i")).toMatchObject({ ok: false, error: expect.stringMatching(/not a region id/) });
    expect(parseHash("#v1&r=sa-pa&id=../../etc")).toMatchObject({ ok: false, error: "id: not a scenario id" });
    expect(parseHash("#v1&r=sa-pa&c=plan,<script>")).toMatchObject({ ok: false });
    expect(parseHash("#v1&s=" + "A".repeat(MAX_HASH_LENGTH))).toMatchObject({ ok: false, error: expect.stringMatching(/longer than/) });
  });

  it("addresses the report view and the scenarios it covers", () => {
    const library: Library = { user: [], active: {} };
    const hash = formatHash(linkOf(bundle, library, { view: "report", compare: ["plan", "cautious"] }));
    expect(hash).toBe("#v1&r=sa-pa&b=plan&view=report&c=plan,cautious");
    expect(parseHash(hash)).toEqual({ ok: true, link: { region: "sa-pa", base: "plan", view: "report", compare: ["plan", "cautious"] } });
  });

  it("ignores an unknown language or view instead of failing", () => {
    expect(parseHash("#v1&r=sa-pa&lang=fr&view=admin")).toEqual({ ok: true, link: { region: "sa-pa" } });
  });

  it("prototype-polluting keys are refused and pollute nothing", async () => {
    for (const diff of [
      '{"__proto__":{"polluted":1}}',
      '{"r":{"__proto__":{"2024":0.1}}}',
      '{"r":{"constructor":{"prototype":{"polluted":1}}}}',
      '{"o":{"readings":{"__proto__":{"polluted":"yes"}}}}',
    ]) {
      const r = await open(diff);
      expect(r.select, diff).toBe("plan");
      expect(r.notices[0]?.key, diff).toBe("badLink");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("rates at or below −100 % are refused, naming the field", async () => {
    const r = await open({ r: { grdpGrowth: { "2024": -1 } } });
    expect(r.select).toBe("plan");
    expect(r.notices[0]!.params!.error).toMatch(/rates\.grdpGrowth\.2024/);
    expect(r.notices[0]!.params!.error).toMatch(/−100 %/);
  });

  it("years outside the term and unknown indicators are refused", async () => {
    const outside = await open({ r: { grdpGrowth: { "2031": 0.1 } } });
    expect(outside.notices[0]!.params!.error).toMatch(/rates\.grdpGrowth\.2031: year 2031 is outside the term/);
    const unknown = await open({ r: { grdpGrowthX: { "2024": 0.1 } } });
    expect(unknown.notices[0]!.params!.error).toMatch(/unknown indicator 'grdpGrowthX'/);
    const notNumber = await open({ r: { grdpGrowth: { "2024": "0.1" } } });
    expect(notNumber.notices[0]!.params!.error).toMatch(/must be a number/);
  });

  it("an unknown field, or a deeply nested payload, is refused", async () => {
    expect((await open({ z: 1 })).notices[0]!.params!.error).toBe("s: z: unknown field");
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect((await open({ o: { description: deep } })).notices[0]!.params!.error).toMatch(/nested too deeply/);
  });

  it("a huge rate (1e308) is refused at the edge, naming the field and the bound", async () => {
    const r = await open({ r: { grdpGrowth: { "2024": 1e308 } } });
    expect(r).toMatchObject({ select: "plan", add: undefined });
    expect(r.notices[0]!.params!.error).toMatch(/rates\.grdpGrowth\.2024: a rate must lie in \(−100 %, \+1000 %\]/);
  });

  it("a formula that fails when evaluated is a bad link, naming the formula, not a failed start", async () => {
    const formula = (expr: string) => ({ o: { formulas: { f: { expr, name: { vi: "f", en: "f" }, unit: "x" } } } });
    for (const expr of ["pow(2)", '"a" + "b"', "min()"]) {
      const r = await open(formula(expr));
      expect(r, expr).toMatchObject({ select: "plan", add: undefined, notices: [{ tone: "error", key: "badLink" }] });
      expect(String(r.notices[0]!.params!.error), expr).toMatch(/formulas\.f/);
    }
  }, 30_000); // loads mathjs

  it("a link that drops the name opens as an imported scenario", async () => {
    const r = await open({ n: "" });
    expect(r.add?.scenario.name).toBe("Kịch bản nhập");
    expect(r.notices).toEqual([]); // "opened and saved" is said by the caller, once it is saved
  });

  it("an unknown built-in base is reported", async () => {
    const r = await resolveLink({ region: "sa-pa", base: "no-such" }, bundle, empty, validation, testId);
    expect(r).toMatchObject({ select: "plan", notices: [{ key: "badLink" }] });
  });

  it("comparison ids that this computer does not have are left out with a message", async () => {
    const r = await resolveLink({ region: "sa-pa", compare: ["plan", "u-missing1"] }, bundle, empty, validation, testId);
    expect(r.compare).toEqual(["plan"]);
    expect(r.notices.map((n) => n.key)).toEqual(["linkMissingScenarios"]);
  });
});

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRegion, REGION_IDS } from "@lotrinh/core";
import { VI } from "../src/i18n/strings";
import { EN } from "../src/i18n/en";
import { EMBED_WORDS } from "../src/embed/embedWords";

// Every user-facing text has a Vietnamese and an English form: the app's dictionaries, every
// helper's own dictionary (VI_X beside EN_X), the embed's words and every note in the region data.

const src = fileURLToPath(new URL("../src/", import.meta.url));
const modules = import.meta.glob<Record<string, unknown>>("../src/**/*.ts", { eager: false });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Both tables have the same keys, no empty text, and the same {placeholders} in each entry. */
function expectPair(vi: Record<string, unknown>, en: Record<string, unknown>, where: string) {
  expect(Object.keys(en).sort(), `${where}: keys of EN`).toEqual(Object.keys(vi).sort());
  for (const [key, v] of Object.entries(vi)) {
    const e = en[key];
    if (typeof v === "function") {
      expect(typeof e, `${where}.${key}`).toBe("function");
      continue;
    }
    expect(typeof v, `${where}.${key} (vi)`).toBe("string");
    expect(typeof e, `${where}.${key} (en)`).toBe("string");
    expect((v as string).trim(), `${where}.${key} (vi) is empty`).not.toBe("");
    expect((e as string).trim(), `${where}.${key} (en) is empty`).not.toBe("");
    expect(placeholders(e as string), `${where}.${key}: placeholders`).toEqual(placeholders(v as string));
  }
}

describe("string tables", () => {
  it("the app's Vietnamese and English dictionaries match key for key", () => {
    expectPair(VI, EN, "i18n");
    // A sentence left in English in the Vietnamese table would pass the key check: none of the
    // longer Vietnamese texts may equal its English one.
    const words = (s: string) => s.replace(/\{\w+\}/g, "").replace(/[^\p{L}]/gu, "");
    const same = Object.keys(VI).filter((k) => {
      const v = VI[k as keyof typeof VI];
      return words(v).length > 8 && v === EN[k as keyof typeof EN];
    });
    expect(same).toEqual([]);
  });

  it("every helper's dictionary (VI_X) has its English twin (EN_X)", async () => {
    const found: string[] = [];
    for (const file of files(src)) {
      const text = readFileSync(file, "utf8");
      const names = [...text.matchAll(/export const VI_(\w+)/g)].map((m) => m[1]!);
      if (!names.length) continue;
      const rel = "../src/" + file.slice(src.length).replace(/\\/g, "/");
      const load = modules[rel.replace(/\.tsx$/, ".ts")] ?? modules[rel];
      expect(load, `${rel} is importable`).toBeDefined();
      const mod = await load!();
      for (const name of names) {
        expect(mod[`EN_${name}`], `${rel}: EN_${name} is missing`).toBeDefined();
        expectPair(mod[`VI_${name}`] as Record<string, unknown>, mod[`EN_${name}`] as Record<string, unknown>, `${rel} ${name}`);
        found.push(name);
      }
    }
    // This issue's own table is among them: the walk does find the dictionaries.
    expect(found).toContain("SHELL");
  });

  it("the embed's words exist in both languages", () => {
    expectPair(EMBED_WORDS.vi as Record<string, unknown>, EMBED_WORDS.en as Record<string, unknown>, "embed");
  });
});

/** Every {vi, en} object in a value, with its path. */
function localized(value: unknown, path: string, out: Array<{ path: string; text: Record<string, unknown> }>) {
  if (Array.isArray(value)) value.forEach((v, i) => localized(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("vi" in o || "en" in o) out.push({ path, text: o });
    else for (const [k, v] of Object.entries(o)) localized(v, `${path}.${k}`, out);
  }
  return out;
}

describe("region data", () => {
  it.each(REGION_IDS)("%s: every name and note has a Vietnamese and an English text", (id) => {
    const texts = localized(loadRegion(id), id, []);
    expect(texts.length).toBeGreaterThan(10);
    for (const { path, text } of texts) {
      expect(typeof text.vi === "string" && text.vi.trim() !== "", `${path}.vi`).toBe(true);
      expect(typeof text.en === "string" && text.en.trim() !== "", `${path}.en`).toBe(true);
    }
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const read = (name: string): [string, string] => [name, readFileSync(`${dist}${name}`, "utf8")];
const files: [string, string][] = [read("lotrinh.mjs"), ...readdirSync(`${dist}chunks`).map((name) => read(`chunks/${name}`))];
const staticImports = (code: string) => [...code.matchAll(/\bfrom\s*"([^"]+)"/g)].map((m) => m[1]!);
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]!);

/** Cold start depends on what `node bin/lotrinh.mjs` must parse before it can answer. */
describe("the bundle in dist/", () => {
  it("loads each command as a chunk of its own, only when it runs", () => {
    const main = files[0]![1];
    for (const name of ["regions", "project", "targets", "solve", "render", "report"])
      expect(dynamicImports(main).some((path) => path.includes(`/${name}-`))).toBe(true);
    expect(staticImports(main).some((path) => /\/(regions|project|targets|solve|render|report)-/.test(path))).toBe(false);
  });

  /** Every chunk a file pulls in before it runs: its static imports, transitively. */
  function closure(name: string, seen = new Set<string>()): Set<string> {
    if (seen.has(name)) return seen;
    seen.add(name);
    const code = files.find(([n]) => n === name)?.[1] ?? "";
    for (const path of staticImports(code)) if (path.startsWith("./")) closure(`chunks/${path.replace(/^\.\/(chunks\/)?/, "")}`, seen);
    return seen;
  }

  it("keeps mathjs in the formulas chunk, which nothing imports statically", () => {
    const formulas = files.find(([name]) => name.startsWith("chunks/formulas-"));
    expect(formulas).toBeDefined();
    expect(formulas![1]).toMatch(/mathjs|typed-function/i);
    for (const [name, code] of files) expect(staticImports(code).some((path) => path.includes("formulas-")), name).toBe(false);
    // The table commands parse little: React and the renderer belong to render and report only.
    // About half of what they load is the seeded regions' data (sa-pa 42 KB, lai-chau 31 KB, …).
    for (const command of ["regions", "project", "targets", "solve"]) {
      const chunk = files.find(([name]) => name.startsWith(`chunks/${command}-`))![0];
      const code = [...closure(chunk)].map((name) => files.find(([n]) => n === name)?.[1] ?? "");
      const loaded = code.reduce((sum, c) => sum + c.length, 0);
      expect(loaded, `${command} loads ${loaded} bytes`).toBeLessThan(250_000);
      expect(code.some((c) => /react\.(production|development)|renderToStaticMarkup|__SECRET_INTERNALS|ReactSharedInternals/.test(c)), `${command} loads React`).toBe(false);
    }
  });
});

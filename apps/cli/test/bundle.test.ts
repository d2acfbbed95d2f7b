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
    for (const name of ["regions", "project", "targets", "solve"])
      expect(dynamicImports(main).some((path) => path.includes(`/${name}-`))).toBe(true);
    expect(staticImports(main).some((path) => /\/(regions|project|targets|solve)-/.test(path))).toBe(false);
  });

  it("keeps mathjs in the formulas chunk, which nothing imports statically", () => {
    const formulas = files.find(([name]) => name.startsWith("chunks/formulas-"));
    expect(formulas).toBeDefined();
    expect(formulas![1]).toMatch(/mathjs|typed-function/i);
    for (const [name, code] of files) {
      expect(staticImports(code).some((path) => path.includes("formulas-")), name).toBe(false);
      if (name !== formulas![0]) expect(code.length < 200_000, `${name} is large: mathjs leaked into it?`).toBe(true);
    }
  });
});

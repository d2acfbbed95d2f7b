// Bundles a TypeScript bench with esbuild and runs it: Node 20 cannot run TypeScript itself.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const entry = process.argv[2] ?? new URL("./model.bench.ts", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lotrinh-bench-"));
const outfile = join(dir, "bench.mjs");
await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", target: "node20", outfile, logLevel: "error" });
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

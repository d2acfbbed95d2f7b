// Bundles a TypeScript bench with esbuild and runs it: Node 20 cannot run TypeScript itself.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const entry = process.argv[2] ?? new URL("./model.bench.ts", import.meta.url).pathname;
// Bundle beside the caller so that packages outside the bundle (native addons) resolve.
mkdirSync(join(process.cwd(), ".bench"), { recursive: true });
const dir = mkdtempSync(join(process.cwd(), ".bench", "run-"));
const outfile = join(dir, "bench.mjs");
// Production React, as users run it: the development build checks and warns on every render.
await build({
  entryPoints: [entry],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile,
  logLevel: "error",
  define: { "process.env.NODE_ENV": "\"production\"" },
  banner: { js: "import { createRequire } from \"node:module\"; const require = createRequire(import.meta.url);" },
});
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

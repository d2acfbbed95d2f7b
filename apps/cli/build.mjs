// Bundles the command line into dist/ (run by `npm install` through the root's prepare script).
// Each command, and mathjs, is imported lazily, so splitting puts them in chunks of their own
// and `lotrinh regions` never parses code it does not run.
import { build } from "esbuild";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");

/**
 * Another process may be running the command line (or building it) while this build runs:
 * build into a fresh directory and swap it in, so nobody sees a half-written dist/.
 * Chunk names carry a content hash, so an unchanged build swaps in identical files.
 */
function swapIn(fresh) {
  for (let attempt = 0; ; attempt++) {
    const old = `${dist}.old-${process.pid}-${attempt}`;
    if (existsSync(dist)) renameSync(dist, old);
    try {
      renameSync(fresh, dist);
      rmSync(old, { recursive: true, force: true });
      return;
    } catch (error) {
      rmSync(old, { recursive: true, force: true });
      // A concurrent build put its dist/ in place between the two renames: move it aside, retry.
      if (!["ENOTEMPTY", "EEXIST"].includes(error.code) || attempt > 5) throw error;
    }
  }
}

const fresh = mkdtempSync(join(here, ".dist-"));
try {
  const result = await build({
    absWorkingDir: here,
    entryPoints: { lotrinh: "src/main.ts" },
    outdir: fresh,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Native addons cannot be bundled: they load from node_modules at run time. ExcelJS (CommonJS,
    // with many dependencies) too: only the template and region commands load it.
    external: ["@resvg/resvg-js", "exceljs"],
    // React's production build: the development one checks and warns on every render.
    define: { "process.env.NODE_ENV": '"production"' },
    // CommonJS dependencies bundled into ESM call require() for Node built-ins; give them one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    metafile: true,
  });
  swapIn(fresh);
  if (process.argv.includes("--sizes"))
    for (const [file, output] of Object.entries(result.metafile.outputs))
      console.log(`${(output.bytes / 1024).toFixed(1).padStart(8)} KB  ${file.replace(/^\.dist-[^/]+/, "dist")}`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

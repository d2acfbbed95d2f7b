// `npm run preview [-- --png]`: bundles preview/renderPreview.tsx with esbuild (Node 20 cannot run
// .tsx itself), writes the SVGs to /tmp/charts-preview and, with --png, screenshots each with
// headless Chromium so that the Vietnamese text can be checked by eye.
// `npm run bench` (--bench) bundles and runs preview/bench.tsx instead.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const OUT = "/tmp/charts-preview";
const here = fileURLToPath(new URL(".", import.meta.url));
const entry = process.argv.includes("--bench") ? "bench" : "renderPreview";
const outfile = `/tmp/charts-preview-build/${entry}.mjs`;
await build({
  entryPoints: [`${here}${entry}.tsx`],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile,
  jsx: "automatic",
  logLevel: "warning",
  // Production React, as the CLI ships it: the throughput figure is meaningless with dev checks on.
  define: { "process.env.NODE_ENV": '"production"' },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
await import(outfile);

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
if (process.argv.includes("--png")) {
  if (!chromium) throw new Error("no Chromium found for --png");
  for (const file of readdirSync(OUT).filter((f) => f.endsWith(".svg"))) {
    const svg = readFileSync(`${OUT}/${file}`, "utf8");
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    execFileSync(chromium, [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
      `--screenshot=${OUT}/${file.replace(/\.svg$/, ".png")}`, `--window-size=${w ?? 900},${h ?? 500}`, `${OUT}/${file}`,
    ], { stdio: "ignore", timeout: 60_000 });
  }
  console.log(`PNG screenshots in ${OUT}`);
}

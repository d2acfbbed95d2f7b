import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import { regionsPlugin } from "./vite/regionsPlugin.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/**
 * Two pages, two builds into one dist/: `vite build` (the app, index.html) and then
 * `vite build --mode embed` (the chart embed, embed.html). Built together, the pages
 * would share chunks, and splitting core and charts out of the app's entry costs its
 * first load about 1 KB gzip; built apart, each has its own graph and its own budget.
 * The dev server serves both pages from one config.
 */
export default defineConfig(({ mode }) => {
  const embed = mode === "embed";
  return {
    plugins: [react(), regionsPlugin(), offlinePlugin(embed)],
    // Of three d3 modules the charts need a few functions: these files give the same results
    // (test/d3Shims.test.ts checks them against d3), and keep the rest out of the first load.
    resolve: {
      alias: {
        "d3-interpolate": page("vite/d3InterpolateNumbers.ts"),
        "d3-shape": page("vite/d3ShapeLinear.ts"),
        "d3-format": page("vite/d3FormatPrecision.ts"),
      },
    },
    // Seeds live in ../../seeds and core in ../../packages: the dev server must be allowed to read them.
    server: { fs: { allow: [repoRoot] } },
    preview: { host: "127.0.0.1" },
    // The risk worker is a module worker: its mathjs chunk (formulas) then loads only when used.
    worker: { format: "es" },
    build: {
      target: "es2022",
      // The embed build adds its files to the app's dist/.
      emptyOutDir: !embed,
      // Every es2022 browser supports <link rel="modulepreload">: no polyfill in the initial bundle.
      modulePreload: { polyfill: false },
      // mathjs (the lazy formula chunk, ~180 KB gzip) is large by nature and loads only for formulas.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        input: page(embed ? "embed.html" : "index.html"),
        output: {
          codeSplitting: {
            groups: [
              {
                // Everything the page imports statically is one chunk, the entry. Left to itself, rolldown
                // moves modules that lazy chunks (report, export, validation) share with the entry into
                // common chunks that its merge pass then fails to fold back (it refuses an intermediate
                // chunk cycle): more requests and about 1 KB gzip more on the first load.
                name: "first",
                tags: ["$initial"],
                // Core's zod schemas are statically in the graph (through core's index) but used only by
                // the validation chunk: they must not be captured, nor pulled in as dependencies.
                test: (id: string) => !/node_modules[\\/]zod[\\/]|packages[\\/]core[\\/]src[\\/](schema|formulas)[\\/]/.test(id),
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
        treeshake: {
          // Core is a set of pure modules, but its zod schemas are built at module top level, which a
          // bundler must assume has side effects. Declaring core side-effect free lets the schemas (and
          // zod, ~23 KB gzip) leave the initial bundle: they load with the lazy input-validation chunk.
          moduleSideEffects: [{ test: /packages[\\/](core|charts)[\\/]src[\\/]/, sideEffects: false }],
        },
      },
    },
  };
});

/**
 * The service worker (Workbox, through vite-plugin-pwa): it precaches every file of dist/, that is
 * the app, each lazy chunk (compare, report, export, English, formulas), the region data chunks,
 * the embed page and the WOFF2 fonts, so that after one visit everything works offline. Both builds
 * run it: the embed build comes second and writes the final sw.js over the whole of dist/. The page
 * registers it lazily (src/pwa/serviceWorker.ts) and offers "Có phiên bản mới — tải lại" on an update.
 */
function offlinePlugin(embed: boolean) {
  return VitePWA({
    registerType: "prompt",
    injectRegister: false,
    // The manifest is written once, by the app build; the embed page is not installable.
    manifest: embed
      ? false
      : {
          name: "Lộ Trình — mô phỏng chỉ tiêu nhiệm kỳ",
          short_name: "Lộ Trình",
          description: "Mô phỏng kịch bản tăng trưởng và chỉ tiêu nhiệm kỳ của tỉnh, thị xã",
          lang: "vi",
          dir: "ltr",
          start_url: "./",
          scope: "./",
          display: "standalone",
          background_color: "#ffffff",
          theme_color: "#1d4e89",
          icons: [
            { src: "pwa-192.png", sizes: "192x192", type: "image/png" },
            { src: "pwa-512.png", sizes: "512x512", type: "image/png" },
            { src: "maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
            { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
          ],
        },
    includeAssets: ["icon.svg", "apple-touch-icon.png"],
    workbox: {
      // WOFF files are the fallback of browsers without WOFF2, which predate service workers.
      globPatterns: ["**/*.{js,css,html,woff2,svg,png,webmanifest}"],
      // The formulas chunk (mathjs) is about 640 KB before compression.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // The embed reads its chart and language from the query: /embed.html?chart=… is embed.html.
      ignoreURLParametersMatching: [/./],
      navigateFallback: "index.html",
      navigateFallbackDenylist: [/embed\.html/],
      cleanupOutdatedCaches: true,
    },
  });
}

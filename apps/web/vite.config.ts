import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
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
    plugins: [react(), regionsPlugin()],
    // Seeds live in ../../seeds and core in ../../packages: the dev server must be allowed to read them.
    server: { fs: { allow: [repoRoot] } },
    preview: { host: "127.0.0.1" },
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

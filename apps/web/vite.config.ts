import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { regionsPlugin } from "./vite/regionsPlugin.ts";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  plugins: [react(), regionsPlugin()],
  // Seeds live in ../../seeds and core in ../../packages: the dev server must be allowed to read them.
  server: { fs: { allow: [repoRoot] } },
  preview: { host: "127.0.0.1" },
  build: {
    target: "es2022",
    // Every es2022 browser supports <link rel="modulepreload">: no polyfill in the initial bundle.
    modulePreload: { polyfill: false },
    // mathjs (the lazy formula chunk, ~180 KB gzip) is large by nature and loads only for formulas.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // Core is a set of pure modules, but its zod schemas are built at module top level, which a
        // bundler must assume has side effects. Declaring core side-effect free lets the schemas (and
        // zod, ~23 KB gzip) leave the initial bundle: they load with the lazy input-validation chunk.
        moduleSideEffects: [{ test: /packages[\\/](core|charts)[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});

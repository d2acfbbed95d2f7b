import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  plugins: [react()],
  // Region data lives in ../../seeds (imported by @lotrinh/core): the dev server must be allowed to read it.
  server: { fs: { allow: [repoRoot] } },
  build: { target: "es2022", sourcemap: false },
  preview: { host: "127.0.0.1", open: false },
});

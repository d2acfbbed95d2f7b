#!/usr/bin/env node
// The installed `lotrinh` command. The program itself is bundled into dist/ by
// build.mjs, which `npm install` runs (the repo root's prepare script).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/lotrinh.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("lotrinh: not built yet: run `npm install` in the repository root (it builds apps/cli/dist)\n");
  process.exit(1);
}
await import(bundle.href);

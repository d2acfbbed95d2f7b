import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Builds dist/ with the same script `npm install` runs, so the tests exercise what users run. */
export default function setup(): void {
  const build = fileURLToPath(new URL("../build.mjs", import.meta.url));
  execFileSync(process.execPath, [build], { stdio: "inherit" });
}

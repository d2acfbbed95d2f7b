import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appRoot } from "../scripts/serve.mjs";
import { gzipSize, initialScripts } from "../scripts/bundleSize.mjs";
import { hasBrowser } from "./app";

// The built app of globalSetup (built only where the browser tests run). `npm run bench` prints the
// figures; this pins the budget, so that an import that drags a lazy part into the first screen's
// code fails the tests rather than waiting for the next bench.
const dist = join(appRoot, "dist");

describe.skipIf(!hasBrowser)("the app's initial JavaScript", () => {
  it("stays within DESIGN's 120 kB gzip, without the charts' code (a chunk of its own)", () => {
    const scripts = initialScripts(dist, "index.html");
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, src) => sum + gzipSize(dist, src), 0);
    expect(total).toBeLessThanOrEqual(120_000);
    // The series layer's class names exist only in the charts package.
    for (const src of scripts) expect(readFileSync(join(dist, src.replace(/^\//, "")), "utf8")).not.toContain("series__line--");
  });
});

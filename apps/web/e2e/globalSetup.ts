import type { TestProject } from "vitest/node";
import { buildApp, CHROMIUM, hasChromium, serveDist } from "../scripts/serve.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    chromium: boolean;
  }
}

/** Builds the app once and serves dist/ for every test file; skips (or, on CI, fails) without Chromium. */
export default async function setup(project: TestProject) {
  if (!hasChromium()) {
    const message = `End-to-end tests need Chromium at ${CHROMIUM} (apt-get install -y chromium).`;
    if (process.env.CI) throw new Error(`${message} CI is set, so this is a failure.`);
    console.warn(`\n⚠ ${message} Skipping them.\n`);
    project.provide("chromium", false);
    project.provide("baseURL", "");
    return;
  }
  await buildApp();
  const server = await serveDist();
  project.provide("chromium", true);
  project.provide("baseURL", server.url);
  return () => server.close();
}

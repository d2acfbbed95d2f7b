import { defineConfig } from "vitest/config";

// End-to-end tests: the built app served by `vite preview`, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each test starts its own Chromium: two files at a time keep a small machine responsive.
    maxWorkers: 2,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The tests run the built binary: build it once before any of them.
    globalSetup: ["test/global-setup.ts"],
    env: { TZ: "Asia/Ho_Chi_Minh" },
    testTimeout: 20_000,
  },
});

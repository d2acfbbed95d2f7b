import { defineConfig } from "vitest/config";

// Unit tests: pure state modules in Node (no DOM, no browser). The end-to-end suite has its own config.
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node", env: { TZ: "Asia/Ho_Chi_Minh" } },
});

import { defineConfig } from "vitest/config";

// A pinned time zone keeps any date text in snapshots stable across machines.
export default defineConfig({
  test: { include: ["test/**/*.test.{ts,tsx}"], environment: "node", env: { TZ: "Asia/Ho_Chi_Minh" } },
});

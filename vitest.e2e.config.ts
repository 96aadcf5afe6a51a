import { defineConfig } from "vitest/config";

// Browser tests: the real server on a local port, driven by Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

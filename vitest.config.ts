import { defineConfig } from "vitest/config";

// Node-side tests (unit + API through app.request). The Workers smoke test has its own config
// (vitest.workers.config.ts) because it runs inside workerd.
export default defineConfig({
  test: {
    include: [
      "test/{unit,api,security,catalog,registry,incidents,liability,law,core,web,compensation}/**/*.test.ts",
    ],
    pool: "threads",
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

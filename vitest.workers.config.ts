import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Workers smoke tests: run inside real workerd (Miniflare) with a local D1 database, using
// wrangler.toml for main, compatibility date/flags, the DB binding and vars. The drizzle
// migrations are read here (Node side) and applied in test/workers/apply-migrations.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(fileURLToPath(new URL("./drizzle", import.meta.url)));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        // Everything is local: no remote proxy session (this also keeps tests offline).
        remoteBindings: false,
        miniflare: {
          bindings: {
            NODE_ENV: "test",
            JWT_SECRET: "workers-smoke-test-secret-0123456789abcdef",
            DATA_ENCRYPTION_KEY: "d29ya2Vycy1zbW9rZS10ZXN0LWRhdGEta2V5LTMyYnk",
            TEST_MIGRATIONS: migrations,
          },
        },
      }),
    ],
    test: {
      include: ["test/workers/**/*.test.ts"],
      setupFiles: ["./test/workers/apply-migrations.ts"],
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  };
});

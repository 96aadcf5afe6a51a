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
            // A throwaway Ed25519 key (PKCS8, base64 DER) for signed audit checkpoints.
            AUDIT_SIGNING_KEY: "MC4CAQAwBQYDK2VwBCIEIPJmtlHBf6fJZUtpXOA1P0yYBZzGFrGw9kp0k8wbPPB3",
            TEST_MIGRATIONS: migrations,
            // The smoke test files 120 anonymous incidents from one (unknown) address;
            // rate-limit.test.ts runs the lookup limit down quickly.
            RATE_LIMIT_ANON_WRITES: "1000",
            RATE_LIMIT_RECEIPT_LOOKUPS: "3",
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

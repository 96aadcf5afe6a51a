/// <reference types="@cloudflare/vitest-pool-workers/types" />

// Bindings the Workers tests see (wrangler.toml vars + vitest.workers.config.ts test bindings).
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    NODE_ENV: string;
    JWT_SECRET: string;
    JWT_ISSUER: string;
    JWT_AUDIENCE: string;
    DATA_ENCRYPTION_KEY: string;
    AUDIT_SIGNING_KEY: string;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}

import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Setup file: runs inside workerd before each test file; the same drizzle/ migrations that
// `wrangler d1 migrations apply` uses, applied to the local D1 database (idempotent).
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

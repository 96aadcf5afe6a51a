import { createApp } from "./app";
import { type Config, ConfigError, parseConfig } from "./config";
import { makeDeps } from "./deps";
import { seedCatalog } from "./modules/catalog";
import type { Db } from "./platform/db/client";
import { createCommitQueue } from "./platform/db/group-commit";
import { commitGroup } from "./platform/db/group-runner";
import { drizzleD1Db, drizzleLibsqlHttp } from "./platform/db/worker-client";
import { cloudflarePeerAddress, createClientAddressResolver } from "./platform/http/client-address";
import { toProblemBody } from "./platform/http/problem";
import { REQUEST_ID_HEADER, requestIdFrom } from "./platform/log/request-log";

/**
 * Cloudflare Workers entry. Bindings: `DB` (D1) or `DATABASE_URL` (+ `DATABASE_AUTH_TOKEN`) for
 * libSQL/Turso over HTTP; vars and secrets as in src/config.ts. `NODE_ENV` defaults to "production"
 * here, so a deployed Worker never falls back to the development JWT secret or data key.
 *
 * Migrations are not applied at request time: run `wrangler d1 migrations apply <db> --remote`
 * (wrangler.toml points `migrations_dir` at drizzle/), or `drizzle-kit migrate` for Turso.
 * The WHO catalog is seeded once per isolate (idempotent: it checks catalog_meta first).
 */
export interface WorkerEnv {
  DB?: D1Database;
  NODE_ENV?: string;
  DATABASE_URL?: string;
  DATABASE_AUTH_TOKEN?: string;
  JWT_SECRET?: string;
  JWKS_URL?: string;
  JWT_ISSUER?: string;
  JWT_AUDIENCE?: string;
  JWT_MAX_TTL_SECONDS?: string;
  JWT_CLOCK_SKEW_SECONDS?: string;
  IDENTITY_HMAC_KEY?: string;
  DATA_ENCRYPTION_KEY?: string;
  SUPPRESSION_K?: string;
  TRUSTED_PROXY_HEADER?: string;
  TRUSTED_PROXY_ADDRESSES?: string;
  RATE_LIMIT_WINDOW_SECONDS?: string;
  RATE_LIMIT_ANON_WRITES?: string;
  RATE_LIMIT_RECEIPT_LOOKUPS?: string;
  RATE_LIMIT_ANON_BYTES_PER_DAY?: string;
  AUDIT_SIGNING_KEY?: string;
  AUDIT_CHECKPOINT_EVERY?: string;
  AUDIT_CHECKPOINT_MINUTES?: string;
  LOG_LEVEL?: string;
}

type App = ReturnType<typeof createApp>;

const ENV_VARS = [
  "NODE_ENV",
  "DATABASE_URL",
  "DATABASE_AUTH_TOKEN",
  "JWT_SECRET",
  "JWKS_URL",
  "JWT_ISSUER",
  "JWT_AUDIENCE",
  "JWT_MAX_TTL_SECONDS",
  "JWT_CLOCK_SKEW_SECONDS",
  "IDENTITY_HMAC_KEY",
  "DATA_ENCRYPTION_KEY",
  "SUPPRESSION_K",
  "TRUSTED_PROXY_HEADER",
  "TRUSTED_PROXY_ADDRESSES",
  "RATE_LIMIT_WINDOW_SECONDS",
  "RATE_LIMIT_ANON_WRITES",
  "RATE_LIMIT_RECEIPT_LOOKUPS",
  "RATE_LIMIT_ANON_BYTES_PER_DAY",
  "AUDIT_SIGNING_KEY",
  "AUDIT_CHECKPOINT_EVERY",
  "AUDIT_CHECKPOINT_MINUTES",
  "LOG_LEVEL",
] as const;

/** Only string vars/secrets go to the config schema; bindings (D1, …) are objects. */
export function workerConfig(env: WorkerEnv): Config {
  const raw: Record<string, string | undefined> = { NODE_ENV: "production" };
  for (const name of ENV_VARS) {
    const value = env[name];
    if (typeof value === "string" && value !== "") raw[name] = value;
  }
  const config = parseConfig(raw);
  if (!env.DB && !/^(libsql|https?|wss?):\/\//.test(raw.DATABASE_URL ?? "")) {
    throw new ConfigError([
      {
        variable: "DATABASE_URL",
        message: "without a D1 binding named DB, must be a libsql:// or https:// URL (Turso over HTTP)",
      },
    ]);
  }
  return config;
}

function openDb(env: WorkerEnv, config: Config): Db {
  if (env.DB) return drizzleD1Db(env.DB);
  return drizzleLibsqlHttp(config.databaseUrl, config.databaseAuthToken);
}

async function buildApp(env: WorkerEnv): Promise<App> {
  const config = workerConfig(env);
  for (const warning of config.warnings) console.warn(`warning: ${warning}`);
  const db = openDb(env, config);
  await seedCatalog(db);
  // Cloudflare's edge sets CF-Connecting-IP (clients cannot), so rate limits key on it.
  const clientAddress = createClientAddressResolver(config, cloudflarePeerAddress);
  // Log lines (JSON, at LOG_LEVEL) go to the console, which Workers Logs stores with their fields.
  // No group commit here: a D1/Turso call must run in the request that owns it, so concurrent requests
  // of an isolate cannot share one batch. Each filing is its own batch (one round trip), as before.
  return createApp(
    makeDeps(db, config, {
      clientAddress,
      commits: createCommitQueue({ grouping: false, run: commitGroup }),
    }),
  );
}

// Per isolate: config parsed, catalog ensured and app built once, on the first request. A failed
// start-up is not cached, so the next request retries (e.g. after `wrangler d1 migrations apply`).
let appPromise: Promise<App> | undefined;

function getApp(env: WorkerEnv): Promise<App> {
  appPromise ??= buildApp(env).catch((error: unknown) => {
    appPromise = undefined;
    throw error;
  });
  return appPromise;
}

function startupFailure(request: Request, error: unknown): Response {
  if (error instanceof ConfigError) {
    for (const p of error.problems) console.error(`Invalid environment variable ${p.variable}: ${p.message}`);
  } else {
    console.error("Failed to start:", error);
  }
  // Same problem+json shape (request id included) as the app's errors; the details stay in the logs.
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER) ?? undefined);
  const body = toProblemBody(
    503,
    "unavailable",
    "The service is not configured or its database is not ready",
    new URL(request.url).pathname,
    undefined,
    { request_id: requestId },
  );
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: {
      "content-type": "application/problem+json",
      "retry-after": "30",
      [REQUEST_ID_HEADER]: requestId,
    },
  });
}

export default {
  async fetch(request, env, ctx) {
    let app: App;
    try {
      app = await getApp(env);
    } catch (error) {
      return startupFailure(request, error);
    }
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;

import { createApp } from "../../src/app";
import { type Config, parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { seedCatalog } from "../../src/modules/catalog";
import { nodeWebAssets } from "../../src/node-web-assets";
import type { Role } from "../../src/platform/auth/principal";
import { signToken } from "../../src/platform/auth/tokens";
import { fixedClock } from "../../src/platform/clock";
import { openNodeDb } from "../../src/platform/db/node-client";
import { createLogger } from "../../src/platform/log/logger";
import { errorLogger } from "../../src/platform/log/unexpected-error";

export const TEST_NOW = "2026-06-01T12:00:00.000Z";

/** A fresh app on its own in-memory database, catalog seeded, clock frozen. */
export async function createTestApp(
  options: { now?: string; env?: Record<string, string>; databaseUrl?: string } = {},
) {
  const config: Config = parseConfig({ NODE_ENV: "test", DATABASE_URL: ":memory:", ...options.env });
  // A file URL when a test must open the same database from outside the app (e.g. the audit:verify CLI).
  const { db, readRows, close } = await openNodeDb(options.databaseUrl ?? ":memory:");
  await seedCatalog(db);
  const clock = fixedClock(options.now ?? TEST_NOW);
  const errors: unknown[] = [];
  // Log lines are captured, never printed; LOG_LEVEL (default silent under NODE_ENV=test) filters them.
  const logs: string[] = [];
  const log = createLogger(config.logLevel, (_level, line) => logs.push(line), clock);
  const logError = (error: unknown, context: Record<string, unknown>) => {
    errors.push(error);
    errorLogger(log)(error, context);
  };
  const app = createApp(makeDeps(db, config, { readRows, clock, log, logError, webAssets: nodeWebAssets() }));

  const token = (role: Role, actorId?: string, extra: { sub?: string; ttl?: number; fundId?: string } = {}) =>
    signToken(config.jwt, { role, ...(actorId ? { actorId } : {}), ...extra }, clock.now());

  /** JSON request helper: `as` is a role (optionally with an actor) or a raw token or nothing. */
  async function call(
    method: string,
    path: string,
    init: {
      body?: unknown;
      as?: Role | { role: Role; actorId?: string; sub?: string; fundId?: string } | { token: string };
      headers?: Record<string, string>;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers["content-type"] ??= "application/json";
    if (init.as) {
      if (typeof init.as === "string") headers.authorization = `Bearer ${await token(init.as)}`;
      else if ("token" in init.as) headers.authorization = `Bearer ${init.as.token}`;
      else
        headers.authorization = `Bearer ${await token(init.as.role, init.as.actorId, {
          ...(init.as.sub ? { sub: init.as.sub } : {}),
          ...(init.as.fundId ? { fundId: init.as.fundId } : {}),
        })}`;
    }
    const res = await app.request(path, {
      method,
      headers,
      ...(init.body !== undefined
        ? { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }
        : {}),
    });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  /** The captured log lines, parsed. */
  const logLines = () => logs.map((line) => JSON.parse(line) as Record<string, unknown>);

  return { app, db, readRows, clock, config, token, call, errors, logs, logLines, close };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

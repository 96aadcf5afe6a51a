import { createHmac } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { AppEnv } from "../../deps";
import type { Principal } from "../auth/principal";
import { callerSub } from "../auth/principal";
import { canonicalJson, sha256Hex } from "../crypto/hash";
import { dataKey, deriveKey, openJson, sealJson } from "../crypto/jwe";
import type { InsertShape, QueryShape } from "../db/prepared-statements";
import { idempotencyKeys } from "../db/schema";
import { AppError, invalidInput } from "../errors";

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Long enough that one client cannot guess another's key (anonymous callers share a namespace). */
const KEY_PATTERN = /^[\x21-\x7e]{16,255}$/;

/**
 * A secret (base64url, 256 bits) derived from the data key, the caller's scope and the raw
 * Idempotency-Key under `purpose`: only the server and whoever holds that key can compute it, so a
 * response can carry it (e.g. a receipt token) without it being stored. Undefined without a key.
 */
export type KeySecret = (purpose: string) => string | undefined;

export interface Idempotency<S> {
  secret: KeySecret;
  /** The stored value of an earlier identical request with the same key; replay it, create nothing. */
  replay: S | undefined;
  /** Statements that record `stored` under the key; put them in the SAME batch as the write. */
  record(stored: S, status: number): Promise<BatchItem<"sqlite">[]>;
  /**
   * After a failed batch: when a concurrent twin with the same key won the race, returns its stored
   * value (our batch rolled back, so nothing was created twice); otherwise rethrows.
   */
  recover(error: unknown): Promise<S>;
}

/** Every creating POST with a key records one: rendered once per app (db/prepared-statements.ts). */
const RECORD: InsertShape<typeof idempotencyKeys> = { table: idempotencyKeys };

/** The stored response of a key, looked up on every keyed POST: prepared once per app. */
const LOOKUP = {
  build: (db) =>
    db
      .select()
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.scope, sql.placeholder("scope")),
          eq(idempotencyKeys.key, sql.placeholder("key")),
        ),
      )
      .prepare(),
} satisfies QueryShape<unknown>;

const callerScope = (scope: string, p: Principal) => `${scope}|${callerSub(p)}`;

/**
 * Idempotency-Key support for creating POSTs (draft-ietf-httpapi-idempotency-key-header). The key is
 * stored only as a hash and the stored response is sealed (JWE) with a key derived from the raw
 * Idempotency-Key and the data key, so responses carrying secrets (e.g. a receipt token shown once)
 * are not readable from the database alone; or, for a route that stores no secret (`sealed: false`),
 * kept as plain JSON. Same key + different body → 422.
 */
async function idempotency<S>(
  c: Context<AppEnv>,
  scope: string,
  request: unknown,
  sealed: boolean,
): Promise<Idempotency<S>> {
  const raw = c.req.header(IDEMPOTENCY_HEADER);
  const none: Idempotency<S> = {
    secret: () => undefined,
    replay: undefined,
    record: async () => [],
    recover: async (error) => {
      throw error;
    },
  };
  if (raw === undefined) return none;
  if (!KEY_PATTERN.test(raw)) {
    throw invalidInput("header", "Idempotency-Key", "must be 16-255 visible ASCII characters (use a UUID)");
  }
  const deps = c.get("deps");
  const fullScope = callerScope(scope, c.get("principal"));
  const keyHash = await sha256Hex(`${fullScope}|${raw}`);
  const requestHash = await sha256Hex(canonicalJson(request));
  const key = dataKey(deps.config.dataEncryptionKey);
  const sealKey = () => deriveKey(key, "idempotency", fullScope, raw);

  const lookup = async (): Promise<S | undefined> => {
    const [row] = await deps.prepared.query(deps.db, LOOKUP).all({ scope: fullScope, key: keyHash });
    if (!row) return undefined;
    if (row.requestHash !== requestHash) {
      throw new AppError(
        "idempotency_key_reused",
        "This Idempotency-Key was already used with a different request body",
      );
    }
    // An unsealed record is plain JSON; a sealed one a JWE (whichever the route stored it as).
    return row.body.startsWith("{") ? (JSON.parse(row.body) as S) : openJson<S>(await sealKey(), row.body);
  };

  return {
    // HMAC (node:crypto: synchronous, as hash.ts) keyed by the data key; the parts NUL-separated.
    secret: (purpose) =>
      createHmac("sha256", key).update(`${purpose}\0${fullScope}\0${raw}`).digest("base64url"),
    replay: await lookup(),
    record: async (stored, status) => [
      deps.prepared.insert(deps.db, RECORD, {
        scope: fullScope,
        key: keyHash,
        requestHash,
        status,
        body: sealed ? await sealJson(await sealKey(), stored) : JSON.stringify(stored),
        createdAt: deps.clock.now().toISOString(),
      }),
    ],
    recover: async (error) => {
      const winner = await lookup();
      if (winner === undefined) throw error;
      return winner;
    },
  };
}

/**
 * The one Idempotency-Key path for every creating POST. `create` gets `record(stored)`, whose
 * statements it must put in its own write batch, and returns what it stored; a replay (or the twin
 * that lost a race, whose batch rolled back) answers `render` of the first request's stored value,
 * with `Idempotent-Replayed: true`. `stored` is sealed at rest, so it may carry a secret shown once;
 * a route whose secret is the key's own (`secret`, passed to both) stores nothing secret and may
 * leave it unsealed (`sealed: false`), which spares two Web Crypto jobs per request.
 */
export async function idempotentWrite<S>(
  c: Context<AppEnv>,
  scope: string,
  input: unknown,
  create: (record: (stored: S) => Promise<BatchItem<"sqlite">[]>, secret: KeySecret) => Promise<S>,
  render: (stored: S, secret: KeySecret) => Response | Promise<Response>,
  options: { sealed?: boolean } = {},
): Promise<Response> {
  const idem = await idempotency<S>(c, scope, input, options.sealed ?? true);
  if (idem.replay !== undefined) {
    c.header("Idempotent-Replayed", "true");
    return render(idem.replay, idem.secret);
  }
  let stored: S;
  try {
    stored = await create((value) => idem.record(value, 201), idem.secret);
  } catch (error) {
    const winner = await idem.recover(error);
    c.header("Idempotent-Replayed", "true");
    return render(winner, idem.secret);
  }
  return render(stored, idem.secret);
}

/** `idempotentWrite` for creations whose response can be rebuilt from the new row's id. */
export function idempotentCreate(
  c: Context<AppEnv>,
  scope: string,
  input: unknown,
  create: (record: (id: string) => Promise<BatchItem<"sqlite">[]>) => Promise<string>,
  render: (id: string) => Promise<Response>,
): Promise<Response> {
  return idempotentWrite<{ id: string }>(
    c,
    scope,
    input,
    async (record) => ({ id: await create((id) => record({ id })) }),
    (stored) => render(stored.id),
  );
}

/** For writes that must never happen twice (a payment): the key is not optional there. */
export function requireIdempotencyKey(c: Context<AppEnv>) {
  if (c.req.header(IDEMPOTENCY_HEADER) === undefined) {
    throw invalidInput(
      "header",
      "Idempotency-Key",
      "is required here, so that a retried request is never carried out twice",
    );
  }
}

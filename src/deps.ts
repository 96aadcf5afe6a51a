import type { Config } from "./config";
import { fundExists } from "./modules/compensation";
import type { FrozenAssessments } from "./modules/incidents";
import { productIncidentCounts } from "./modules/incidents";
import type { Rulesets } from "./modules/liability";
import { frozenAssessments } from "./modules/liability";
import type { ProductIncidentCountsOf } from "./modules/registry";
import { actorRoles } from "./modules/registry";
import type { WebAssets } from "./modules/web";
import { type AuditSigner, createAuditSigner } from "./platform/audit/signer";
import { createActorCheck } from "./platform/auth/actor-check";
import { createSubjectPseudonymizer } from "./platform/auth/identity";
import type { Principal } from "./platform/auth/principal";
import { createTokenVerifier, type TokenVerifier } from "./platform/auth/tokens";
import { type Clock, systemClock } from "./platform/clock";
import { createDataKeyring } from "./platform/crypto/jwe";
import type { Db } from "./platform/db/client";
import type { AuditedWrite } from "./platform/db/commit";
import { type CommitQueue, createCommitQueue } from "./platform/db/group-commit";
import { commitGroup } from "./platform/db/group-runner";
import { createDatabasePing } from "./platform/db/ping";
import { createPreparedStatements, type PreparedStatements } from "./platform/db/prepared-statements";
import {
  type ReadPreparer,
  type RowReader,
  valuesReadPreparer,
  valuesRowReader,
} from "./platform/db/row-reader";
import type { ClientAddressResolver } from "./platform/http/client-address";
import { createReadCache, createStateVersion, type ReadCache } from "./platform/http/conditional";
import { createLogger, type Logger } from "./platform/log/logger";
import { errorLogger } from "./platform/log/unexpected-error";

/** Everything the app needs from the outside world, injected by the entry point (or a test). */
export interface Deps {
  db: Db;
  /** Bulk reads of raw rows (exports); drizzle's `values()` unless the entry point has a faster one. */
  readRows: RowReader;
  clock: Clock;
  config: Config;
  verifyToken: TokenVerifier;
  /** Signs audit checkpoints (Ed25519, key from config). */
  auditSigner: AuditSigner;
  /** The data encryption key as a CryptoKey, imported once (platform/crypto/jwe.ts). */
  dataKey: () => Promise<CryptoKey>;
  /** JSON-lines logger at `LOG_LEVEL` (src/platform/log/): one line per request, unexpected errors. */
  log: Logger;
  /** Logs unexpected errors; the response never carries their text. */
  logError: (error: unknown, context: Record<string, unknown>) => void;
  /** Causality ruleset files (name → JSON); the bundled ones when omitted. Validated by createApp. */
  rulesetSources?: Readonly<Record<string, unknown>>;
  /** Incidents' frozen causality assessments, for the FHIR export (the liability module's queries). */
  frozenAssessments: FrozenAssessments;
  /** A product's suppressed incident counts for its public record (the incidents module's query). */
  productIncidentCounts: ProductIncidentCountsOf;
  /** Client network address for per-client rate limits; by default the trusted proxy header or the Node socket. */
  clientAddress?: ClientAddressResolver;
  /** Package files the pages serve (the API reference bundle); read from node_modules under Node. */
  webAssets?: WebAssets;
  /**
   * The write queue every audited commit goes through (platform/db/group-commit.ts): concurrent writes
   * share one batch on Node; on the Worker (`grouping: false`) each request commits its own.
   */
  commits: CommitQueue<AuditedWrite>;
  /** Hot inserts rendered once and then only bound (platform/db/prepared-statements.ts). */
  prepared: PreparedStatements;
  /** Rendered public read models (the product page), valid per state version (platform/http/conditional.ts). */
  readCache: ReadCache;
  /** The stored state's version (the audit chain head), for conditional reads (platform/http/conditional.ts). */
  stateVersion: () => Promise<string>;
  /** Proves the database answers (GET /health); rejects when it does not. */
  pingDatabase: () => Promise<void>;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    principal: Principal;
    rulesets: Rulesets;
    /** This exchange's `X-Request-Id` (src/platform/log/request-log.ts). */
    requestId: string;
  };
}

/**
 * The standard wiring of an entry point: system clock, the configured token verifier, JSON log lines
 * (requests and unexpected errors) to the console at LOG_LEVEL. Tests and tools override what they
 * need (a frozen clock, a capturing logger).
 */
export function makeDeps(
  db: Db,
  config: Config,
  overrides: Partial<Omit<Deps, "db" | "config">> & { prepareRead?: ReadPreparer } = {},
): Deps {
  const { prepareRead = valuesReadPreparer(db), ...replaced } = overrides;
  const log = overrides.log ?? createLogger(config.logLevel, undefined, overrides.clock ?? systemClock);
  return {
    db,
    config,
    clock: systemClock,
    // The verifier judges token times by the app's clock (a frozen one in tests) and checks the actor.
    verifyToken: createTokenVerifier(config.jwt, {
      clock: overrides.clock ?? systemClock,
      pseudonymize: createSubjectPseudonymizer(config),
      checkActor: createActorCheck((actorId) => actorRoles(db, actorId)),
      fundExists: (fundId) => fundExists(db, fundId),
    }),
    log,
    logError: errorLogger(log),
    auditSigner: createAuditSigner(config.auditCheckpoints.signingKey),
    dataKey: createDataKeyring(config.dataEncryptionKey),
    readRows: valuesRowReader(db),
    productIncidentCounts,
    frozenAssessments,
    readCache: createReadCache(),
    stateVersion: createStateVersion(db, prepareRead),
    pingDatabase: createDatabasePing(prepareRead),
    commits: createCommitQueue({ grouping: true, run: commitGroup }),
    prepared: createPreparedStatements(),
    ...replaced,
  };
}

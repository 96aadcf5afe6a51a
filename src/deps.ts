import { type AuditSigner, createAuditSigner } from "./audit/signer";
import { createActorCheck } from "./auth/actor-check";
import { createSubjectPseudonymizer } from "./auth/identity";
import type { Principal } from "./auth/principal";
import { createTokenVerifier, type TokenVerifier } from "./auth/tokens";
import type { Config } from "./config";
import type { Db } from "./db/client";
import type { ClientAddressResolver } from "./lib/client-address";
import { type Clock, systemClock } from "./lib/clock";
import { createLogger, type Logger } from "./lib/log/logger";
import { errorLogger } from "./lib/log/unexpected-error";
import type { Rulesets } from "./routes/rulesets/load";

/** Everything the app needs from the outside world, injected by the entry point (or a test). */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  verifyToken: TokenVerifier;
  /** Signs audit checkpoints (Ed25519, key from config). */
  auditSigner: AuditSigner;
  /** JSON-lines logger at `LOG_LEVEL` (src/lib/log/): one line per request, unexpected errors. */
  log: Logger;
  /** Logs unexpected errors; the response never carries their text. */
  logError: (error: unknown, context: Record<string, unknown>) => void;
  /** Causality ruleset files (name → JSON); the bundled ones when omitted. Validated by createApp. */
  rulesetSources?: Readonly<Record<string, unknown>>;
  /** Client network address for per-client rate limits; by default the trusted proxy header or the Node socket. */
  clientAddress?: ClientAddressResolver;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    principal: Principal;
    rulesets: Rulesets;
    /** This exchange's `X-Request-Id` (src/lib/log/request-log.ts). */
    requestId: string;
  };
}

/**
 * The standard wiring of an entry point: system clock, the configured token verifier, JSON log lines
 * (requests and unexpected errors) to the console at LOG_LEVEL. Tests and tools override what they
 * need (a frozen clock, a capturing logger).
 */
export function makeDeps(db: Db, config: Config, overrides: Partial<Omit<Deps, "db" | "config">> = {}): Deps {
  const log = overrides.log ?? createLogger(config.logLevel, undefined, overrides.clock ?? systemClock);
  return {
    db,
    config,
    clock: systemClock,
    // The verifier judges token times by the app's clock (a frozen one in tests) and checks the actor.
    verifyToken: createTokenVerifier(config.jwt, {
      clock: overrides.clock ?? systemClock,
      pseudonymize: createSubjectPseudonymizer(config),
      checkActor: createActorCheck(db),
    }),
    log,
    logError: errorLogger(log),
    auditSigner: createAuditSigner(config.auditCheckpoints.signingKey),
    ...overrides,
  };
}

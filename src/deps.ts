import { type AuditSigner, createAuditSigner } from "./audit/signer";
import { createActorCheck } from "./auth/actor-check";
import { createSubjectPseudonymizer } from "./auth/identity";
import type { Principal } from "./auth/principal";
import { createTokenVerifier, type TokenVerifier } from "./auth/tokens";
import type { Config } from "./config";
import type { Db } from "./db/client";
import type { ClientAddressResolver } from "./lib/client-address";
import { type Clock, systemClock } from "./lib/clock";
import type { Rulesets } from "./routes/rulesets/load";

/** Everything the app needs from the outside world, injected by the entry point (or a test). */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  verifyToken: TokenVerifier;
  /** Signs audit checkpoints (Ed25519, key from config). */
  auditSigner: AuditSigner;
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
  };
}

/**
 * The standard wiring of an entry point: system clock, the configured token verifier, unexpected
 * errors to the console. Tests and tools override what they need (a frozen clock, a quiet logger).
 */
export function makeDeps(db: Db, config: Config, overrides: Partial<Omit<Deps, "db" | "config">> = {}): Deps {
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
    logError: (error, context) => console.error("unexpected error", context, error),
    auditSigner: createAuditSigner(config.auditCheckpoints.signingKey),
    ...overrides,
  };
}

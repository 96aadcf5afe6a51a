import type { Principal } from "./auth/principal";
import type { TokenVerifier } from "./auth/tokens";
import type { Config } from "./config";
import type { Db } from "./db/client";
import type { Clock } from "./lib/clock";
import type { Rulesets } from "./routes/rulesets/load";

/** Everything the app needs from the outside world, injected by the entry point (or a test). */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  verifyToken: TokenVerifier;
  /** Logs unexpected errors; the response never carries their text. */
  logError: (error: unknown, context: Record<string, unknown>) => void;
  /** Causality ruleset files (name → JSON); the bundled ones when omitted. Validated by createApp. */
  rulesetSources?: Readonly<Record<string, unknown>>;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    principal: Principal;
    rulesets: Rulesets;
  };
}

import { ProblemError } from "../http/problem";
import type { ValueChainRole } from "./principal";
import { unauthorized } from "./tokens";

/** Confirms that a value-chain token's actor exists and holds the token's role, or throws. */
export type ActorCheck = (actorId: string, role: ValueChainRole) => Promise<void>;

/**
 * A signature proves who issued a token, not that its `actor_id` and `role` match the register:
 * an issuer mistake (or a token outliving a role change) must not let a deployer register products
 * as a developer, or a deleted/unknown organisation act at all.
 *
 * - Unknown actor → 401: the credential names no principal this registry knows, so it does not
 *   authenticate anyone (the client needs a different token, not different permissions).
 * - Known actor without that role → 403 `insufficient_scope`: the caller is identified, but the
 *   register does not grant it the role the token claims (RFC 6750 §3.1).
 *
 * One primary-key lookup per authenticated value-chain request (it is on the hot path), and none for
 * other roles. Read on every request rather than cached, so a role change takes effect at once.
 */
export function createActorCheck(
  /** The roles the register gives an actor, or undefined for an unknown actor (the registry's query). */
  rolesOf: (actorId: string) => Promise<readonly string[] | undefined>,
): ActorCheck {
  return async (actorId, role) => {
    const roles = await rolesOf(actorId);
    if (!roles) throw unauthorized("The token's actor_id names no registered actor");
    if (!roles.includes(role)) {
      const detail = `The actor is not registered in the ${role} role the token claims`;
      throw new ProblemError(403, "forbidden", detail, {
        headers: {
          "WWW-Authenticate": `Bearer realm="lmm-registry", error="insufficient_scope", error_description="${detail}"`,
        },
      });
    }
  };
}

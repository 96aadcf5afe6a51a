import { type Role, VALUE_CHAIN_ROLES, type ValueChainRole } from "./roles";

export { ROLES, type Role, VALUE_CHAIN_ROLES, type ValueChainRole } from "./roles";

export type Principal =
  | { kind: "anonymous" }
  | {
      kind: "user";
      /**
       * The caller's stable pseudonym, `hmac:…` (see auth/identity.ts), never the token's raw `sub`:
       * the verifier keeps the raw claim to itself, so no write site can store it by mistake.
       */
      sub: string;
      role: Role;
      /** Set only for value-chain roles, and only after the register confirmed the actor holds the role. */
      actorId: string | undefined;
      /** Set only for fund_admin tokens naming a registered fund (`fund_id` claim): the fund it manages. */
      fundId?: string | undefined;
    };

export const ANONYMOUS: Principal = { kind: "anonymous" };

/** Who may call a route: the public (anyone, token or not) or an explicit list of roles. */
export type Access = "public" | readonly Role[];

export const isValueChainRole = (role: Role): role is ValueChainRole =>
  (VALUE_CHAIN_ROLES as readonly Role[]).includes(role);

export const hasRole = (p: Principal, ...roles: Role[]): boolean =>
  p.kind === "user" && roles.includes(p.role);

/** The actor organisation a caller acts for, if any. */
export const actingActorId = (p: Principal): string | undefined =>
  p.kind === "user" && isValueChainRole(p.role) ? p.actorId : undefined;

/** The compensation fund a fund administrator manages, if the token names one. */
export const managedFundId = (p: Principal): string | undefined =>
  p.kind === "user" && p.role === "fund_admin" ? p.fundId : undefined;

/** Audit identity: who did it (the `hmac:` pseudonym, never the raw `sub`), in which role. */
export const auditIdentity = (p: Principal) => ({ sub: callerSub(p), role: callerRole(p) });

/**
 * The one way a stored row names who wrote it: the caller's pseudonym, or "anonymous". Every
 * `*_by_sub` column and the idempotency scope use it, so "the same caller" means the same everywhere.
 */
export const callerSub = (p: Principal): string => (p.kind === "user" ? p.sub : "anonymous");

/** The role a stored row records for its writer; "public" for a caller without a token. */
export const callerRole = (p: Principal): Role | "public" => (p.kind === "user" ? p.role : "public");

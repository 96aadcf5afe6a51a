import * as jose from "jose";
import type { Config } from "../../config";
import type { Clock } from "../clock";
import { ProblemError } from "../http/problem";
import type { ActorCheck } from "./actor-check";
import type { SubjectPseudonymizer } from "./identity";
import { isValueChainRole, type Principal, ROLES, type Role } from "./principal";

export type TokenVerifier = (token: string) => Promise<Principal>;

export const unauthorized = (detail: string, error = "invalid_token") =>
  new ProblemError(401, "unauthorized", detail, {
    headers: {
      "WWW-Authenticate": `Bearer realm="lmm-registry", error="${error}", error_description="${detail}"`,
    },
  });

export interface VerifierOptions {
  /** The app's clock, so `exp`/`nbf`/`iat` are judged against the same time as everything else. */
  clock: Clock;
  pseudonymize: SubjectPseudonymizer;
  checkActor: ActorCheck;
  /** Whether a fund exists: a fund_admin token's `fund_id` must name one (else 401, like an unknown actor). */
  fundExists: (fundId: string) => Promise<boolean>;
}

/**
 * Builds the JWT verifier once per app. HS256 with a shared secret in development, or a JWKS
 * (ES256/RS256/EdDSA) in production. jose rejects `alg: none`, and we pin the accepted algorithms
 * so a key of one type cannot be used to verify another algorithm.
 *
 * Profile on top of RFC 7519: `exp`, `iat` and `sub` are required; `exp − iat` may not exceed
 * JWT_MAX_TTL_SECONDS (so no token lives forever); `iat` and `nbf` may not lie in the future by more
 * than JWT_CLOCK_SKEW_SECONDS. jose's `maxTokenAge` supplies the future-`iat` check.
 */
export function createTokenVerifier(jwt: Config["jwt"], options: VerifierOptions): TokenVerifier {
  const claimChecks = (): jose.JWTVerifyOptions => ({
    issuer: jwt.issuer,
    audience: jwt.audience,
    requiredClaims: ["exp", "iat", "sub"],
    maxTokenAge: jwt.maxTtlSeconds,
    clockTolerance: jwt.clockSkewSeconds,
    currentDate: options.clock.now(),
  });
  const verify = jwt.jwksUrl
    ? (() => {
        const jwks = jose.createRemoteJWKSet(new URL(jwt.jwksUrl));
        return (token: string) =>
          jose.jwtVerify(token, jwks, { ...claimChecks(), algorithms: ["ES256", "RS256", "EdDSA"] });
      })()
    : (() => {
        const key = new TextEncoder().encode(jwt.secret);
        return (token: string) => jose.jwtVerify(token, key, { ...claimChecks(), algorithms: ["HS256"] });
      })();

  return async (token) => {
    let payload: jose.JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      if (error instanceof jose.errors.JWTExpired) throw unauthorized("The token has expired");
      if (error instanceof jose.errors.JWTClaimValidationFailed) {
        const problem = error.reason === "missing" ? "is missing" : "failed its check";
        throw unauthorized(`The token's ${error.claim} claim ${problem}`);
      }
      throw unauthorized("The token could not be verified");
    }
    // Both are numbers here: required above, and jose rejects non-numeric dates.
    if ((payload.exp as number) - (payload.iat as number) > jwt.maxTtlSeconds) {
      throw unauthorized(`The token lives longer than the ${jwt.maxTtlSeconds} s maximum`);
    }
    const role = payload.role;
    if (typeof payload.sub !== "string" || !payload.sub) throw unauthorized("The token has no subject");
    if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
      throw unauthorized("The token's role claim is missing or unknown");
    }
    const sub = await options.pseudonymize(payload.sub);
    if (role === "fund_admin" && payload.fund_id !== undefined) {
      // A fund administrator manages one fund; without the claim it may read what claim handlers read, but manage none.
      const fundId = payload.fund_id;
      if (typeof fundId !== "string" || !fundId || !(await options.fundExists(fundId))) {
        throw unauthorized("The token's fund_id names no registered fund");
      }
      return { kind: "user", sub, role, actorId: undefined, fundId };
    }
    if (!isValueChainRole(role as Role)) {
      // Only value-chain roles act for an organisation; an actor_id on any other token is ignored,
      // so it cannot open that organisation's private fields.
      return { kind: "user", sub, role: role as Role, actorId: undefined };
    }
    const actorId = typeof payload.actor_id === "string" && payload.actor_id ? payload.actor_id : undefined;
    if (!actorId) throw unauthorized("A value-chain role needs an actor_id claim");
    await options.checkActor(actorId, role as Parameters<ActorCheck>[1]);
    return { kind: "user", sub, role: role as Role, actorId };
  };
}

export const missingToken = () => unauthorized("This route needs a bearer token", "invalid_request");

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "30m", "1h", "7d" or a number of seconds → seconds; undefined for anything else. */
export function ttlSeconds(ttl: string | number): number | undefined {
  if (typeof ttl === "number") return Number.isInteger(ttl) && ttl > 0 ? ttl : undefined;
  const match = /^(\d+)([smhdw])$/.exec(ttl);
  return match ? Number(match[1]) * (TTL_UNITS[match[2] as string] as number) : undefined;
}

/**
 * Signs an HS256 development/test token with the same issuer and audience the server checks.
 * `iat` and `exp` are both taken from `now`, so a frozen test clock yields a token valid at that time.
 */
export async function signToken(
  jwt: Config["jwt"],
  claims: { sub?: string; role: Role; actorId?: string; fundId?: string; ttl?: string | number },
  now: Date = new Date(),
): Promise<string> {
  if (!jwt.secret) throw new Error("Signing needs JWT_SECRET (tokens for a JWKS setup come from its issuer)");
  const ttl = ttlSeconds(claims.ttl ?? "1h");
  if (ttl === undefined) throw new Error("ttl must look like 30m, 1h, 7d or be a number of seconds");
  const iat = Math.floor(now.getTime() / 1000);
  return new jose.SignJWT({
    role: claims.role,
    ...(claims.actorId ? { actor_id: claims.actorId } : {}),
    ...(claims.fundId ? { fund_id: claims.fundId } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub ?? `${claims.role}:${claims.actorId ?? "user"}`)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttl)
    .sign(new TextEncoder().encode(jwt.secret));
}

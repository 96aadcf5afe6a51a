import * as jose from "jose";
import type { Config } from "../config";
import { ProblemError } from "../lib/problem";
import { isValueChainRole, type Principal, ROLES, type Role } from "./principal";

export type TokenVerifier = (token: string) => Promise<Principal>;

const unauthorized = (detail: string, error = "invalid_token") =>
  new ProblemError(401, "unauthorized", detail, {
    headers: {
      "WWW-Authenticate": `Bearer realm="lmm-registry", error="${error}", error_description="${detail}"`,
    },
  });

/**
 * Builds the JWT verifier once per app. HS256 with a shared secret in development, or a JWKS
 * (ES256/RS256/EdDSA) in production. jose rejects `alg: none`, and we pin the accepted algorithms
 * so a key of one type cannot be used to verify another algorithm.
 */
export function createTokenVerifier(jwt: Config["jwt"]): TokenVerifier {
  const options = { issuer: jwt.issuer, audience: jwt.audience, clockTolerance: 5 };
  const verify = jwt.jwksUrl
    ? (() => {
        const jwks = jose.createRemoteJWKSet(new URL(jwt.jwksUrl));
        return (token: string) =>
          jose.jwtVerify(token, jwks, { ...options, algorithms: ["ES256", "RS256", "EdDSA"] });
      })()
    : (() => {
        const key = new TextEncoder().encode(jwt.secret);
        return (token: string) => jose.jwtVerify(token, key, { ...options, algorithms: ["HS256"] });
      })();

  return async (token) => {
    let payload: jose.JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      if (error instanceof jose.errors.JWTExpired) throw unauthorized("The token has expired");
      if (error instanceof jose.errors.JWTClaimValidationFailed)
        throw unauthorized(`Token claim check failed: ${error.claim}`);
      throw unauthorized("The token could not be verified");
    }
    const role = payload.role;
    if (typeof payload.sub !== "string" || !payload.sub) throw unauthorized("The token has no subject");
    if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
      throw unauthorized("The token's role claim is missing or unknown");
    }
    const actorId = typeof payload.actor_id === "string" ? payload.actor_id : undefined;
    if (isValueChainRole(role as Role) && !actorId) {
      throw unauthorized("A value-chain role needs an actor_id claim");
    }
    return { kind: "user", sub: payload.sub, role: role as Role, actorId };
  };
}

export const missingToken = () => unauthorized("This route needs a bearer token", "invalid_request");

/** Signs an HS256 development/test token with the same issuer and audience the server checks. */
export async function signToken(
  jwt: Config["jwt"],
  claims: { sub?: string; role: Role; actorId?: string; ttl?: string | number },
  now: Date = new Date(),
): Promise<string> {
  if (!jwt.secret) throw new Error("Signing needs JWT_SECRET (tokens for a JWKS setup come from its issuer)");
  const builder = new jose.SignJWT({
    role: claims.role,
    ...(claims.actorId ? { actor_id: claims.actorId } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.sub ?? `${claims.role}:${claims.actorId ?? "user"}`)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(
      typeof claims.ttl === "number"
        ? Math.floor(now.getTime() / 1000) + claims.ttl
        : `${claims.ttl ?? "1h"}`,
    );
  return builder.sign(new TextEncoder().encode(jwt.secret));
}

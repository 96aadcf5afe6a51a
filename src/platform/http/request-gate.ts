import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, Deps } from "../../deps";
import { ANONYMOUS, type Principal } from "../auth/principal";
import { declaredBodySize } from "./body-size";
import { ProblemError } from "./problem";
import { anonymousRateLimits } from "./rate-limit";

export const BODY_LIMIT_BYTES = 256 * 1024;

async function principalOf(header: string, verifyToken: Deps["verifyToken"]): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw new ProblemError(401, "unauthorized", "Use the Bearer authorization scheme", {
      headers: { "WWW-Authenticate": 'Bearer realm="lmm-registry", error="invalid_request"' },
    });
  }
  return verifyToken(match[1]);
}

/**
 * What every request passes before its route, in this order: the app's dependencies on the context,
 * the caller (a bad token is a 401 here), the body limit, then the anonymous rate limits (after the
 * token check, as bearer callers are not limited, and after the body limit, as they read the body).
 * Run by the request frame (request-frame.ts), which answers whatever this throws.
 */
export function requestGate(
  deps: Deps,
  rulesets: AppEnv["Variables"]["rulesets"],
): MiddlewareHandler<AppEnv> {
  const tooLarge = () => {
    throw new ProblemError(413, "payload-too-large", "The body exceeds the 256 KiB limit");
  };
  const limitBody = bodyLimit({ maxSize: BODY_LIMIT_BYTES, onError: tooLarge });
  const rateLimits = anonymousRateLimits(deps);
  const afterPrincipal: MiddlewareHandler<AppEnv> = (c, next) => {
    // GET and HEAD carry no body; asking whether they do makes the Node adapter build a full Request.
    if (c.req.method === "GET" || c.req.method === "HEAD") return rateLimits(c, next);
    // A declared length is judged by its header alone (body-size.ts); hono's bodyLimit counts only
    // chunked bodies, as it reads them.
    const declared = declaredBodySize(c);
    if (declared === undefined) {
      return limitBody(c, async () => {
        await rateLimits(c, next);
      });
    }
    if (declared > BODY_LIMIT_BYTES) tooLarge();
    return rateLimits(c, next);
  };
  // Not an async function: an anonymous caller (most cheap public reads) passes without a promise of
  // its own; a bearer token is verified first. Compose catches what either path throws.
  return (c, next) => {
    c.set("deps", deps);
    c.set("rulesets", rulesets);
    const authorization = c.req.header("authorization");
    if (authorization === undefined) {
      c.set("principal", ANONYMOUS);
      return afterPrincipal(c, next);
    }
    return principalOf(authorization, deps.verifyToken).then((principal) => {
      c.set("principal", principal);
      return afterPrincipal(c, next);
    });
  };
}

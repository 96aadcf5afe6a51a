import type { MiddlewareHandler } from "hono";
import type { AppEnv, Deps } from "../../deps";
import { beginRequest, logRequest } from "../log/request-log";
import { isPrivateExchange, markNoStore } from "./private-responses";
import { addStandardHeaders } from "./response-headers";

/**
 * The outermost layer, so what it adds covers every answer (401/403 from the token check, 413, 429,
 * 404 and other errors included): the request id first, then after the route the standard headers,
 * `no-store` on private exchanges and the one log line. One middleware rather than one per concern,
 * because each Hono layer is an async frame and a promise on every request, and the cheap public
 * reads are dominated by such fixed costs. Nothing here throws.
 */
export function requestFrame(deps: Pick<Deps, "log">): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    beginRequest(c);
    const isPrivate = isPrivateExchange(c);
    await next();
    addStandardHeaders(c);
    if (isPrivate) markNoStore(c);
    logRequest(deps, c, started);
  };
}

import type { MiddlewareHandler } from "hono";
import type { AppEnv, Deps } from "../../deps";
import { beginRequest, logRequest } from "../log/request-log";
import { onError } from "./errors";
import { isPrivateExchange, markNoStore } from "./private-responses";
import { addStandardHeaders } from "./response-headers";

/**
 * The one app-wide layer, so what it adds covers every answer (401/403 from the token check, 413,
 * 429, 404 and other errors included): the request id first, then the gate (request-gate.ts), the
 * route, and after it the standard headers, `no-store` on private exchanges and the one log line.
 * One middleware rather than one per concern, because each Hono layer is an async frame and a few
 * promises on every request, and the cheap public reads are dominated by such fixed costs.
 */
export function requestFrame(
  deps: Pick<Deps, "log">,
  gate: MiddlewareHandler<AppEnv>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    beginRequest(c);
    const isPrivate = isPrivateExchange(c);
    try {
      await gate(c, next);
    } catch (error) {
      // What the gate refuses is answered as Hono's compose answers a throwing layer (the route's own
      // errors are, one layer down), so the after-work below covers it too.
      if (!(error instanceof Error)) throw error;
      c.error = error;
      c.res = onError(error, c);
    }
    addStandardHeaders(c);
    if (isPrivate) markNoStore(c);
    logRequest(deps, c, started);
  };
}

import { bodyLimit } from "hono/body-limit";
import type { Deps } from "./deps";
import { loadStartupRulesets } from "./modules/liability";
import { createWebRoutes } from "./modules/web";
import { ANONYMOUS } from "./platform/auth/principal";
import { declaredBodySize } from "./platform/http/body-size";
import { onError, onNotFound } from "./platform/http/errors";
import { API_TAGS } from "./platform/http/openapi-tags";
import { noStoreForPrivateResponses } from "./platform/http/private-responses";
import { ProblemError } from "./platform/http/problem";
import { anonymousRateLimits } from "./platform/http/rate-limit";
import { standardHeaders } from "./platform/http/response-headers";
import { createRouter } from "./platform/http/router";
import { INTERNAL_REQUEST, requestLog } from "./platform/log/request-log";
import { registerRoutes } from "./routes";

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the whole API from injected dependencies; no module-level state, so tests get fresh apps. */
export function createApp(deps: Deps) {
  const app = createRouter();
  // Throws a RulesetError naming the file and field, so a bad ruleset stops start-up.
  const rulesets = loadStartupRulesets(deps.rulesetSources);

  // First of all: the request id and the one log line cover every answer, 401/413/429/404 included.
  app.use("*", requestLog(deps));
  // Outermost, so every answer gets them: 401/403 from the token check, 429s and other errors too.
  app.use("*", standardHeaders);
  app.use("*", noStoreForPrivateResponses);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("rulesets", rulesets);
    const header = c.req.header("authorization");
    if (header === undefined) {
      c.set("principal", ANONYMOUS);
    } else {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) {
        throw new ProblemError(401, "unauthorized", "Use the Bearer authorization scheme", {
          headers: { "WWW-Authenticate": 'Bearer realm="lmm-registry", error="invalid_request"' },
        });
      }
      c.set("principal", await deps.verifyToken(match[1]));
    }
    await next();
  });
  const tooLarge = () => {
    throw new ProblemError(413, "payload-too-large", "The body exceeds the 256 KiB limit");
  };
  const limitBody = bodyLimit({ maxSize: BODY_LIMIT_BYTES, onError: tooLarge });
  // GET and HEAD carry no body; asking whether they do makes the Node adapter build a full Request.
  // A declared length is judged by its header alone (platform/http/body-size.ts); hono's bodyLimit
  // counts only chunked bodies, as it reads them.
  app.use("*", (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = declaredBodySize(c);
    if (declared === undefined) return limitBody(c, next);
    return declared > BODY_LIMIT_BYTES ? tooLarge() : next();
  });
  // After the token check (bearer callers are not limited) and the body limit (it reads the body).
  app.use("*", anonymousRateLimits(deps));

  registerRoutes(app);
  // Web pages call the API in-process and as an anonymous caller (no Authorization header is forwarded).
  app.route(
    "/",
    // Marked internal, so the page's own log line is the request's one line (the inner calls log at debug).
    createWebRoutes(
      (path, init, env) => app.request(path, init, { ...env, [INTERNAL_REQUEST]: true }),
      deps,
      deps.webAssets,
    ),
  );

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "JWT with `role` (and `actor_id` for developer/provider/deployer)",
  });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "LMM Health Liability & Incident Registry",
      version: "1.0.0",
      description:
        "Registry of large multi-modal model health products, their value chain, harm reports, obligations and " +
        "presumption-of-causality analysis (WHO 2024 guidance on LMMs for health). Errors are RFC 9457 problem+json.",
      license: { name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
    },
    // Relative, so the document is right wherever it is served (localhost, a Worker, behind a proxy).
    servers: [{ url: "/", description: "The registry serving this document" }],
    // One tag per domain module (lib/openapi-tags.ts); every operation names exactly one.
    tags: API_TAGS.map((tag) => ({ ...tag })),
  });

  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;

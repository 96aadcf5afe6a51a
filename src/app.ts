import type { Deps } from "./deps";
import { loadStartupRulesets } from "./modules/liability";
import { createWebRoutes } from "./modules/web";
import { onError, onNotFound } from "./platform/http/errors";
import { API_TAGS } from "./platform/http/openapi-tags";
import { requestFrame } from "./platform/http/request-frame";
import { requestGate } from "./platform/http/request-gate";
import { createRouter } from "./platform/http/router";
import { INTERNAL_REQUEST } from "./platform/log/request-log";
import { registerRoutes } from "./routes";

/** Builds the whole API from injected dependencies; no module-level state, so tests get fresh apps. */
export function createApp(deps: Deps) {
  const app = createRouter();
  // Throws a RulesetError naming the file and field, so a bad ruleset stops start-up.
  const rulesets = loadStartupRulesets(deps.rulesetSources);

  // The only app-wide layer: its headers and log line cover every answer, the gate's refusals included.
  app.use("*", requestFrame(deps, requestGate(deps, rulesets)));

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

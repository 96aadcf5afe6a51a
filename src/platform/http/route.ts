import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../deps";
import { type Access, ROLES, type Role } from "../auth/principal";
import { missingToken } from "../auth/tokens";
import type { ApiTag } from "./openapi-tags";
import { ProblemError } from "./problem";
import { IdempotencyHeaders } from "./schemas";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ in: z.string(), path: z.string(), message: z.string() })).optional(),
    request_id: z.string().openapi({
      description: "This exchange's `X-Request-Id` response header: quote it when reporting a problem",
    }),
  })
  .openapi("Problem");

export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** A creating POST's body plus the documented Idempotency-Key header. */
export const creatingBody = <T extends z.ZodType>(schema: T) => ({
  headers: IdempotencyHeaders,
  ...jsonBody(schema),
});

/**
 * Deny by default: a route runs only for the roles it names. A public route gets no such layer
 * (there is nothing to check, and each Hono layer costs an async frame per request).
 */
export function authorize(roles: readonly Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const principal = c.get("principal");
    if (principal.kind === "anonymous") throw missingToken();
    if (!roles.includes(principal.role)) {
      throw new ProblemError(403, "forbidden", `The ${principal.role} role may not call this route`);
    }
    await next();
  });
}

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/** Routes with a JSON body refuse other media types with 415 rather than guessing. */
export const requireJsonBody = createMiddleware<AppEnv>(async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new ProblemError(415, "unsupported-media-type", "Send the body as application/json", {
      headers: { Accept: "application/json" },
    });
  }
  await next();
});

/** Rate-limited routes (anonymous callers, see platform/http/rate-limit.ts) list this 429 among their responses. */
export const rateLimited = {
  description: "Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds",
  headers: {
    "Retry-After": { description: "Seconds until the window resets", schema: { type: "integer" as const } },
  },
  content: { "application/problem+json": { schema: ProblemSchema } },
};

/** verbNoun, e.g. listIncidents, fileIncident: stable names generated clients expose as methods. */
const OPERATION_ID = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;

type DefinedRoute = Omit<RouteConfig, "middleware" | "security" | "operationId" | "tags"> & {
  access: Access;
  audited?: boolean;
  /** Required, so no operation reaches the document (or a generated client) without a stable name. */
  operationId: string;
  /** The route's domain module. */
  tags: [ApiTag];
};

/**
 * The only way routes are declared: it attaches the access check, documents who may call the
 * route (`x-access` and bearer security) and adds the standard problem responses to OpenAPI.
 */
export function defineRoute<const R extends DefinedRoute>(route: R) {
  const { access, audited: _audited, ...rest } = route;
  if (!OPERATION_ID.test(rest.operationId)) {
    throw new Error(`operationId ${rest.operationId} of ${rest.method} ${rest.path} is not verbNoun`);
  }
  const hasBody = rest.request?.body !== undefined;
  const roles = access === "public" ? ["public"] : [...access];
  const errorResponses = {
    400: problem("Invalid parameters or body: `errors` lists each bad field"),
    ...(access === "public"
      ? {}
      : { 401: problem("Missing or invalid bearer token"), 403: problem("Role not allowed") }),
    ...(hasBody ? { 413: problem("Body larger than 256 KiB"), 415: problem("Body is not JSON") } : {}),
    500: problem("Unexpected error (details are logged, never returned)"),
  };
  return createRoute({
    ...rest,
    description: `${rest.description ?? rest.summary ?? ""}\n\nAccess: ${roles.join(", ")}.`.trim(),
    security: access === "public" ? [] : [{ bearerAuth: [] }],
    "x-access": roles,
    middleware: [...(access === "public" ? [] : [authorize(access)]), ...(hasBody ? [requireJsonBody] : [])],
    responses: { ...errorResponses, ...rest.responses },
  });
}

export const ALL_ROLES = ROLES;

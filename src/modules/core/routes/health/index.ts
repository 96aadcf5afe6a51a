import { z } from "@hono/zod-openapi";
import { ProblemError } from "../../../../platform/http/problem";
import { preparedResponse } from "../../../../platform/http/response-headers";
import { defineRoute } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { errorContext } from "../../../../platform/log/request-log";

const health = defineRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  access: "public",
  tags: ["core"],
  summary: "Liveness and database check",
  responses: {
    200: {
      description: "The service and its database answer",
      content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } },
    },
    503: { description: "The database does not answer" },
  },
});

const HEALTHY = JSON.stringify({ status: "ok" });

export const healthRoutes = createRouter().openapi(health, async (c) => {
  try {
    await c.get("deps").pingDatabase();
  } catch (error) {
    c.get("deps").logError(error, errorContext(c));
    throw new ProblemError(503, "unavailable", "The database does not answer");
  }
  return preparedResponse(c, HEALTHY, 200, { "Content-Type": "application/json" });
});

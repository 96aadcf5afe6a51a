import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../deps";
import { catalogRoutes } from "./catalog";
import { healthRoutes } from "./health";

/** One line per resource folder. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/", healthRoutes);
  app.route("/", catalogRoutes);
}

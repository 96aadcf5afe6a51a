import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../deps";
import { actorRoutes } from "./actors";
import { auditRoutes } from "./audit";
import { catalogRoutes } from "./catalog";
import { deploymentRoutes } from "./deployments";
import { healthRoutes } from "./health";
import { incidentRoutes } from "./incidents";
import { productRoutes } from "./products";

/** One line per resource folder. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/", healthRoutes);
  app.route("/", catalogRoutes);
  app.route("/", actorRoutes);
  app.route("/", productRoutes);
  app.route("/", deploymentRoutes);
  app.route("/", auditRoutes);
  app.route("/", incidentRoutes);
}

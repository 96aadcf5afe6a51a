import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../deps";
import { actorRoutes } from "./actors";
import { attestationRoutes } from "./attestations";
import { auditRoutes } from "./audit";
import { catalogRoutes } from "./catalog";
import { causalityRoutes } from "./causality";
import { deploymentRoutes } from "./deployments";
import { disclosureOrderRoutes } from "./disclosure-orders";
import { findingRoutes } from "./findings";
import { healthRoutes } from "./health";
import { incidentObligationRoutes } from "./incident-obligations";
import { incidentRoutes } from "./incidents";
import { obligationRoutes } from "./obligations";
import { productRoutes } from "./products";
import { rebuttalRoutes } from "./rebuttals";
import { rulesetRoutes } from "./rulesets";

/** One line per resource folder. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/", healthRoutes);
  app.route("/", catalogRoutes);
  app.route("/", actorRoutes);
  app.route("/", productRoutes);
  app.route("/", deploymentRoutes);
  app.route("/", auditRoutes);
  app.route("/", incidentRoutes);
  app.route("/", obligationRoutes);
  app.route("/", attestationRoutes);
  app.route("/", findingRoutes);
  app.route("/", incidentObligationRoutes);
  app.route("/", disclosureOrderRoutes);
  app.route("/", rulesetRoutes);
  app.route("/", causalityRoutes);
  app.route("/", rebuttalRoutes);
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../deps";
import { catalogRoutes } from "../modules/catalog";
import { actorRoutes, deploymentRoutes, productRoutes } from "../modules/registry";
import { attestationRoutes } from "./attestations";
import { auditRoutes } from "./audit";
import { auditCheckpointRoutes } from "./audit-checkpoints";
import { causalityRoutes } from "./causality";
import { disclosureOrderRoutes } from "./disclosure-orders";
import { findingRoutes } from "./findings";
import { healthRoutes } from "./health";
import { incidentExportRoutes } from "./incident-export";
import { incidentObligationRoutes } from "./incident-obligations";
import { incidentStatsRoutes } from "./incident-stats";
import { incidentRoutes } from "./incidents";
import { legalFactRoutes } from "./legal-facts";
import { obligationRoutes } from "./obligations";
import { publicStatsRoutes } from "./public-stats";
import { rebuttalRoutes } from "./rebuttals";
import { rulesetRoutes } from "./rulesets";
import { signalRoutes } from "./signals";

/** One line per resource folder. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/", healthRoutes);
  app.route("/", catalogRoutes);
  app.route("/", actorRoutes);
  app.route("/", productRoutes);
  app.route("/", deploymentRoutes);
  app.route("/", auditRoutes);
  app.route("/", auditCheckpointRoutes);
  // Before incidentRoutes: Hono matches in registration order, and /v1/incidents/{id} would swallow these.
  app.route("/", incidentStatsRoutes);
  app.route("/", incidentExportRoutes);
  app.route("/", incidentRoutes);
  app.route("/", legalFactRoutes);
  app.route("/", publicStatsRoutes);
  app.route("/", signalRoutes);
  app.route("/", obligationRoutes);
  app.route("/", attestationRoutes);
  app.route("/", findingRoutes);
  app.route("/", incidentObligationRoutes);
  app.route("/", disclosureOrderRoutes);
  app.route("/", rulesetRoutes);
  app.route("/", causalityRoutes);
  app.route("/", rebuttalRoutes);
}

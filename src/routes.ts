import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./deps";
import { catalogRoutes } from "./modules/catalog";
import { appealRoutes, claimRoutes, fundRoutes, recourseRoutes } from "./modules/compensation";
import { auditCheckpointRoutes, auditRoutes, healthRoutes } from "./modules/core";
import {
  incidentExportRoutes,
  incidentRoutes,
  incidentStatsRoutes,
  publicStatsRoutes,
  regulatoryReportRoutes,
  signalRoutes,
} from "./modules/incidents";
import {
  allocationRoutes,
  attestationRoutes,
  bindingRequirementRoutes,
  causalityExplanationRoutes,
  causalityRoutes,
  disclosureOrderRoutes,
  findingRoutes,
  incidentObligationRoutes,
  incidentRulesetRoutes,
  legalFactRoutes,
  obligationRoutes,
  rebuttalRoutes,
  rulesetRoutes,
} from "./modules/liability";
import {
  actorRelationRoutes,
  actorRoutes,
  deploymentRoutes,
  productRoutes,
  regulatoryFactRoutes,
} from "./modules/registry";

/** One line per resource folder. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  app.route("/", healthRoutes);
  app.route("/", catalogRoutes);
  app.route("/", actorRoutes);
  app.route("/", actorRelationRoutes);
  app.route("/", productRoutes);
  app.route("/", regulatoryFactRoutes);
  app.route("/", deploymentRoutes);
  app.route("/", auditRoutes);
  app.route("/", auditCheckpointRoutes);
  // Before incidentRoutes: Hono matches in registration order, and /v1/incidents/{id} would swallow these.
  app.route("/", incidentStatsRoutes);
  app.route("/", incidentExportRoutes);
  app.route("/", regulatoryReportRoutes);
  app.route("/", incidentRoutes);
  app.route("/", legalFactRoutes);
  app.route("/", allocationRoutes);
  app.route("/", publicStatsRoutes);
  app.route("/", signalRoutes);
  app.route("/", obligationRoutes);
  app.route("/", attestationRoutes);
  app.route("/", findingRoutes);
  app.route("/", incidentObligationRoutes);
  app.route("/", disclosureOrderRoutes);
  app.route("/", rulesetRoutes);
  app.route("/", bindingRequirementRoutes);
  app.route("/", causalityExplanationRoutes);
  app.route("/", causalityRoutes);
  app.route("/", incidentRulesetRoutes);
  app.route("/", rebuttalRoutes);
  app.route("/", fundRoutes);
  app.route("/", claimRoutes);
  app.route("/", appealRoutes);
  app.route("/", recourseRoutes);
}

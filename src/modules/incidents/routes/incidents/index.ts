import { createRouter } from "../../../../platform/http/router";
import { awarenessRoutes } from "./awareness";
import { deadlineRoutes } from "./deadlines";
import { fileRoutes } from "./file";
import { getRoutes } from "./get";
import { listRoutes } from "./list";
import { reportRoutes } from "./reports";
import { responseRoutes } from "./responses";
import { similarRoutes } from "./similar";
import { workflowRoutes } from "./workflow";

/** Incident (harm) reporting: filing, receipts, follow-ups, duplicates, workflow, deadlines, responses. */
export const incidentRoutes = createRouter()
  .route("/", fileRoutes)
  .route("/", listRoutes)
  .route("/", similarRoutes)
  .route("/", deadlineRoutes)
  .route("/", awarenessRoutes)
  .route("/", reportRoutes)
  .route("/", workflowRoutes)
  .route("/", responseRoutes)
  .route("/", getRoutes);

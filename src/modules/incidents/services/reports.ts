import type { BatchItem } from "drizzle-orm/batch";
import type { Deps } from "../../../deps";
import { sealedContentOf, type Unsealed } from "../../../platform/audit/seal";
import type { Principal } from "../../../platform/auth/principal";
import { rowById } from "../../../platform/db/by-id";
import { commitWithAudit } from "../../../platform/db/commit";
import { REPORT_SEAL } from "../incident-seal";
import * as t from "../schema";
import { eventInsert } from "./events";
import type { ReportRow } from "./repo";

/** Inserts one report with its history event and audit entry (plus e.g. an idempotency record) atomically. */
export async function addReport(
  deps: Deps,
  principal: Principal,
  report: Unsealed<ReportRow>,
  eventType: "report_added" | "addition_added",
  extra: BatchItem<"sqlite">[] = [],
) {
  await commitWithAudit(
    deps,
    principal,
    ([seal]) => [
      deps.db.insert(t.reports).values({ ...report, ...seal }),
      eventInsert(deps, principal, report.incidentId, eventType, report.submittedAt, {
        detail: { report_id: report.id },
      }),
      ...extra,
    ],
    [
      {
        action: `incident.report.${report.kind}`,
        entity: "incident_report",
        entityId: report.id,
        payload: sealedContentOf(REPORT_SEAL, report),
      },
    ],
  );
}

export const loadReport = (deps: Pick<Deps, "db">, id: string): Promise<ReportRow> =>
  rowById(deps.db, t.reports, id, "Report");

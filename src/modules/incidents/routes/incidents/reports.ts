import { z } from "@hono/zod-openapi";
import type { Unsealed } from "../../../../platform/audit/seal";
import { actingActorId, callerSub } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { defineRoute, jsonBody, jsonContent, problem, rateLimited } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentWrite } from "../../../../platform/idempotency";
import { incidentAccess } from "../../access";
import { filingKind, sealContact } from "../../services/filing";
import { receiptView, reportByReceipt } from "../../services/receipt";
import type { ReportRow } from "../../services/repo";
import { addReport, loadReport } from "../../services/reports";
import { AdditionCreate, OptionalReceiptHeaders, ReceiptHeaders, ReportCreate } from "./schemas-actions";
import { Receipt } from "./schemas-views";

const ReportCreated = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    kind: z.string(),
    filing: z.string().nullable(),
    submitted_at: z.string(),
  })
  .openapi("IncidentReportCreated");

const reportRoute = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/reports",
  operationId: "addIncidentReport",
  access: "public",
  tags: ["incidents"],
  summary:
    "Add a report: the original reporter's follow-up (X-Receipt-Token) or an accountable actor's own report",
  description:
    "An actor's report counts towards its reporting deadlines (`report_type`: initial or complete).",
  request: { params: IdParam, headers: OptionalReceiptHeaders, ...jsonBody(ReportCreate) },
  responses: {
    201: jsonContent(ReportCreated, "Added"),
    404: problem("Unknown incident, wrong receipt, or not yours"),
    429: rateLimited,
  },
});

const receiptRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/receipt",
  operationId: "getReceipt",
  access: "public",
  tags: ["incidents"],
  summary: "The reporter's receipt: status, history and own submissions (X-Receipt-Token)",
  request: { params: IdParam, headers: ReceiptHeaders },
  responses: {
    200: jsonContent(Receipt, "The receipt"),
    404: problem("Unknown incident or wrong token"),
    429: rateLimited,
  },
});

const additionRoute = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/receipt/additions",
  operationId: "addReceiptAddition",
  access: "public",
  tags: ["incidents"],
  summary: "The reporter adds information (new text or evidence); nothing earlier is changed",
  request: { params: IdParam, headers: ReceiptHeaders, ...jsonBody(AdditionCreate) },
  responses: {
    201: jsonContent(ReportCreated, "Added"),
    404: problem("Unknown incident or wrong token"),
    429: rateLimited,
  },
});

const created = (r: Unsealed<ReportRow>) => ({
  id: r.id,
  incident_id: r.incidentId,
  kind: r.kind,
  filing: r.filing,
  submitted_at: r.submittedAt,
});

export const reportRoutes = createRouter()
  .openapi(reportRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    const actorId = actingActorId(principal);
    let incidentId: string;
    let receiptTokenHash: string | null = null;
    if (actorId !== undefined) {
      incidentId = (await incidentAccess(deps.db, principal, id)).incident.id;
    } else {
      // Everyone else (anonymous, reporter tokens, …) follows up only on their own report.
      const { incident, report } = await reportByReceipt(
        deps.db,
        id,
        c.req.valid("header")["x-receipt-token"],
      );
      incidentId = incident.id;
      receiptTokenHash = report.receiptTokenHash;
    }
    const { contact, ...reporter } = input.reporter;
    const contactJwe = await sealContact(deps, contact);
    return idempotentWrite<{ id: string }>(
      c,
      `POST /v1/incidents/${incidentId}/reports`,
      input,
      async (record) => {
        const row: Unsealed<ReportRow> = {
          id: newId(),
          incidentId,
          kind: "follow_up",
          reporterRole: reporter.role,
          anonymous: reporter.anonymous,
          submittedBySub: callerSub(principal),
          actorId: actorId ?? null,
          contactJwe,
          body: { ...input, reporter },
          identifyingText: input.text_identifying,
          filing: filingKind(principal, input.report_type),
          receiptTokenHash,
          supersedesReportId: null,
          submittedAt: deps.clock.now().toISOString(),
        };
        await addReport(deps, principal, row, "report_added", await record({ id: row.id }));
        return { id: row.id };
      },
      async (stored) => c.json(created(await loadReport(deps, stored.id)), 201),
    );
  })
  .openapi(receiptRoute, async (c) => {
    const { db } = c.get("deps");
    const { incident, report } = await reportByReceipt(
      db,
      c.req.valid("param").id,
      c.req.valid("header")["x-receipt-token"],
    );
    return c.json(await receiptView(db, incident, report), 200);
  })
  .openapi(additionRoute, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const { incident, report } = await reportByReceipt(
      deps.db,
      c.req.valid("param").id,
      c.req.valid("header")["x-receipt-token"],
    );
    const input = c.req.valid("json");
    const row: Unsealed<ReportRow> = {
      id: newId(),
      incidentId: incident.id,
      kind: "addition",
      reporterRole: report.reporterRole,
      anonymous: report.anonymous,
      submittedBySub: callerSub(principal),
      actorId: null,
      contactJwe: null,
      body: input,
      identifyingText: input.text_identifying,
      filing: null,
      receiptTokenHash: report.receiptTokenHash,
      supersedesReportId: null,
      submittedAt: deps.clock.now().toISOString(),
    };
    await addReport(deps, principal, row, "addition_added");
    return c.json(created(row), 201);
  });

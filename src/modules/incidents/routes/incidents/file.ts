import { defineRoute, jsonContent, problem, rateLimited } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdempotencyHeaders } from "../../../../platform/http/schemas";
import { idempotentWrite, type KeySecret } from "../../../../platform/idempotency";
import { IncidentCreate } from "../../incident-schemas";
import { fileIncident, keyedReceiptToken, type StoredFiling } from "../../services/filing";
import { incidentReference } from "../../services/repo";
import { Created } from "./schemas-actions";

const fileRoute = defineRoute({
  method: "post",
  path: "/v1/incidents",
  operationId: "fileIncident",
  access: "public",
  tags: ["incidents"],
  summary: "Report a harm (anyone, with or without a token; anonymous reports keep no contact)",
  description:
    "Returns a receipt token once: keep it to follow the report (`GET /v1/incidents/{id}/receipt`). " +
    "Send an `Idempotency-Key` to retry safely: a replay returns the first response and creates nothing.",
  request: {
    headers: IdempotencyHeaders,
    body: { content: { "application/json": { schema: IncidentCreate } }, required: true },
  },
  responses: {
    201: jsonContent(Created, "Filed; `receipt_token` is shown only this once"),
    422: problem(
      "Unknown product/catalog reference, a date in the future, or an Idempotency-Key reused with another body",
    ),
    429: rateLimited,
  },
});

export const fileRoutes = createRouter().openapi(fileRoute, async (c) => {
  const deps = c.get("deps");
  const principal = c.get("principal");
  const input = c.req.valid("json");
  const respond = async (stored: StoredFiling, secret: KeySecret) => {
    // The reference was allocated inside the batch; a replay reads that one column back.
    const reference = stored.reference ?? (await incidentReference(deps.db, stored.id));
    c.header("Location", `/v1/incidents/${stored.id}`);
    return c.json(
      {
        id: stored.id,
        reference,
        status: "received",
        // A keyed filing's token is derived from its key (services/filing.ts), the same on a replay.
        receipt_token: stored.receipt_token ?? keyedReceiptToken(secret),
      },
      201,
    );
  };
  return idempotentWrite<StoredFiling>(
    c,
    "POST /v1/incidents",
    input,
    (record, secret) => fileIncident(deps, principal, input, record, secret),
    respond,
    { sealed: false },
  );
});

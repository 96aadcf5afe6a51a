import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { errorContext } from "../../../../platform/log/request-log";
import { requireIncidentScope } from "../../access";
import { checkDateFilters } from "../../filters/date-filters";
import { checkRanges, filterFields } from "../../filters/filters-schema";
import { incidentBatches } from "../../queries";
import { enrichBatch, riskNames } from "../../services/export-enrich";
import { FORMATS, MEDIA_TYPES, writerFor } from "./formats";

/** Rows per database round trip: large enough to amortise the look-ups, small enough to keep memory flat. */
export const EXPORT_BATCH = 500;

const ExportQuery = z
  .object({
    ...filterFields,
    format: z.enum(FORMATS).openapi({ description: "csv, ndjson or fhir (R4 Bundle)" }),
  })
  .strict()
  .superRefine(checkRanges);

const exportRoute = defineRoute({
  method: "get",
  path: "/v1/incidents/export",
  operationId: "exportIncidents",
  access: ["regulator"],
  tags: ["incidents"],
  summary: "Export every matching incident as CSV, NDJSON or a FHIR R4 Bundle of AdverseEvents (streamed)",
  description:
    "Same filters as the incident list, oldest first. Streamed in keyset batches, so memory stays " +
    "constant at any size; the set is pinned to the incidents that existed when the export started.",
  request: { query: ExportQuery },
  responses: {
    200: {
      description: "The export",
      content: Object.fromEntries(Object.values(MEDIA_TYPES).map((type) => [type, { schema: z.string() }])),
    },
  },
});

export const incidentExportRoutes = createRouter().openapi(exportRoute, async (c) => {
  const { db, clock, logError, frozenAssessments } = c.get("deps");
  const { format, ...filters } = c.req.valid("query");
  checkDateFilters(clock.now(), filters);
  const names = format === "fhir" ? await riskNames(db) : new Map<string, string>();
  const writer = writerFor(format, names, clock.now().toISOString());
  const batches = incidentBatches(
    db,
    filters,
    { scope: requireIncidentScope(c.get("principal")) },
    EXPORT_BATCH,
  );
  const encoder = new TextEncoder();
  let started = false;
  // pull() runs only when the consumer wants more, so a slow client throttles the database reads.
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          if (writer.head) {
            controller.enqueue(encoder.encode(writer.head));
            return;
          }
        }
        const next = await batches.next();
        if (next.done) {
          const tail = writer.tail();
          if (tail) controller.enqueue(encoder.encode(tail));
          controller.close();
          return;
        }
        const records = await enrichBatch(db, next.value, frozenAssessments);
        controller.enqueue(encoder.encode(records.map(writer.record).join("")));
      } catch (error) {
        // Headers are already sent: the client sees a truncated body, never a partial-but-valid one.
        logError(error, { ...errorContext(c), streaming: true });
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = clock.now().toISOString().slice(0, 10);
  const extension = format === "fhir" ? "fhir.json" : format;
  return c.body(stream, 200, {
    "content-type": MEDIA_TYPES[format],
    "content-disposition": `attachment; filename="incidents-${stamp}.${extension}"`,
    "cache-control": "no-store",
  });
});

import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Utf8Chunker } from "../../../../platform/http/utf8-chunk";
import { errorContext } from "../../../../platform/log/request-log";
import { requireIncidentScope } from "../../access";
import { checkDateFilters } from "../../filters/date-filters";
import { checkRanges, filterFields } from "../../filters/filters-schema";
import { exportLineBatches } from "../../queries";
import { fhirEntryBatches } from "../../services/export-enrich";
import { FORMATS, isLineFormat, MEDIA_TYPES, streamFor } from "./formats";

/**
 * Rows per read of the decoded row batches (queries/export-rows.ts), which the JS reference
 * serialisers read (tests, the bench's read floor); the route streams SQL-built lines. Small on
 * purpose: what is live while a batch is serialised survives young-generation GCs and is promoted.
 * At 1,000 rows a fresh server grew ~140 MB over 100k rows, at 250 ~60 MB, for the same throughput.
 */
export const EXPORT_BATCH = 250;

/**
 * Bytes per streamed chunk at most: under glibc's 128 KB mmap threshold (larger buffers are mapped
 * and unmapped one by one or, once the threshold adapts, kept in a growing heap) and far below V8's
 * large-object size.
 */
export const EXPORT_CHUNK_BYTES = 64 * 1024;
/**
 * Text per read (~900 NDJSON lines, ~390 FHIR entries; CSV stops at the 1,000-row cap), streamed as several
 * chunks. Large on purpose: every execution of a statement through the native binding leaves ~5 KB
 * of native memory (its row iterator) until V8 collects the wrapper, which it does late because it
 * cannot see that memory. Over a 1M-row export, 56K-character reads (~18k executions) grew a fresh
 * process by ~120 MB, 1M-character ones (~1,100) by ~27 MB. A read still holds the loop ~10 ms only.
 */
export const EXPORT_BATCH_CHARS = 1024 * 1024;

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
  const { db, readRows, clock, logError, frozenAssessments } = c.get("deps");
  const { format, ...filters } = c.req.valid("query");
  checkDateFilters(clock.now(), filters);
  const writer = streamFor(format, clock.now().toISOString());
  const scope = requireIncidentScope(c.get("principal"));
  // Every format's lines are built by the database (the whole line or Bundle entry per row); FHIR
  // entries get the frozen causality, which only FHIR shows, spliced in here.
  const lines = isLineFormat(format)
    ? exportLineBatches(db, readRows, filters, { scope }, format, EXPORT_BATCH_CHARS)
    : fhirEntryBatches(db, readRows, filters, { scope }, EXPORT_BATCH_CHARS, frozenAssessments);
  const chunker = new Utf8Chunker(EXPORT_CHUNK_BYTES);
  let started = false;
  const nextChunks = async () => {
    const next = await lines.next();
    return next.done ? undefined : chunker.chunks(next.value, writer.line);
  };
  // pull() runs only when the consumer wants more, so a slow client throttles the database reads.
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          if (writer.head) {
            controller.enqueue(chunker.chunk(writer.head));
            return;
          }
        }
        const chunks = await nextChunks();
        if (!chunks) {
          const tail = writer.tail();
          if (tail) controller.enqueue(chunker.chunk(tail));
          controller.close();
          return;
        }
        // A batch is at most a few chunks: the queue stays bounded by one batch.
        for (const chunk of chunks) controller.enqueue(chunk);
      } catch (error) {
        // Headers are already sent: the client sees a truncated body, never a partial-but-valid one.
        logError(error, { ...errorContext(c), streaming: true });
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
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

import { exportRowBatches } from "../../src/modules/incidents/queries";
import { EXPORT_BATCH } from "../../src/modules/incidents/routes/export";
import { writerFor } from "../../src/modules/incidents/routes/export/formats";
import type { TestApp } from "./harness";

/**
 * The JS reference for a line format over every stored incident: the decoded batches through the
 * JS writer, which the SQL-built lines are held to byte for byte. With how many rows it wrote.
 */
export async function lineReference(
  t: TestApp,
  format: "csv" | "ndjson",
): Promise<{ text: string; rows: number }> {
  const writer = writerFor(format, new Map(), "2026-06-01T12:00:00.000Z");
  let text = writer.head;
  let rows = 0;
  for await (const batch of exportRowBatches(
    t.db,
    t.readRows,
    {},
    { scope: { kind: "all" } },
    EXPORT_BATCH,
  )) {
    for (const row of batch) text += writer.record({ ...row, frozen: undefined });
    rows += batch.length;
  }
  return { text: text + writer.tail(), rows };
}

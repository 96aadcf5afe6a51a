import type { Client } from "@libsql/client";
import { BENCH_N } from "./lib/dataset";
import { startRegistry } from "./lib/server";

export interface ExportResult {
  format: string;
  rows: number;
  mib: number;
  seconds: number;
  rows_per_s: number;
  floor_rows_per_s: number;
  ratio: number;
  rss_before_mib: number;
  rss_peak_mib: number;
  rss_growth_mib: number;
  target_met: boolean;
}

/** The floor of an export: reading every row in keyset batches of 500 through @libsql/client. */
async function keysetReadFloor(client: Client): Promise<number> {
  const t0 = performance.now();
  let rows = 0;
  let last: [string, string] = ["", ""];
  for (;;) {
    const batch = await client.execute({
      sql: "select * from incidents where (received_at, id) > (?, ?) order by received_at, id limit 500",
      args: last,
    });
    if (!batch.rows.length) break;
    rows += batch.rows.length;
    const end = batch.rows.at(-1) as unknown as { received_at: string; id: string };
    last = [end.received_at, end.id];
  }
  return rows / ((performance.now() - t0) / 1000);
}

/**
 * Each export format of the whole registry from a FRESH server process (issue 14 Build §5: RSS growth
 * < 100 MB, ≥ 50k rows/s), RSS sampled from /proc every 20 ms while the body streams.
 */
export async function exportCases(
  env: Record<string, string>,
  auth: Record<string, string>,
  client: Client,
): Promise<ExportResult[]> {
  const floor = await keysetReadFloor(client);
  const out: ExportResult[] = [];
  for (const format of ["ndjson", "csv", "fhir"]) {
    const server = await startRegistry(env);
    try {
      const before = server.rssMiB();
      let peak = before;
      const timer = setInterval(() => {
        peak = Math.max(peak, server.rssMiB());
      }, 20);
      const t0 = performance.now();
      const res = await fetch(`${server.url}/v1/incidents/export?format=${format}`, { headers: auth });
      if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${await res.text()}`);
      let bytes = 0;
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(timer);
      const rowsPerS = BENCH_N / seconds;
      out.push({
        format,
        rows: BENCH_N,
        mib: Number((bytes / 2 ** 20).toFixed(1)),
        seconds: Number(seconds.toFixed(2)),
        rows_per_s: Math.round(rowsPerS),
        floor_rows_per_s: Math.round(floor),
        ratio: Number((rowsPerS / floor).toFixed(2)),
        rss_before_mib: Math.round(before),
        rss_peak_mib: Math.round(peak),
        rss_growth_mib: Math.round(peak - before),
        target_met: rowsPerS >= 50_000 && peak - before < 100,
      });
      console.log(`export ${format}: ${JSON.stringify(out.at(-1))}`);
    } finally {
      await server.stop();
    }
  }
  return out;
}

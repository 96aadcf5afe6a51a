import { readFileSync } from "node:fs";
import type { Client } from "@libsql/client";
import { SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { exportLineBatches, exportRowBatches } from "../src/modules/incidents/queries";
import { EXPORT_BATCH, EXPORT_BATCH_CHARS, EXPORT_CHUNK_BYTES } from "../src/modules/incidents/routes/export";
import { type ExportFormat, isLineFormat, streamFor } from "../src/modules/incidents/routes/export/formats";
import { fhirEntryBatches } from "../src/modules/incidents/services/export-enrich";
import { frozenAssessments } from "../src/modules/liability";
import type { Db } from "../src/platform/db/client";
import type { RowReader } from "../src/platform/db/row-reader";
import { Utf8Chunker } from "../src/platform/http/utf8-chunk";
import { BENCH_N } from "./lib/dataset";
import { startRegistry } from "./lib/server";

export interface ExportResult {
  format: string;
  rows: number;
  mib: number;
  seconds: number;
  rows_per_s: number;
  /** Server CPU time (user + system) per row: less sensitive than wall time to a shared machine. */
  server_cpu_s: number;
  rows_per_cpu_s: number;
  /** The export's own work without HTTP, in the bench process, on FLOOR_ROWS rows. */
  floor_rows_per_s: number;
  ratio: number;
  rss_before_mib: number;
  rss_peak_mib: number;
  rss_growth_mib: number;
  target_met: boolean;
}

export interface ExportFloors {
  rows: number;
  /** The export's batch SELECT through @libsql/client (what every other query of the app uses). */
  client_read_rows_per_s: number;
  /** The same SELECT through the native reader the server uses: the database's own floor. */
  native_read_rows_per_s: number;
}

/** Floors read a prefix of the data (rates are per row); the exports themselves read everything. */
const FLOOR_ROWS = Math.min(BENCH_N, Number(process.env.BENCH_EXPORT_FLOOR_ROWS ?? 200_000));

/** BENCH_EXPORT_FORMATS=ndjson,csv runs only those formats (default: all three). */
const FORMATS_RUN = (["ndjson", "csv", "fhir"] as const).filter(
  (f) => !process.env.BENCH_EXPORT_FORMATS || process.env.BENCH_EXPORT_FORMATS.split(",").includes(f),
);

const rate = (rows: number, t0: number) => rows / ((performance.now() - t0) / 1000);

/** Walks the export's batches with `readRows`, reading at most FLOOR_ROWS rows. */
async function readFloor(db: Db, readRows: RowReader): Promise<number> {
  const t0 = performance.now();
  let rows = 0;
  for await (const batch of exportRowBatches(db, readRows, {}, { scope: { kind: "all" } }, EXPORT_BATCH)) {
    rows += batch.length;
    if (rows >= FLOOR_ROWS) break;
  }
  return rate(rows, t0);
}

/**
 * The export's work minus HTTP, as the route does it: lines (CSV, NDJSON) or Bundle entries (FHIR,
 * with the frozen causality spliced in) built by SQL, and encoded into UTF-8 chunks.
 */
async function serialiseFloor(db: Db, readRows: RowReader, format: ExportFormat): Promise<number> {
  const chunker = new Utf8Chunker(EXPORT_CHUNK_BYTES);
  const writer = streamFor(format, new Date().toISOString());
  const scope = { scope: { kind: "all" as const } };
  const batches = isLineFormat(format)
    ? exportLineBatches(db, readRows, {}, scope, format, EXPORT_BATCH_CHARS)
    : fhirEntryBatches(db, readRows, {}, scope, EXPORT_BATCH_CHARS, frozenAssessments);
  const t0 = performance.now();
  let rows = 0;
  for await (const lines of batches) {
    chunker.chunks(lines, writer.line);
    rows += lines.length;
    if (rows >= FLOOR_ROWS) break;
  }
  return rate(rows, t0);
}

/** @libsql/client as a RowReader: the SQL the native reader runs, through client.execute. */
function clientReader(client: Client): RowReader {
  const dialect = new SQLiteAsyncDialect();
  return async (query) => {
    const { sql, params } = query instanceof SQL ? dialect.sqlToQuery(query) : query;
    return (await client.execute({ sql, args: params as never[] })).rows as unknown as unknown[][];
  };
}

/** utime + stime of a process in seconds (Linux, 100 ticks/s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Each export format of the whole registry from a FRESH server process (issue 14 Build §5: RSS growth
 * < 100 MB, ≥ 50k rows/s), RSS sampled from /proc every 20 ms while the body streams; each set against
 * the same work without HTTP measured in this run (and the reads alone, as the database floor).
 */
export async function exportCases(
  env: Record<string, string>,
  auth: Record<string, string>,
  client: Client,
  db: Db,
  nativeRead: RowReader,
): Promise<{ floors: ExportFloors; results: ExportResult[] }> {
  const floors: ExportFloors = {
    rows: FLOOR_ROWS,
    client_read_rows_per_s: Math.round(await readFloor(db, clientReader(client))),
    native_read_rows_per_s: Math.round(await readFloor(db, nativeRead)),
  };
  console.log(`export floors: ${JSON.stringify(floors)}`);
  const results: ExportResult[] = [];
  for (const format of FORMATS_RUN) {
    const floor = await serialiseFloor(db, nativeRead, format);
    const server = await startRegistry(env);
    try {
      const before = server.rssMiB();
      const cpuBefore = cpuSeconds(server.pid);
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
      const cpu = cpuSeconds(server.pid) - cpuBefore;
      const rowsPerS = BENCH_N / seconds;
      results.push({
        format,
        rows: BENCH_N,
        mib: Number((bytes / 2 ** 20).toFixed(1)),
        seconds: Number(seconds.toFixed(2)),
        rows_per_s: Math.round(rowsPerS),
        server_cpu_s: Number(cpu.toFixed(2)),
        rows_per_cpu_s: Math.round(BENCH_N / cpu),
        floor_rows_per_s: Math.round(floor),
        ratio: Number((rowsPerS / floor).toFixed(2)),
        rss_before_mib: Math.round(before),
        rss_peak_mib: Math.round(peak),
        rss_growth_mib: Math.round(peak - before),
        target_met: rowsPerS >= 50_000 && peak - before < 100,
      });
      console.log(`export ${format}: ${JSON.stringify(results.at(-1))}`);
    } finally {
      await server.stop();
    }
  }
  return { floors, results };
}

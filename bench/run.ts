import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { parseConfig } from "../src/config";
import { signToken } from "../src/platform/auth/tokens";
import { openNodeDb } from "../src/platform/db/node-client";
import { encodeCursor } from "../src/platform/http/cursor";
import { CASES, type Case, type Kind } from "./cases";
import { exportCases } from "./exports";
import { BENCH_N, dataExists, dataPath } from "./lib/dataset";
import { combined, sqlFloor } from "./lib/floor";
import { drive, type Load, type Measured } from "./lib/load";
import { freePort, servePages, startProcess, startRegistry } from "./lib/server";

/**
 * `npm run bench` (BENCH_N=1000000 by default; generate the data once with `npm run bench:data`).
 * Starts the registry as `npm start` does (compiled build, file database) on the bench data, drives
 * each case with autocannon on loopback, and sets each figure against a floor measured in the same
 * run: a bare Hono route in its own process answering as many bytes (HTTP) and the case's query through @libsql/client
 * (database), combined as 1/(1/h + 1/d). Prints a table; writes bench/results/<date>.json.
 * BENCH_ONLY=<substring>[,<substring>…] runs only matching cases (and no exports; BENCH_ONLY=exports runs
 * only the exports); BENCH_SECONDS sets each load's duration.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARM_UP_SECONDS = 8;
// The cheap public reads under 50 concurrent clients (their targets are ratios to the floor); the
// analytical reads one request at a time (their targets are latencies: with N clients on 2 cores,
// p99 would mostly measure the queue, N × the service time).
const LOADS: Record<Kind, Load> = {
  http: { connections: 50, seconds: SECONDS },
  list: { connections: 1, seconds: SECONDS },
  stats: { connections: 1, seconds: SECONDS },
};
const ONLY = process.env.BENCH_ONLY;
const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123";

if (!dataExists()) {
  console.error(`${dataPath()} is missing: run \`BENCH_N=${BENCH_N} npm run bench:data\` first`);
  process.exit(1);
}
const env = {
  DATABASE_URL: `file:${dataPath()}`,
  NODE_ENV: "development",
  SEED_DEMO: "0",
  JWT_SECRET,
  LOG_LEVEL: "info",
};
const config = parseConfig(env);
const auth = { authorization: `Bearer ${await signToken(config.jwt, { role: "regulator", ttl: "1d" })}` };
const client = createClient({ url: `file:${dataPath()}` });

// The registry migrates the data file on its first start (new indexes are built then, once).
const registry = await startRegistry(env);
const bare = await startProcess(
  "node",
  ["--import", "tsx", "bench/lib/bare-hono.ts"],
  {},
  await freePort(),
  "/",
);

const deepRow = (
  await client.execute({
    sql: "select received_at, id from incidents order by received_at desc, id desc limit 1 offset ?",
    args: [Math.floor(BENCH_N * 0.9)],
  })
).rows[0] as unknown as { received_at: string; id: string };
const cases: Case[] = [
  ...CASES,
  {
    name: `deep keyset page (row ${Math.floor(BENCH_N * 0.9)})`,
    path: `/v1/incidents?limit=50&cursor=${encodeCursor(["-received_at", deepRow.received_at, deepRow.id])}`,
    kind: "list" as const,
    auth: true,
    target: { p99_ms: 50 },
    floor: {
      sql: "select * from incidents where (received_at, id) < (?, ?) order by received_at desc, id desc limit 51",
      args: [deepRow.received_at, deepRow.id],
    },
  },
].filter((c) => !ONLY || ONLY.split(",").some((part) => c.name.includes(part)));

interface Row {
  case: string;
  api: Measured;
  floor_rps: number;
  http_floor_rps: number;
  sql_floor?: Measured;
  ratio: number;
  target: Case["target"];
  met: boolean;
  answer: { status: number; ms: number; rows?: number; bytes: number };
}
// The registry is measured as deployed, with its pages in use.
await servePages(registry.url);
const rows: Row[] = [];
const httpFloors: Partial<Record<Kind, Measured>> = {};
for (const c of cases) {
  const url = `${registry.url}${c.path}`;
  const headers = c.auth ? auth : {};
  const probeStarted = performance.now();
  const probe = await fetch(url, { headers });
  const body = await probe.text();
  const probeMs = performance.now() - probeStarted;
  if (probe.status !== 200) throw new Error(`${c.path}: ${probe.status} ${body.slice(0, 300)}`);
  const data = (JSON.parse(body) as { data?: unknown[] }).data;
  const load = LOADS[c.kind];
  // The HTTP floor at the same concurrency as the case: for the cheap reads, answering as many bytes
  // as the case does (their ratio is the target); for the analytical reads (latency targets), once.
  const sameBytes = `${bare.url}/?bytes=${Buffer.byteLength(body)}`;
  if (c.kind === "http") {
    // Steady state, not start-up: both servers' JIT warms on this route before either is measured
    // (the first case of a run otherwise pays for the whole process's warm-up).
    const warm = { connections: load.connections, seconds: WARM_UP_SECONDS };
    await drive(url, warm, headers);
    await drive(sameBytes, warm);
  } else httpFloors[c.kind] ??= await drive(bare.url, load);
  const http = c.kind === "http" ? await drive(sameBytes, load) : (httpFloors[c.kind] as Measured);
  const sql = c.floor
    ? await sqlFloor(client, c.floor.sql, c.floor.args ?? [], Math.min(SECONDS, 3))
    : undefined;
  const api = await drive(url, load, headers);
  if (api.non2xx || api.errors)
    throw new Error(`${c.path}: ${api.non2xx} non-2xx, ${api.errors} errors under load`);
  const floor = combined(http.rps, sql?.rps);
  const ratio = api.rps / floor;
  // A case slower than the whole load duration completes no request under load: it is a miss, and
  // the one timed probe request stands in for its latency.
  if (api.requests === 0) Object.assign(api, { p50_ms: probeMs, p99_ms: probeMs });
  const met =
    api.requests > 0 &&
    (c.target.ratio === undefined || ratio >= c.target.ratio) &&
    (c.target.p99_ms === undefined || api.p99_ms < c.target.p99_ms);
  rows.push({
    case: c.name,
    api,
    floor_rps: floor,
    http_floor_rps: http.rps,
    ...(sql ? { sql_floor: sql } : {}),
    ratio,
    target: c.target,
    met,
    answer: {
      status: probe.status,
      ms: Number(probeMs.toFixed(1)),
      ...(Array.isArray(data) ? { rows: data.length } : {}),
      bytes: body.length,
    },
  });
  const r = rows.at(-1) as Row;
  console.log(
    `${r.met ? "ok  " : "MISS"} ${c.name.padEnd(42)} ${api.rps.toFixed(0).padStart(6)} req/s  p50 ${api.p50_ms.toFixed(1).padStart(6)} ms  p99 ${api.p99_ms.toFixed(1).padStart(7)} ms  floor ${floor.toFixed(0).padStart(6)}/s (sql p50 ${sql ? sql.p50_ms.toFixed(1) : "-"} ms)  ratio ${ratio.toFixed(2)}`,
  );
}

await registry.stop();
const runExports = process.env.BENCH_EXPORTS !== "0" && (!ONLY || ONLY.split(",").includes("exports"));
// The export floors run the export's own code in this process, on the native reader the server uses.
const exportRun = runExports
  ? await (async () => {
      const opened = await openNodeDb(`file:${dataPath()}`);
      try {
        return await exportCases(env, auth, client, opened.db, opened.readRows);
      } finally {
        opened.close();
      }
    })()
  : undefined;
const exports = exportRun?.results ?? [];
await bare.stop();
client.close();

console.table(
  rows.map((r) => ({
    case: r.case,
    "req/s": Math.round(r.api.rps),
    "p50 ms": r.api.p50_ms,
    "p99 ms": r.api.p99_ms,
    "floor req/s": Math.round(r.floor_rps),
    ratio: Number(r.ratio.toFixed(2)),
    target: [r.target.ratio && `≥${r.target.ratio}×`, r.target.p99_ms && `p99<${r.target.p99_ms}`]
      .filter(Boolean)
      .join(" "),
    met: r.met ? "yes" : "NO",
  })),
);
if (exportRun) {
  console.table(exports);
  console.log(`export floors (${exportRun.floors.rows} rows): ${JSON.stringify(exportRun.floors)}`);
}

const stamp = new Date().toISOString();
mkdirSync(join("bench", "results"), { recursive: true });
const file = join("bench", "results", `${stamp.slice(0, 10)}-n${BENCH_N}${ONLY ? "-partial" : ""}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      at: stamp,
      n: BENCH_N,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        loadavg_at_end: loadavg(),
        node: process.version,
      },
      conditions:
        "loopback; autocannon closed loop; registry = compiled build (node dist/node.js, as npm start), pages served first, " +
        "NODE_ENV=development, request logs on (to /dev/null); CPU shared with the load generator, the " +
        "bare-Hono floor process and any other work on the machine, so figures are noisy",
      loads: LOADS,
      cases: rows,
      exports,
      ...(exportRun ? { export_floors: exportRun.floors } : {}),
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${file}`);

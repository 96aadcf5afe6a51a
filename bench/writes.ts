import { rmSync } from "node:fs";
import { createClient } from "@libsql/client";
import autocannon from "autocannon";
import { parseConfig } from "../src/config";
import { signToken } from "../src/platform/auth/tokens";
import { newId } from "../src/platform/crypto/ids";
import { openNodeDb } from "../src/platform/db/node-client";
import { timed } from "./lib/floor";
import type { Measured } from "./lib/load";
import { servePages, startRegistry } from "./lib/server";

/**
 * `npm run bench:writes`: the audited write path through the real server (`npm start`'s compiled
 * build on a fresh file database). Anonymous filings (validation, rate-limit counters, JWE contact,
 * idempotency key, hash-chained audit entries, one atomic batch) from BENCH_CONCURRENCY (8) closed-loop
 * HTTP clients, against a floor measured in the same run: the same incident row inserted with raw SQL
 * through @libsql/client on its own copy of the schema (one autocommit, i.e. one fsync, per row, back
 * to back; the most a process gets out of the file when every write is its own transaction). Then
 * the cost of verifying the whole chain through the API.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Each case's seconds are split into this many alternating filing/floor rounds. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const path = `/tmp/lmm-bench-writes-${process.pid}.db`;
// The raw-INSERT floor writes to its own copy of the schema: unsealed rows in the audited registry
// would (rightly) fail its verification.
const rawPath = `/tmp/lmm-bench-writes-raw-${process.pid}.db`;
for (const p of [path, rawPath]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });

const JWT_SECRET = "bench-secret-bench-secret-bench-secret-0123";
const env = {
  DATABASE_URL: `file:${path}`,
  NODE_ENV: "development",
  SEED_DEMO: "0",
  JWT_SECRET,
  LOG_LEVEL: "warn",
  // Every bench client is one loopback address: lift the per-client limits (their counters still run).
  RATE_LIMIT_ANON_WRITES: "1000000",
  RATE_LIMIT_ANON_BYTES_PER_DAY: "1073741824",
};
const config = parseConfig(env);
const regulator = await signToken(config.jwt, { role: "regulator", ttl: "1d" });

const body = (i: number) =>
  JSON.stringify({
    product_name: "bench chatbot",
    occurred_at: "2026-01-01T00:00:00Z",
    country: "FR",
    setting: "consumer_app",
    description: `Bench report ${i}: wrong dosing advice`,
    event_type: "injury",
    severity: "moderate",
    outcome: "recovering",
    risk_codes: ["R_FALSE_INFO"],
    reporter: { role: "patient", anonymous: false, contact: { email: `p${i}@example.org` } },
  });

/** Closed-loop filings: every request its own body and Idempotency-Key, so each one creates a filing. */
async function file(
  url: string,
  connections: number,
  seconds = SECONDS,
): Promise<Measured & { cpu_ms: number }> {
  let i = 0;
  const cpu0 = registry.cpuSeconds();
  const r = await autocannon({
    url: `${url}/v1/incidents`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          i += 1;
          return {
            ...req,
            headers: { "content-type": "application/json", "idempotency-key": `bench-${newId()}` },
            body: body(i),
          };
        },
      },
    ],
  });
  return {
    cpu_ms: ((registry.cpuSeconds() - cpu0) * 1000) / Math.max(1, r.requests.total),
    rps: r.requests.total / (r.duration || seconds),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** The floor: raw INSERTs of the same row, `connections` async writers on one client, back to back. */
async function rawFloor(connections: number, seconds: number): Promise<Measured> {
  const times: number[] = [];
  let n = 0;
  const until = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const i = n++;
        const s = performance.now();
        await raw.execute({
          sql: `insert into incidents (id, reference, status, occurred_at, received_at, country, setting, description,
            event_type, severity, severity_rank, outcome, updated_at)
            values (?, ?, 'received', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', 'FR', 'consumer_app',
            ?, 'injury', 'moderate', 2, 'recovering', '2026-01-02T00:00:00.000Z')`,
          args: [newId(), `RAW-${newId()}`, `Bench report ${i}`],
        });
        times.push(performance.now() - s);
      }
    }),
  );
  return timed(times, performance.now() - t0);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Rounds of one case as one figure: their mean rate, median p50, worst p99, summed counts. */
const merge = (rounds: Measured[]): Measured => ({
  rps: mean(rounds.map((m) => m.rps)),
  p50_ms: median(rounds.map((m) => m.p50_ms)),
  p99_ms: Math.max(...rounds.map((m) => m.p99_ms)),
  requests: rounds.reduce((n, m) => n + m.requests, 0),
  non2xx: rounds.reduce((n, m) => n + m.non2xx, 0),
  errors: rounds.reduce((n, m) => n + m.errors, 0),
});

// The floor's schema: the registry's own migrations on a separate file.
(await openNodeDb(`file:${rawPath}`)).close();
const raw = createClient({ url: `file:${rawPath}` });
await raw.execute("PRAGMA journal_mode = WAL");

const registry = await startRegistry(env);
const rows = [];
try {
  await servePages(registry.url);
  // Warm-up (not reported): the first filings pay for JIT compilation and the first checkpoint.
  await file(registry.url, CONCURRENCY, WARMUP_SECONDS);
  for (const c of [1, CONCURRENCY]) {
    // Filing and floor alternate in short rounds, so a shared machine's drifting load hits both alike.
    const apiRounds = [];
    const floorRounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      apiRounds.push(await file(registry.url, c, SECONDS / ROUNDS));
      floorRounds.push(await rawFloor(c, SECONDS / ROUNDS));
    }
    const api = { ...merge(apiRounds), cpu_ms: mean(apiRounds.map((m) => m.cpu_ms)) };
    const floor = merge(floorRounds);
    const fmt = (label: string, m: Measured & { cpu_ms?: number }, ratio: string) => ({
      case: label,
      "writes/s": m.rps.toFixed(0),
      "p50 ms": m.p50_ms.toFixed(1),
      "p99 ms": m.p99_ms.toFixed(1),
      requests: m.requests,
      "non-2xx": m.non2xx + m.errors,
      "server CPU ms/write": m.cpu_ms === undefined ? "" : m.cpu_ms.toFixed(2),
      ratio,
    });
    rows.push(
      fmt(`POST /v1/incidents over HTTP, ${c} client(s)`, api, (api.rps / floor.rps).toFixed(2)),
      fmt(`raw INSERT, ${c} writer(s)`, floor, "1.00 (floor)"),
    );
  }
  const t0 = performance.now();
  const verify = (await (
    await fetch(`${registry.url}/v1/audit/verify`, { headers: { authorization: `Bearer ${regulator}` } })
  ).json()) as { ok: boolean; entries: number };
  const verifyMs = performance.now() - t0;
  console.table(rows);
  console.log(
    `audit chain: ${verify.entries} entries verified (ok=${verify.ok}) in ${verifyMs.toFixed(0)} ms = ${((verify.entries / verifyMs) * 1000).toFixed(0)} entries/s`,
  );
  const failed = rows.reduce((sum, r) => sum + r["non-2xx"], 0);
  await registry.stop();
  // Counted in the file, not from the load generator: requests still in flight when a run ends commit too.
  const registryDb = createClient({ url: `file:${path}` });
  const filed = Number((await registryDb.execute("select count(*) as n from incidents")).rows[0]?.n);
  registryDb.close();
  // Two audit entries per filing (the incident and its original report).
  if (!verify.ok || failed > 0 || verify.entries !== 2 * filed)
    throw new Error("filings failed, or the audit chain forked or lost entries under concurrent writers");
} finally {
  await registry.stop();
  raw.close();
  for (const p of [path, rawPath]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
}

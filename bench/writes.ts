import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { createApp } from "../src/app";
import { parseConfig } from "../src/config";
import { makeDeps } from "../src/deps";
import { seedCatalog } from "../src/modules/catalog";
import { signToken } from "../src/platform/auth/tokens";
import { newId } from "../src/platform/crypto/ids";
import { openNodeDb } from "../src/platform/db/node-client";

/**
 * `npm run bench:writes`: the cost of the audited write path. Filing incidents through the API
 * (validation, JWE, counters, hash-chained audit entry, one atomic batch) against a raw-SQL floor
 * inserting the same incident rows with no audit, sequentially and with concurrent writers (which
 * exercises the optimistic retry on the chain head). Then the cost of verifying the whole chain.
 */
const N = Number(process.env.BENCH_WRITES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const path = "/tmp/lmm-bench-writes.db";
// The raw-INSERT floor writes to its own copy of the schema: unsealed rows in the audited registry
// would (rightly) fail its verification.
const rawPath = "/tmp/lmm-bench-writes-raw.db";
for (const p of [path, rawPath]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });

const { db } = await openNodeDb(`file:${path}`);
const { db: rawDb } = await openNodeDb(`file:${rawPath}`);
await seedCatalog(db);
// One in-process "client" files every report: lift the per-client limits (their upsert still runs).
const config = parseConfig({
  NODE_ENV: "test",
  DATABASE_URL: `file:${path}`,
  RATE_LIMIT_ANON_WRITES: "1000000",
  RATE_LIMIT_ANON_BYTES_PER_DAY: "1073741824",
});
const app = createApp(makeDeps(db, config));
const regulator = await signToken(config.jwt, { role: "regulator" });

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
const file = async (i: number) => {
  const res = await app.request("/v1/incidents", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body(i),
  });
  if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
};
const rawInsert = (i: number) =>
  rawDb.run(sql`insert into incidents (id, reference, status, occurred_at, received_at, country, setting, description,
    event_type, severity, severity_rank, outcome, updated_at)
    values (${newId()}, ${`RAW-${i}`}, 'received', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'FR', 'consumer_app',
    ${`Bench report ${i}`}, 'injury', 'moderate', 2, 'recovering', '2026-01-02T00:00:00Z')`);

async function timed(label: string, n: number, run: (i: number) => Promise<unknown>, concurrency: number) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await run(next++);
    }),
  );
  const ms = performance.now() - t0;
  return { label, per_write_ms: ms / n, writes_per_s: (n / ms) * 1000 };
}

const rows = [];
for (const c of [1, CONCURRENCY]) {
  const api = await timed(`API filing, ${c} writer(s)`, N, (i) => file(i + c * N), c);
  const raw = await timed(`raw INSERT, ${c} writer(s)`, N, (i) => rawInsert(i + c * N), c);
  rows.push(
    {
      case: api.label,
      "ms/write": api.per_write_ms.toFixed(2),
      "writes/s": api.writes_per_s.toFixed(0),
      ratio: (api.per_write_ms / raw.per_write_ms).toFixed(1),
    },
    {
      case: raw.label,
      "ms/write": raw.per_write_ms.toFixed(3),
      "writes/s": raw.writes_per_s.toFixed(0),
      ratio: "1.0 (floor)",
    },
  );
}
const t0 = performance.now();
const verify = (await (
  await app.request("/v1/audit/verify", { headers: { authorization: `Bearer ${regulator}` } })
).json()) as {
  ok: boolean;
  entries: number;
};
const verifyMs = performance.now() - t0;
console.table(rows);
console.log(
  `audit chain: ${verify.entries} entries verified (ok=${verify.ok}) in ${verifyMs.toFixed(0)} ms = ${((verify.entries / verifyMs) * 1000).toFixed(0)} entries/s`,
);
if (!verify.ok || verify.entries !== 4 * N)
  throw new Error("the audit chain forked or lost entries under concurrent writers");

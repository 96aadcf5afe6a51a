import { existsSync, rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { createApp } from "../src/app";
import { parseConfig } from "../src/config";
import { makeDeps } from "../src/deps";
import { seedCatalog } from "../src/modules/catalog";
import { signToken } from "../src/platform/auth/tokens";
import { openNodeDb } from "../src/platform/db/node-client";
import { generate } from "./generate";

/**
 * `npm run bench` (BENCH_N=50000 by default; BENCH_N=1000000 for the 1M export check).
 * Each API figure is set against a raw-SQL floor doing the same work on the same database, so the
 * ratio shows the API's own overhead (validation, auth, JSON, enrichment) rather than disk speed.
 */
const N = Number(process.env.BENCH_N ?? 50_000);
const REPS = Number(process.env.BENCH_REPS ?? 15);
const path = `/tmp/lmm-bench-${N}.db`;
const fresh = !existsSync(path);
if (process.env.BENCH_FRESH && !fresh)
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });

const { db } = await openNodeDb(`file:${path}`);
const [{ n } = { n: 0 }] = await db.all<{ n: number }>(sql`select count(*) as n from incidents`);
if (Number(n) < N) {
  const t0 = performance.now();
  await seedCatalog(db);
  await generate(db, N, (done) => done % 100_000 === 0 && process.stdout.write(`  generated ${done}\n`));
  console.log(`generated ${N} incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const config = parseConfig({ NODE_ENV: "test", DATABASE_URL: `file:${path}` });
const app = createApp(makeDeps(db, config));
const token = await signToken(config.jwt, { role: "regulator" }, new Date());
const get = (url: string) => app.request(url, { headers: { authorization: `Bearer ${token}` } });

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

const results: { case: string; api_ms: string; floor_ms: string; ratio: string }[] = [];
async function compare(name: string, url: string, floor: () => Promise<unknown>) {
  const res = await get(url);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const api = await median(async () => (await get(url)).text());
  const raw = await median(floor);
  results.push({
    case: name,
    api_ms: api.toFixed(2),
    floor_ms: raw.toFixed(2),
    ratio: (api / raw).toFixed(1),
  });
}

const page = (where: string) => () =>
  db.all(sql.raw(`select * from incidents where ${where} order by received_at desc, id desc limit 51`));
await compare("country=FR (page of 50)", "/v1/incidents?country=FR", page("country = 'FR'"));
await compare(
  "status+severity_min+risk",
  "/v1/incidents?status=triaged&severity_min=severe&risk_code=R_BIAS",
  page(
    "status = 'triaged' and severity_rank in (3,4,5) and id in (select incident_id from incident_risks where risk_code = 'R_BIAS')",
  ),
);
await compare(
  "foundation_model_id",
  "/v1/incidents?foundation_model_id=bench-product-1",
  page(
    "product_id in (select 'bench-product-1' union select product_id from product_lineage where parent_product_id = 'bench-product-1')",
  ),
);
await compare("q=insulin (FTS5)", "/v1/incidents?q=insulin", () =>
  db.all(
    sql.raw(
      `select i.* from incidents_fts f join incident_search_keys k on k.rowid = f.rowid join incidents i on i.id = k.incident_id where incidents_fts match '"insulin"' order by i.received_at desc limit 51`,
    ),
  ),
);

// Deep keyset pagination: walk to ~90% depth with limit=500, then time one page there.
let cursor: string | null = null;
for (let i = 0; i < Math.floor((N * 0.9) / 500); i++) {
  const res = await get(`/v1/incidents?limit=500${cursor ? `&cursor=${cursor}` : ""}`);
  cursor = ((await res.json()) as { next_cursor: string | null }).next_cursor;
}
const [deep] = await db.all<{ received_at: string; id: string }>(
  sql.raw(
    `select received_at, id from incidents order by received_at desc, id desc limit 1 offset ${Math.floor(N * 0.9)}`,
  ),
);
await compare(
  `deep keyset page (row ~${Math.floor(N * 0.9)})`,
  `/v1/incidents?limit=50&cursor=${cursor}`,
  () =>
    db.all(
      sql`select * from incidents where (received_at, id) < (${deep?.received_at}, ${deep?.id}) order by received_at desc, id desc limit 51`,
    ),
);
await compare(
  "stats group_by=country&interval=month",
  "/v1/incidents/stats?group_by=country&interval=month",
  () =>
    db.all(
      sql.raw(
        `select country, substr(occurred_at,1,7), count(*) from incidents where merged_into_id is null group by 1, 2`,
      ),
    ),
);
await compare("stats group_by=risk_code,severity", "/v1/incidents/stats?group_by=risk_code,severity", () =>
  db.all(
    sql.raw(
      `select r.risk_code, i.severity, count(distinct i.id) from incidents i left join incident_risks r on r.incident_id = i.id where merged_into_id is null group by 1, 2`,
    ),
  ),
);
console.table(results);

// Export throughput and memory: stream the whole table as NDJSON, sampling RSS while it runs.
for (const format of ["ndjson", "csv", "fhir"] as const) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const res = await get(`/v1/incidents/export?format=${format}`);
  let bytes = 0;
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
  const secs = (performance.now() - t0) / 1000;
  clearInterval(timer);
  const t1 = performance.now();
  let rows = 0;
  for (let last = ""; ; ) {
    const batch = await db.all<{ id: string; received_at: string }>(
      sql`select * from incidents where (received_at, id) > (${last.split("|")[0] ?? ""}, ${last.split("|")[1] ?? ""}) order by received_at, id limit 500`,
    );
    if (!batch.length) break;
    rows += batch.length;
    const end = batch.at(-1) as { id: string; received_at: string };
    last = `${end.received_at}|${end.id}`;
  }
  const floor = (performance.now() - t1) / 1000;
  console.log(
    `export ${format}: ${N} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${secs.toFixed(1)} s = ${Math.round(N / secs)} rows/s ` +
      `(raw keyset read floor ${Math.round(rows / floor)} rows/s, ratio ${(secs / floor).toFixed(1)}); ` +
      `RSS ${(rssBefore / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MiB`,
  );
}

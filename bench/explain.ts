import { createClient } from "@libsql/client";
import { CASES } from "./cases";
import { dataPath } from "./lib/dataset";

/**
 * `npx tsx bench/explain.ts [name-substring]`: each case's floor query on the bench data (BENCH_N):
 * its EXPLAIN QUERY PLAN and one warm run's time. For finding which plan a slow case gets.
 */
const client = createClient({ url: `file:${dataPath()}` });
for (const c of CASES) {
  if (!c.floor || (process.argv[2] && !c.name.includes(process.argv[2]))) continue;
  const args = c.floor.args ?? [];
  const plan = await client.execute({ sql: `explain query plan ${c.floor.sql}`, args });
  await client.execute({ sql: c.floor.sql, args });
  const t0 = performance.now();
  await client.execute({ sql: c.floor.sql, args });
  const ms = (performance.now() - t0).toFixed(1).padStart(7);
  console.log(`${c.name.padEnd(40)} ${ms} ms  ${plan.rows.map((r) => r.detail).join(" | ")}`);
}

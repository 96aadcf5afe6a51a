import type { Client, InValue } from "@libsql/client";
import type { Measured } from "./load";

/**
 * The database floor: the query a case needs, run back to back through @libsql/client on the same
 * file, for `seconds` (at least 3 runs). libSQL's local client executes synchronously on one thread,
 * so this is the most one server process could get out of the database for that query.
 */
export async function sqlFloor(
  client: Client,
  sql: string,
  args: InValue[],
  seconds: number,
): Promise<Measured> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (times.length < 3 || performance.now() < until) {
    const t0 = performance.now();
    await client.execute({ sql, args });
    times.push(performance.now() - t0);
  }
  return timed(
    times,
    times.reduce((a, b) => a + b, 0),
  );
}

/** Operations timed one by one as a load figure: rate over `elapsedMs`, p50 and p99 of the times. */
export function timed(times: number[], elapsedMs: number): Measured {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return {
    rps: (times.length * 1000) / elapsedMs,
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    requests: times.length,
    non2xx: 0,
    errors: 0,
  };
}

/** The floor of an API case: HTTP floor and query floor in series (floor = 1/(1/h + 1/d)). */
export const combined = (httpRps: number, sqlRps?: number) =>
  sqlRps === undefined ? httpRps : 1 / (1 / httpRps + 1 / sqlRps);

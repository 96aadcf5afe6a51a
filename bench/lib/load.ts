import autocannon from "autocannon";

export interface Load {
  connections: number;
  seconds: number;
}

export interface Measured {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Closed-loop load on loopback: `connections` clients, each sending its next request on the answer. */
export async function drive(
  url: string,
  load: Load,
  headers: Record<string, string> = {},
): Promise<Measured> {
  const r = await autocannon({
    url,
    connections: load.connections,
    duration: load.seconds,
    headers,
    timeout: 60,
  });
  return {
    // Completed requests over the run, not autocannon's per-second average (0 when every request of
    // a slow case takes longer than a second).
    rps: r.requests.total / (r.duration || load.seconds),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

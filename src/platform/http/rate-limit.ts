import type { Context, MiddlewareHandler, Next } from "hono";
import type { Config } from "../../config";
import type { AppEnv, Deps } from "../../deps";
import { createServerHmac } from "../crypto/server-hmac";
import { declaredBodySize } from "./body-size";
import { createClientAddressResolver, normaliseAddress } from "./client-address";
import { ProblemError } from "./problem";
import { countAndReserve, releaseBytes, type WindowPolicy, type WindowState } from "./rate-limit-store";

/** Unknown callers (no resolvable address) share one bucket: fail closed, never unlimited. */
const UNKNOWN_CLIENT = "unknown";
const DAY_SECONDS = 86_400;
/** How many client hashes one app remembers before starting over (a few hundred KB at most). */
const KNOWN_CLIENTS = 4096;

interface LimitedRoute {
  policy: WindowPolicy;
  /** Writes store what they are sent: their body size counts against the daily byte budget. */
  storesBody: boolean;
}

export function ratePolicies(config: Config["rateLimit"]) {
  return {
    writes: { name: "anon-writes", limit: config.anonWrites, windowSeconds: config.windowSeconds },
    lookups: { name: "receipt-lookups", limit: config.receiptLookups, windowSeconds: config.windowSeconds },
    bytes: { name: "anon-bytes", limit: config.anonBytesPerDay, windowSeconds: DAY_SECONDS },
  } satisfies Record<string, WindowPolicy>;
}

/**
 * The anonymous and receipt-token routes: filing, follow-ups, additions and receipt lookups, and the
 * same for compensation claims (filing, appeals, reading a claim and its eligibility by its token).
 */
function limitedRoute(policies: ReturnType<typeof ratePolicies>, method: string, path: string) {
  if (method === "POST" && /^\/v1\/incidents(\/[^/]+\/(reports|receipt\/additions))?$/.test(path))
    return { policy: policies.writes, storesBody: true } satisfies LimitedRoute;
  if (method === "POST" && /^\/v1\/claims(\/[^/]+\/appeals)?$/.test(path))
    return { policy: policies.writes, storesBody: true } satisfies LimitedRoute;
  if ((method === "GET" || method === "HEAD") && /^\/v1\/incidents\/[^/]+\/receipt$/.test(path))
    return { policy: policies.lookups, storesBody: false } satisfies LimitedRoute;
  if ((method === "GET" || method === "HEAD") && /^\/v1\/claims\/[^/]+(\/eligibility)?$/.test(path))
    return { policy: policies.lookups, storesBody: false } satisfies LimitedRoute;
  return undefined;
}

/** IETF draft-ietf-httpapi-ratelimit-headers (RateLimit-Policy / RateLimit) plus the older triple. */
function setRateLimitHeaders(headers: Headers, states: WindowState[]) {
  const describe = (s: WindowState) =>
    `"${s.policy.name}";q=${s.policy.limit};w=${s.policy.windowSeconds}` +
    (s.policy.name === "anon-bytes" ? ';qu="content-bytes"' : "");
  const remaining = (s: WindowState) => Math.max(0, s.policy.limit - s.used);
  headers.set("RateLimit-Policy", states.map(describe).join(", "));
  headers.set(
    "RateLimit",
    states.map((s) => `"${s.policy.name}";r=${remaining(s)};t=${s.resetSeconds}`).join(", "),
  );
  // The older single-policy headers describe the request-count policy (always first).
  const first = states[0] as WindowState;
  headers.set("RateLimit-Limit", String(first.policy.limit));
  headers.set("RateLimit-Remaining", String(remaining(first)));
  headers.set("RateLimit-Reset", String(first.resetSeconds));
}

function refusal(states: WindowState[], refused: WindowState): ProblemError {
  const headers = new Headers();
  setRateLimitHeaders(headers, states);
  headers.set("Retry-After", String(refused.resetSeconds));
  const bytes = refused.policy.name === "anon-bytes";
  const detail = bytes
    ? `This client may store at most ${refused.policy.limit} bytes of reports per day; nothing was stored`
    : `At most ${refused.policy.limit} such requests per ${refused.policy.windowSeconds} s from one client; nothing was stored`;
  return new ProblemError(429, bytes ? "daily-quota-exceeded" : "rate-limited", detail, {
    headers: Object.fromEntries(headers),
    extensions: { policy: refused.policy.name, retry_after: refused.resetSeconds },
  });
}

/**
 * Per-client limits for anonymous callers on the routes anyone can write to or probe with a
 * receipt token. Bearer callers are not limited here: their tokens are issued, short-lived,
 * attributable and revocable, and a regulator's tooling must not be throttled behind a NAT.
 * Counters live in the database (rate_limit_windows) so every process and isolate shares them.
 */
export function anonymousRateLimits(deps: Deps): MiddlewareHandler<AppEnv> {
  const policies = ratePolicies(deps.config.rateLimit);
  const resolveAddress = deps.clientAddress ?? createClientAddressResolver(deps.config);
  const addressHmac = createServerHmac(deps.config.dataEncryptionKey, "rate-limit-client");
  // Only a keyed hash of the address is stored: the table cannot be joined back to network logs.
  // Remembered per address (bounded, per app): one HMAC per client instead of one per request.
  const known = new Map<string, Promise<string>>();
  const clientHash = (c: Context) => {
    const address = normaliseAddress(resolveAddress(c) ?? UNKNOWN_CLIENT);
    let hash = known.get(address);
    if (!hash) {
      if (known.size >= KNOWN_CLIENTS) known.clear();
      hash = addressHmac.sign(address);
      known.set(address, hash);
    }
    return hash;
  };

  // Sync for the routes it leaves alone (every read but receipt and claim lookups): no promise of its own.
  return (c, next) => {
    const route = limitedRoute(policies, c.req.method, c.req.path);
    if (!route || c.get("principal").kind !== "anonymous") return next();
    return limited(c, next, route);
  };

  async function limited(c: Context<AppEnv>, next: Next, route: LimitedRoute): Promise<void> {
    const { db } = deps;
    const client = await clientHash(c);
    const nowMs = deps.clock.now().getTime();
    // The size is what is stored: declared by Content-Length (body-size.ts), or a chunked body read
    // once (hono caches it for the validator).
    const size = route.storesBody
      ? (declaredBodySize(c) ?? (await c.req.arrayBuffer()).byteLength)
      : undefined;
    const counted = await countAndReserve(
      deps,
      route.policy,
      size === undefined ? undefined : { policy: policies.bytes, size },
      client,
      nowMs,
    );
    const { hits } = counted;
    if (!hits.allowed) {
      if (counted.bytes?.allowed && size !== undefined)
        await releaseBytes(db, policies.bytes, client, size, nowMs);
      throw refusal([hits], hits);
    }
    let budget: { state: WindowState; size: number } | undefined;
    if (counted.bytes && size !== undefined) {
      if (!counted.bytes.allowed) throw refusal([hits, counted.bytes], counted.bytes);
      budget = { state: counted.bytes, size };
    }
    await next();
    const stored = c.res.status < 300 && c.res.headers.get("Idempotent-Replayed") !== "true";
    if (budget && !stored) {
      await releaseBytes(db, policies.bytes, client, budget.size, nowMs);
      budget.state.used -= budget.size;
    }
    const states = budget ? [hits, budget.state] : [hits];
    setRateLimitHeaders(c.res.headers, states);
  }
}

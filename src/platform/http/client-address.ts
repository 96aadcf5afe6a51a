import type { Context } from "hono";
import type { Config } from "../../config";

/**
 * Who is calling, as a network address, for per-client rate limits. Entry points inject how the
 * runtime exposes the peer (Node: the socket; Workers: CF-Connecting-IP, which Cloudflare sets);
 * a trusted proxy header, when configured, takes precedence. `undefined` means unknown: such
 * callers share one bucket (fail closed) rather than escaping the limits.
 */
export type ClientAddressResolver = (c: Context) => string | undefined;
export type PeerAddress = (c: Context) => string | undefined;

/**
 * The web pages call the API in-process; they pass the browser's address under this key in the
 * request env so the API counts the form post against the right client. Clients cannot set env.
 */
export const FORWARDED_CLIENT = Symbol("lmm-registry.forwarded-client");

/** The Node socket's remote address (@hono/node-server passes `{ incoming }` as env). */
export const nodePeerAddress: PeerAddress = (c) =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;

/** On Cloudflare the edge overwrites CF-Connecting-IP, so a client cannot choose it. */
export const cloudflarePeerAddress: PeerAddress = (c) => c.req.header("cf-connecting-ip");

/**
 * The right-most hop of a forwarded-for list that is not one of our own proxies: every proxy
 * appends the address it received the request from, so entries left of that can be forged.
 */
export function rightmostUntrustedHop(header: string, trusted: readonly string[]): string | undefined {
  const hops = header
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!trusted.includes(hop)) return hop;
  }
  return undefined;
}

export function createClientAddressResolver(
  config: Pick<Config, "trustedProxy">,
  peer: PeerAddress = nodePeerAddress,
): ClientAddressResolver {
  const { header, addresses } = config.trustedProxy;
  return (c) => {
    const forwarded = (c.env as Record<symbol, unknown> | undefined)?.[FORWARDED_CLIENT];
    if (typeof forwarded === "string") return forwarded;
    const viaProxy = header ? c.req.header(header) : undefined;
    const fromProxy = viaProxy ? rightmostUntrustedHop(viaProxy, addresses) : undefined;
    return fromProxy ?? peer(c);
  };
}

/**
 * One key per client: IPv4-mapped IPv6 becomes IPv4, and IPv6 is cut to its /64, because one
 * subscriber usually controls a whole /64 and could otherwise rotate through fresh addresses.
 */
export function normaliseAddress(address: string): string {
  const bare = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\](:\d+)?$/g, "");
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(bare);
  if (v4?.[1]) return v4[1];
  if (!bare.includes(":")) return bare;
  const [head = "", tail = ""] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = bare.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, "") || "0")
    .join(":")}::/64`;
}

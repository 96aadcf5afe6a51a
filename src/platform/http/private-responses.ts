import type { Context } from "hono";

/**
 * Whether an answer can carry a secret or personal data, so that browsers and proxies must never
 * store it: every answer to a write (a filing's receipt token, the report confirmation page, the
 * receipt page) and every answer to a credentialed request (bearer views with decrypted contact data,
 * receipt lookups by X-Receipt-Token). Decided from the request, before the route runs.
 */
export const isPrivateExchange = (c: Context): boolean =>
  c.req.header("authorization") !== undefined ||
  c.req.header("x-receipt-token") !== undefined ||
  (c.req.method !== "GET" && c.req.method !== "HEAD");

/**
 * Makes a private exchange's answer `no-store`: the request frame calls this after the route, on
 * error answers too, so a route's own Cache-Control (the product page's `public, no-cache`) never
 * reaches a credentialed caller. Pages that set a cookie are made no-store by the web module, which
 * sets the cookies. Anonymous GETs are left untouched here: reading a finished response's headers is
 * what makes the Node adapter build a full web Response, the largest cost of a cheap public read.
 */
export function markNoStore(c: Context): void {
  c.res.headers.set("Cache-Control", "no-store");
}

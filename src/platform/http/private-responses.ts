import type { MiddlewareHandler } from "hono";

/**
 * Responses that can carry a secret or personal data are never stored by browsers or proxies:
 * every answer to a write (a filing's receipt token, the report confirmation page, the receipt
 * page) and every answer to a credentialed request (bearer views with decrypted contact data,
 * receipt lookups by X-Receipt-Token). Runs on error responses too, and after the route, so a
 * route's own Cache-Control (the product page's `public, no-cache`) never reaches a credentialed
 * caller. Pages that set a cookie are made no-store by the web module, which sets the cookies.
 * Anonymous GETs are left untouched here: reading a finished response's headers is what makes the
 * Node adapter build a full web Response, the largest cost of a cheap public read.
 */
export const noStoreForPrivateResponses: MiddlewareHandler = async (c, next) => {
  const credentialed =
    c.req.header("authorization") !== undefined || c.req.header("x-receipt-token") !== undefined;
  const write = c.req.method !== "GET" && c.req.method !== "HEAD";
  await next();
  if (credentialed || write) c.res.headers.set("Cache-Control", "no-store");
};

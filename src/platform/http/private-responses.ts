import type { MiddlewareHandler } from "hono";

/**
 * Responses that can carry a secret or personal data are never stored by browsers or proxies:
 * every answer to a write (a filing's receipt token, the report confirmation page, the receipt
 * page) and every answer to a credentialed request (bearer views with decrypted contact data,
 * receipt lookups by X-Receipt-Token), and every answer that sets a cookie. Runs on error responses too.
 */
export const noStoreForPrivateResponses: MiddlewareHandler = async (c, next) => {
  await next();
  const credentialed =
    c.req.header("authorization") !== undefined || c.req.header("x-receipt-token") !== undefined;
  const write = c.req.method !== "GET" && c.req.method !== "HEAD";
  // A page that sets a cookie (the forms' CSRF nonce) must not be served from a cache to someone else.
  const setsCookie = c.res.headers.has("set-cookie");
  if (credentialed || write || setsCookie) c.res.headers.set("Cache-Control", "no-store");
};

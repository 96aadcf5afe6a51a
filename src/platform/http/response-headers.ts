import type { Context } from "hono";
import type { AppEnv } from "../../deps";
import { REQUEST_ID_HEADER } from "../log/request-log";

/**
 * The security headers of an API answer (JSON, problem+json, CSV, NDJSON, FHIR, 304s), as the OWASP
 * REST Security Cheat Sheet's "Security Headers" section lists them for every API response (read
 * 2026-12): HSTS, `nosniff`, no framing at all (`frame-ancestors 'none'` and `X-Frame-Options: DENY`),
 * a CSP that loads nothing should the answer ever be opened as a document, and this exchange's request
 * id; plus `Cross-Origin-Resource-Policy`, which stops other sites embedding the registry's answers as
 * no-cors subresources. Content-Type and Cache-Control are set per answer. The headers that only act
 * on HTML documents are sent with documents (HTML_DOCUMENT_ENTRIES, below). A function returning a
 * fresh literal, because building the record per response by spreading a constant cost 6–9 µs (V8
 * copies it into a dictionary-mode object), a literal 0.1–0.2 µs.
 */
const apiRecord = (requestId: string): Record<string, string> => ({
  "Strict-Transport-Security": "max-age=15552000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cross-Origin-Resource-Policy": "same-origin",
  [REQUEST_ID_HEADER]: requestId,
});
const API_ENTRIES = Object.entries(apiRecord("")).filter(([name]) => name !== REQUEST_ID_HEADER);

/**
 * An HTML document (the web pages, the API reference) gets hono/secure-headers' defaults (its
 * HEADERS_MAP with DEFAULT_OPTIONS, read in hono 4.13) instead: these act on documents (opener
 * isolation, referrer, DNS prefetch, legacy download and cross-domain policy handling), and framing
 * by the same origin stays allowed. No CSP here: each page sets its own (modules/web).
 */
const HTML_DOCUMENT_ENTRIES: readonly (readonly [string, string])[] = [
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/** Marks a response built by preparedResponse: it already carries every standard header. */
const COMPLETE: unique symbol = Symbol("standard headers included");

/**
 * An API answer with the standard headers built in, as one plain header record. The hot public reads
 * (/health, the catalog, the product page) answer through this: with a plain record @hono/node-server
 * hands the headers straight to Node's `writeHead`, whereas any header set through Hono's `c.header`
 * (a web `Headers` object, with its per-call WebIDL checks) must be copied out again per request; on
 * /health that pair was about a tenth of the request's CPU. `headers` wins over the standard ones.
 */
export function preparedResponse(
  c: Context<AppEnv>,
  body: string | Uint8Array<ArrayBuffer> | null,
  status: number,
  headers: Readonly<Record<string, string>>,
): Response {
  const all = apiRecord(c.get("requestId"));
  for (const name in headers) all[name] = headers[name] as string;
  const response = new Response(body, { status, headers: all });
  (response as Response & { [COMPLETE]?: true })[COMPLETE] = true;
  return response;
}

/**
 * Gives a finished answer its security headers and request id (the request frame calls this after
 * the route, on errors too: Hono's compose has turned a throw into c.res by then), unless the
 * response was built complete. A header the route set itself (the pages' CSP and Referrer-Policy) wins.
 */
export function addStandardHeaders(c: Context<AppEnv>): void {
  if ((c.res as Response & { [COMPLETE]?: true })[COMPLETE]) return;
  const headers = c.res.headers;
  const html = headers.get("content-type")?.startsWith("text/html") === true;
  for (const [name, value] of html ? HTML_DOCUMENT_ENTRIES : API_ENTRIES) {
    if (!headers.has(name)) headers.set(name, value);
  }
  if (!headers.has(REQUEST_ID_HEADER)) headers.set(REQUEST_ID_HEADER, c.get("requestId"));
}

import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { base64url } from "jose";
import type { Config } from "../../config";
import { createServerHmac } from "../crypto/server-hmac";

/** The hidden form field that carries the token. */
export const CSRF_FIELD = "csrf_token";
const COOKIE = "lmm_csrf";
const NONCE = /^[A-Za-z0-9_-]{43}$/;
/** A form left open longer than this must be reloaded; the cookie then gets a fresh nonce. */
const COOKIE_MAX_AGE_SECONDS = 2 * 60 * 60;

export interface CsrfGuard {
  /** The token for one form, setting the browser's nonce cookie when it has none. */
  issue(c: Context, form: string): Promise<string>;
  /** Why a post must be refused, or undefined when it comes from our own page with its token. */
  refusal(c: Context, form: string, token: unknown): Promise<string | undefined>;
}

/**
 * Signed double-submit: the browser holds a random nonce in a SameSite=Strict, HttpOnly cookie and
 * each form carries HMAC(server key, form ‖ nonce). Another site can neither read nor set our
 * cookie, so it cannot produce a matching pair, and a stolen token is bound to one browser and one
 * form. Fetch metadata (Sec-Fetch-Site, else Origin) is checked first, so modern browsers refuse
 * a cross-site post before any token is looked at. The key is derived from DATA_ENCRYPTION_KEY.
 */
export function createCsrfGuard(config: Pick<Config, "env" | "dataEncryptionKey">): CsrfGuard {
  const hmac = createServerHmac(config.dataEncryptionKey, "csrf");
  // Secure cookies with the __Host- prefix (no Domain, Path=/) whenever the page is served over TLS.
  const secure = (c: Context) => config.env === "production" || new URL(c.req.url).protocol === "https:";
  const cookieName = (c: Context) => (secure(c) ? `__Host-${COOKIE}` : COOKIE);

  return {
    async issue(c, form) {
      const held = getCookie(c, cookieName(c));
      const nonce =
        held && NONCE.test(held) ? held : base64url.encode(crypto.getRandomValues(new Uint8Array(32)));
      // Set again on every form, so the cookie outlives the form page it was loaded with.
      setCookie(c, cookieName(c), nonce, {
        path: "/",
        httpOnly: true,
        sameSite: "Strict",
        secure: secure(c),
        maxAge: COOKIE_MAX_AGE_SECONDS,
      });
      return hmac.sign(`${form}:${nonce}`);
    },

    async refusal(c, form, token) {
      // Fetch metadata, when sent, is the browser's own word. Origin is only the fallback: under
      // Referrer-Policy no-referrer a browser sends `Origin: null` even for a same-origin post.
      const site = c.req.header("sec-fetch-site");
      if (site !== undefined && site !== "same-origin")
        return `the form was sent from another site (${site})`;
      const origin = c.req.header("origin");
      const host = c.req.header("host") ?? new URL(c.req.url).host;
      if (site === undefined && origin !== undefined && !sameHost(origin, host))
        return "the form was sent from another origin";
      const nonce = getCookie(c, cookieName(c));
      if (!nonce || !NONCE.test(nonce)) return "the form's security cookie is missing or expired";
      if (typeof token !== "string" || !(await hmac.verify(`${form}:${nonce}`, token)))
        return "the form's security token is missing or does not match";
      return undefined;
    },
  };
}

/** Scheme is not compared: behind a TLS-terminating proxy the app itself sees plain http. */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, some redirects) and anything unparseable are never our own page.
    return false;
  }
}

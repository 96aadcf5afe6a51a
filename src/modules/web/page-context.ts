import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../../deps";
import { LANG_COOKIE, LANG_PARAM, negotiateLocale } from "./i18n/negotiate";
import { createTranslator, type Translator } from "./i18n/translator";

/** What every page knows about its request: the reader's language and where the switcher points. */
export interface PageContext {
  tr: Translator;
  /** This page's path and query without `lang`, for the language switcher's links. */
  here: string;
  /** Whether a regulator session cookie is present (the nav then offers the dashboard and sign-out). */
  signedIn: boolean;
}

export type WebEnv = { Variables: AppEnv["Variables"] & { page: PageContext } };

/** The regulator's session cookie (see session.tsx): `__Host-`, so Secure, Path=/ and no Domain. */
export const SESSION_COOKIE = "__Host-lmm_session";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Picks the language (?lang=, then the cookie, then Accept-Language) and remembers an explicit choice. */
export const pageContext: MiddlewareHandler<WebEnv> = async (c, next) => {
  const { locale, remember } = negotiateLocale({
    query: c.req.query(LANG_PARAM),
    cookie: getCookie(c, LANG_COOKIE),
    acceptLanguage: c.req.header("accept-language"),
  });
  // Not a secret: readable, Lax, so following a link from elsewhere keeps the reader's language.
  if (remember) setCookie(c, LANG_COOKIE, locale, { path: "/", sameSite: "Lax", maxAge: YEAR_SECONDS });
  const url = new URL(c.req.url);
  url.searchParams.delete(LANG_PARAM);
  c.set("page", {
    tr: createTranslator(locale),
    here: `${url.pathname}${url.search}`,
    signedIn: getCookie(c, SESSION_COOKIE) !== undefined,
  });
  // The answer depends on these; a shared cache must not give one reader's language to another.
  c.header("Vary", "Accept-Language, Cookie");
  c.header("Content-Language", locale);
  await next();
};

export const pageOf = (c: Context<WebEnv>) => c.get("page");

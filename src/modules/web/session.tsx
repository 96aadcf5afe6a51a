import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Deps } from "../../deps";
import { CSRF_FIELD, createCsrfGuard } from "../../platform/http/csrf";
import { createFormKit } from "./form-kit";
import { describedBy, ErrorSummary, type FieldError, FieldMessage, Layout } from "./layout";
import { type PageContext, pageOf, SESSION_COOKIE, type WebEnv } from "./page-context";

/** A dashboard session lasts a working day at most; the token's own expiry is checked on every call. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The regulator's token, from the session cookie only (never from a URL or a form after sign-in). */
export const sessionToken = (c: Context) => getCookie(c, SESSION_COOKIE);

export function clearSession(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
}

export function SignInPage(props: {
  page: PageContext;
  csrfToken: string;
  errors: FieldError[];
  signedOut?: boolean;
}) {
  const { page, errors } = props;
  const { tr } = page;
  return (
    <Layout page={page} title={tr.t("signin.title")}>
      <h1>{tr.t("signin.heading")}</h1>
      {props.signedOut ? (
        <div class="ok" role="status">
          <p>{tr.t("signin.signedOut")}</p>
        </div>
      ) : null}
      <ErrorSummary page={page} errors={errors} />
      <p id="token-hint">{tr.t("signin.intro")}</p>
      {/* POST only: the token never appears in an address, a log line or the browser's history. */}
      <form method="post" action="/signin">
        <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
        <label for="token">{tr.t("signin.token")}</label>
        <FieldMessage field="token" errors={errors} />
        <input
          id="token"
          name="token"
          type="password"
          required
          autocomplete="off"
          aria-invalid={errors.length ? "true" : undefined}
          aria-describedby={describedBy("token", errors, true)}
        />
        <button type="submit">{tr.t("signin.send")}</button>
      </form>
    </Layout>
  );
}

/** The sign-out button every dashboard page carries (a POST with its CSRF token, never a link). */
export function SignOutForm(props: { page: PageContext; csrfToken: string }) {
  return (
    <form method="post" action="/signout" class="inline-form">
      <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
      <button type="submit">{props.page.tr.t("signin.signOut")}</button>
    </form>
  );
}

/**
 * Sign-in by pasting a token once: it is checked like any API token (signature, expiry, issuer) and
 * must be a regulator's, then kept in a `__Host-` cookie: HttpOnly (no script reads it), Secure,
 * SameSite=Strict (no other site's request carries it), Path=/ and the dashboard alone uses it.
 */
export function createSessionRoutes(deps: Deps) {
  const web = new Hono<WebEnv>();
  const { csrf, posted } = createFormKit(deps);
  const page = async (
    c: Context<WebEnv>,
    errors: FieldError[],
    status: 200 | 400 | 401,
    signedOut?: boolean,
  ) =>
    c.html(
      <SignInPage
        page={pageOf(c)}
        csrfToken={await csrf.issue(c, "signin")}
        errors={errors}
        signedOut={signedOut}
      />,
      status,
    );

  web.get("/signin", (c) => page(c, [], 200));

  web.post("/signin", async (c) => {
    const form = await posted(c, "signin", "/signin");
    if (form instanceof Response) return form;
    const token = typeof form.token === "string" ? form.token.trim() : "";
    const invalid = [{ field: "token", message: pageOf(c).tr.t("signin.invalid") }];
    if (token === "" || token.length > 8192) return page(c, invalid, 400);
    const principal = await deps.verifyToken(token).catch(() => undefined);
    if (principal?.kind !== "user" || principal.role !== "regulator") return page(c, invalid, 401);
    setCookie(c, SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      secure: true,
      sameSite: "Strict",
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    return c.redirect("/dashboard", 303);
  });

  web.post("/signout", async (c) => {
    const form = await posted(c, "signout", "/dashboard");
    if (form instanceof Response) return form;
    clearSession(c);
    pageOf(c).signedIn = false;
    return page(c, [], 200, true);
  });
  return web;
}

export const signOutToken = (deps: Deps) => {
  const csrf = createCsrfGuard(deps.config);
  return (c: Context) => csrf.issue(c, "signout");
};

import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { MessageKey } from "./i18n/locales";
import { ENDONYMS, LOCALES } from "./i18n/locales";
import type { PageContext } from "./page-context";
import { LAYOUT_CSS } from "./styles";

/** A link to the same page in another language (the server remembers the choice in a cookie). */
const switchTo = (here: string, lang: string) => `${here}${here.includes("?") ? "&" : "?"}lang=${lang}`;

/** A page's `<html>` element after the doctype, without which browsers lay pages out in quirks mode. */
export function HtmlDocument(props: { lang: string; dir: string; children: Child }) {
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={props.lang} dir={props.dir}>
        {props.children}
      </html>
    </>
  );
}

/** Plain HTML with a little CSS: works without JavaScript, readable on a phone and by screen readers. */
export function Layout(props: { page: PageContext; title: string; children: Child }) {
  const { tr, here, signedIn } = props.page;
  return (
    <HtmlDocument lang={tr.locale} dir={tr.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${tr.t("site.name")}`}</title>
        {/* Raw, not as a text child: JSX escapes `"` to &quot;, which a <style> element does not decode
            (the stacked tables' `content: attr(data-label) ": "` was dropped). A constant, never input. */}
        <style dangerouslySetInnerHTML={{ __html: LAYOUT_CSS }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {tr.t("nav.skip")}
        </a>
        <header>
          <nav aria-label={tr.t("nav.label")}>
            <a href="/">{tr.t("nav.registry")}</a>
            <a href="/report">{tr.t("nav.report")}</a>
            <a href="/receipt">{tr.t("nav.receipt")}</a>
            <a href="/funds">{tr.t("nav.funds")}</a>
            <a href={signedIn ? "/dashboard" : "/signin"}>{tr.t("nav.dashboard")}</a>
            <a href="/docs">{tr.t("nav.docs")}</a>
          </nav>
          <nav aria-label={tr.t("lang.label")} class="langs">
            {LOCALES.map((l) => (
              <a
                href={switchTo(here, l)}
                lang={l}
                hreflang={l}
                aria-current={l === tr.locale ? "true" : undefined}
              >
                {ENDONYMS[l]}
              </a>
            ))}
          </nav>
        </header>
        <main id="main">{props.children}</main>
      </body>
    </HtmlDocument>
  );
}

export interface FieldError {
  /** The form field's name (also the id of its input), or "form" for the form as a whole. */
  field: string;
  message: string;
}

/** The summary at the top: every problem, each linking to its field. */
export function ErrorSummary(props: { page: PageContext; errors: FieldError[] }) {
  const { tr } = props.page;
  if (props.errors.length === 0) return null;
  return (
    <div class="errors" role="alert" id="error-summary">
      <h2>{tr.t("common.fixTitle", { count: props.errors.length })}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            {e.field === "form" ? (
              e.message
            ) : (
              <a href={`#${e.field}`}>
                {tr.label("field", e.field)}: {e.message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message next to one field; its id is what the field's aria-describedby names. */
export function FieldMessage(props: { field: string; errors: FieldError[] }) {
  const mine = props.errors.filter((e) => e.field === props.field);
  if (mine.length === 0) return null;
  return (
    <p class="field-error" id={`${props.field}-error`}>
      {mine.map((e) => e.message).join(" ")}
    </p>
  );
}

export const describedBy = (field: string, errors: FieldError[], hint?: boolean) =>
  [hint ? `${field}-hint` : "", errors.some((e) => e.field === field) ? `${field}-error` : ""]
    .filter(Boolean)
    .join(" ") || undefined;

/** A form post refused because it did not come from this site's own page (CSRF protection). */
export function FormRefused(props: { page: PageContext; retry: string; reason: string }) {
  const { tr } = props.page;
  return (
    <Layout page={props.page} title={tr.t("refused.title")}>
      <h1>{tr.t("refused.heading")}</h1>
      <div class="errors" role="alert">
        <p>{tr.t("refused.body")}</p>
        {/* The check's own words, for whoever helps the reader: technical, and in English. */}
        <p class="hint" lang="en" dir="ltr">
          {props.reason}
        </p>
      </div>
      <p>
        <a href={props.retry}>{tr.t("refused.retry")}</a>
      </p>
    </Layout>
  );
}

/** An HTML 404 in the reader's language (unknown product, unknown page under the web routes). */
export function NotFoundPage(props: { page: PageContext; messageKey?: MessageKey; id?: string }) {
  const { tr } = props.page;
  return (
    <Layout page={props.page} title={tr.t("notFound.title")}>
      <h1>{tr.t("notFound.heading")}</h1>
      {props.messageKey ? <p>{tr.t(props.messageKey, { id: props.id ?? "" })}</p> : null}
      <p>
        <a href="/">{tr.t("notFound.back")}</a>
      </p>
    </Layout>
  );
}

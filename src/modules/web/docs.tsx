import { Hono } from "hono";
import type { WebAssets } from "./assets";
import { HtmlDocument } from "./layout";
import { pageOf, type WebEnv } from "./page-context";

/**
 * The API reference: Scalar's standalone browser bundle, served by the app from its npm package so the
 * page works offline. Its CSP differs from the other pages' (it runs scripts), and only here.
 */
const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Scalar injects its theme as <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

/** No font, telemetry or proxy request leaves the origin: Scalar's defaults for those are switched off. */
/**
 * Scalar's light theme with text colours dark enough for WCAG AA contrast on its backgrounds, and
 * system fonts: the bundle's @font-face rules point at Scalar's font host, which is never used.
 */
const CUSTOM_CSS = [
  ":root{--scalar-font:system-ui,sans-serif;--scalar-font-code:ui-monospace,monospace}",
  ".light-mode{--scalar-color-2:#3b3b3b;--scalar-color-3:#545454;--scalar-sidebar-color-2:#3b3b3b;",
  "--scalar-color-blue:#0b4fa3;--scalar-color-green:#18652c;--scalar-color-orange:#8a4600;",
  "--scalar-color-red:#a00000;--scalar-color-purple:#5b2a86;--scalar-color-yellow:#665200}",
].join("");

/**
 * Scalar's code blocks have icon-only copy buttons without a name; each gets one (in the page's
 * language, from the mount element) as it appears, so screen readers can announce it.
 */
const INIT_SCRIPT = `Scalar.createApiReference("#scalar-docs", {
  url: "/openapi.json",
  withDefaultFonts: false,
  forceDarkModeState: "light",
  hideDarkModeToggle: true,
  customCss: ${JSON.stringify(CUSTOM_CSS)},
});
(function () {
  var mount = document.getElementById("scalar-docs");
  var label = mount.getAttribute("data-copy-label");
  function name() {
    mount.querySelectorAll("button.scalar-code-copy:not([aria-label])").forEach(function (b) {
      b.setAttribute("aria-label", label);
    });
  }
  new MutationObserver(name).observe(mount, { childList: true, subtree: true });
})();
`;
export function createDocsRoutes(assets: WebAssets | undefined) {
  const web = new Hono<WebEnv>();
  web.get("/docs", async (c) => {
    const { tr } = pageOf(c);
    c.header("Content-Security-Policy", DOCS_CSP);
    const available = assets !== undefined;
    return c.html(
      <HtmlDocument lang={tr.locale} dir={tr.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${tr.t("docs.title")} · ${tr.t("site.name")}`}</title>
        </head>
        <body>
          {available ? (
            // Scalar mounts here. Not id="api-reference": the bundle mounts an instance of its own on an
            // element of that id (reading its text as the document), which stayed a loading skeleton.
            <div id="scalar-docs" data-copy-label={tr.t("docs.copy")} />
          ) : (
            <main>
              <h1>{tr.t("docs.title")}</h1>
              <p>{tr.t("docs.unavailable")}</p>
            </main>
          )}
          <noscript>
            <p>{tr.t("docs.noscript")}</p>
          </noscript>
          {available ? <script src="/docs/assets/scalar.js" /> : null}
          {available ? <script src="/docs/assets/init.js" /> : null}
        </body>
      </HtmlDocument>,
      available ? 200 : 503,
    );
  });
  web.get("/docs/assets/init.js", (c) =>
    c.body(INIT_SCRIPT, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
    }),
  );
  web.get("/docs/assets/scalar.js", async (c) => {
    const source = await assets?.scalarBundle();
    if (source === undefined) return c.notFound();
    return c.body(source, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    });
  });
  return web;
}

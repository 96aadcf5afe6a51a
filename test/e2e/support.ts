import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { createTestApp, type TestApp } from "../helpers/harness";

/**
 * The real server on a local port and Debian's Chromium through playwright-core (`apt-get install
 * chromium`; .ci/run installs it; CHROMIUM_PATH overrides). Pages are opened at http://localhost,
 * a secure context, so the regulator's Secure cookie is kept as it would be over TLS.
 */
export interface E2e {
  t: TestApp;
  base: string;
  browser: Browser;
  /** Requests the pages tried to send anywhere but our origin (they are aborted). */
  offsite: string[];
  close(): Promise<void>;
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

export async function startE2e(): Promise<E2e> {
  const t = await createTestApp();
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP localhost 127.0.0.1",
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    t,
    base: `http://localhost:${port}`,
    browser,
    offsite: [],
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** A browser context that aborts and records any request leaving the origin. */
export async function newContext(
  e: E2e,
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    locale?: string;
    bypassCSP?: boolean;
  } = {},
): Promise<BrowserContext> {
  const context = await e.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    ...(options.locale
      ? { locale: options.locale, extraHTTPHeaders: { "Accept-Language": options.locale } }
      : {}),
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(e.base) || url.startsWith("data:")) return route.continue();
    e.offsite.push(url);
    return route.abort();
  });
  return context;
}

const AXE_SOURCE = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve("axe-core")), "axe.min.js"),
  "utf8",
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations (WCAG 2.x A/AA and best practice) on the current page. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(async () => {
    // Injected into the page just above.
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
    };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
}

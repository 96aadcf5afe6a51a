import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import { actor, product } from "../helpers/registry-fixtures";

/**
 * A person files an anonymous harm report in a real browser and follows it with the receipt token.
 * Chromium comes from Debian (`apt-get install chromium`; .ci/run installs it); CHROMIUM_PATH overrides.
 */
let t: TestApp;
let server: ReturnType<typeof serve>;
let base: string;
let browser: Browser;
let registration: string;

beforeAll(async () => {
  t = await createTestApp();
  const dev = await actor(t);
  registration = (await product(t, { role: "developer", actorId: dev }, { name: "Symptom Checker" }))
    .registration_number;
  server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("harm report form in a browser", () => {
  it("files anonymously, shows the receipt token once, and the token shows the status", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: registration }).click();
    await page.getByRole("link", { name: /Report a harm involving this product/ }).click();
    await expect.poll(() => page.inputValue("#product")).toBe(registration);

    await page.fill("#occurred_at", "2026-05-20");
    await page.fill("#country", "KE");
    await page.selectOption("#setting", "consumer_app");
    await page.selectOption("#event_type", "injury");
    await page.selectOption("#severity", "moderate");
    await page.selectOption("#outcome", "recovering");
    await page.selectOption("#risk_codes", ["R_FALSE_INFO"]);
    await page.fill("#description", "Iliniambia nichukue dozi mara mbili ya dawa ya kisukari.");
    await page.selectOption("#reporter_role", "patient");
    await page.getByRole("button", { name: "Send report" }).click();

    const status = page.getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/INC-2026-\d{6} received/);
    const codes = await status.locator("code").allTextContents();
    const [id, token] = codes as [string, string];
    await page.screenshot({ path: "/tmp/e2e-report-filed.png" });

    await page.getByRole("link", { name: "Follow your report" }).click();
    await page.fill("#id", id);
    await page.fill("#token", token);
    await page.getByRole("button", { name: "Show status" }).click();
    await expect.poll(() => page.locator("section h2").textContent()).toMatch(/INC-2026-\d{6}: received/);
    expect(page.url()).not.toContain(token);

    const stored = await t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
    expect(stored.json).toMatchObject({
      country: "KE",
      severity: "moderate",
      reports: [{ anonymous: true, contact: null }],
    });
  });

  it("keeps the reporter's answers and lists each problem when the report is refused", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/report`);
    await page.fill("#product", "some app");
    await page.fill("#occurred_at", "2099-01-01");
    await page.fill("#country", "KE");
    for (const [field, value] of [
      ["#setting", "hospital"],
      ["#event_type", "injury"],
      ["#severity", "mild"],
      ["#outcome", "recovered"],
      ["#reporter_role", "patient"],
    ] as const) {
      await page.selectOption(field, value);
    }
    await page.fill("#description", "Too late to matter");
    await page.getByRole("button", { name: "Send report" }).click();
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toMatch(/occurred_at/);
    expect(await page.inputValue("#description")).toBe("Too late to matter");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";
import { DESKTOP, type E2e, newContext, PHONE, SCREENSHOTS, startE2e } from "./support";

let e: E2e;
let reference: string;

beforeAll(async () => {
  e = await startE2e();
  const dev = await actor(e.t, ["developer"], "Aurora Labs");
  const fm = await product(e.t, { role: "developer", actorId: dev }, { name: "Aurora FM" });
  const app = await product(
    e.t,
    { role: "developer", actorId: dev },
    { name: "Triage app", kind: "application", builds_on: [{ product_id: fm.id, relation: "fine_tune" }] },
  );
  const filed = await postForm(
    e.t.app,
    "/report",
    reportFormFields({ product: app.registration_number, severity: "severe", risk_codes: ["R_FALSE_INFO"] }),
    await openForm(e.t.app, "/report"),
  );
  reference = /INC-2026-\d{6}/.exec(await filed.text())?.[0] as string;
});

afterAll(async () => {
  await e?.close();
});

describe("regulator dashboard in a browser", () => {
  it("signs in by pasting a token, shows the filed report in its numbers, and signs out", async () => {
    const context = await newContext(e, { javaScriptEnabled: false, viewport: DESKTOP, locale: "en" });
    const page = await context.newPage();
    await page.goto(`${e.base}/dashboard`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    const token = await e.t.token("regulator");
    await page.fill("#token", token);
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    expect(page.url()).not.toContain(token);
    const session = (await context.cookies()).find((c) => c.name === "__Host-lmm_session");
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Strict", path: "/" });

    expect(await page.textContent("#dash-total")).toBe("Incidents: 1");
    expect(await page.locator("#top-risks + svg, #top-risks ~ svg").count()).toBe(1);
    expect(await page.textContent("section[aria-labelledby=by-model] table")).toContain("Aurora FM");
    expect(await page.textContent("section[aria-labelledby=top-risks] table")).toContain(
      "It gave wrong, incomplete or made-up information",
    );
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-en-desktop.png`, fullPage: true });
    await page.getByRole("link", { name: reference }).click();
    expect(await page.textContent("h1")).toBe(`Incident ${reference}`);
    await page.locator('a[href*="/explanation?ruleset="]').first().click();
    expect(await page.locator("body").textContent()).toMatch(/\S/);
    await page.goBack();
    await page.getByRole("button", { name: "Sign out" }).click();
    expect(await page.textContent("[role=status]")).toContain("You are signed out.");
    expect((await context.cookies()).some((c) => c.name === "__Host-lmm_session")).toBe(false);
    await context.close();
  });

  it("mirrors the dashboard in Arabic on a phone", async () => {
    const context = await newContext(e, { viewport: PHONE, locale: "ar" });
    const page = await context.newPage();
    await page.goto(`${e.base}/signin`);
    await page.fill("#token", await e.t.token("regulator"));
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.textContent("#dash-total")).toContain("1");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-ar-phone.png`, fullPage: true });
    await context.close();
  });
});

describe("API docs in a browser", () => {
  it("renders the API reference from the app's own bundle, with nothing fetched from elsewhere", async () => {
    const before = e.offsite.length;
    const context = await newContext(e, { viewport: DESKTOP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${e.base}/docs`);
    // Scalar renders /openapi.json: the API's title as the first screen's heading, its operations by summary.
    const title = page.getByRole("heading", { name: "LMM Health Liability & Incident Registry" });
    await title.waitFor({ timeout: 30_000 });
    const box = await title.boundingBox();
    expect(box && box.y >= 0 && box.y < DESKTOP.height).toBe(true);
    expect(await page.getByText("Ethical principles").first().isVisible()).toBe(true);
    // System fonts, config applied: nothing is refused by the page's CSP (no font host, no CDN).
    expect(errors.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/docs-desktop.png` });
    expect(e.offsite.slice(before)).toEqual([]);
    await context.close();
  });
});

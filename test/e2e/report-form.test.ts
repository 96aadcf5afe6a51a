import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, product } from "../helpers/registry-fixtures";
import { type E2e, newContext, PHONE, SCREENSHOTS, startE2e } from "./support";

/**
 * A person files a harm report with JavaScript switched off, in Arabic and in French, keeps the
 * receipt token, reads the report's status with it and adds information.
 */
let e: E2e;
let registration: string;

beforeAll(async () => {
  e = await startE2e();
  const dev = await actor(e.t, ["developer"], "Aurora Labs");
  registration = (await product(e.t, { role: "developer", actorId: dev }, { name: "Symptom Checker" }))
    .registration_number;
});

afterAll(async () => {
  await e?.close();
});

async function fill(page: Page, description: string) {
  await page.fill("#product", registration);
  await page.fill("#occurred_at", "2026-05-20");
  await page.selectOption("#country", "KE");
  await page.selectOption("#setting", "consumer_app");
  await page.selectOption("#event_type", "injury");
  await page.selectOption("#severity", "moderate");
  await page.selectOption("#outcome", "recovering");
  await page.check('input[name=risk_codes][value="R_FALSE_INFO"]');
  await page.fill("#description", description);
  await page.selectOption("#reporter_role", "patient");
}

const cases = [
  {
    lang: "ar",
    dir: "rtl",
    send: "إرسال البلاغ",
    received: /شكرًا لك: تم استلام البلاغ \u2068?INC-2026-\d{6}/,
    follow: "متابعة بلاغك",
    show: "عرض الحالة",
    status: /البلاغ \u2068?INC-2026-\d{6}\u2069?: \u2068?مستلَم/,
    history: "استلمنا بلاغك.",
    addSend: "إضافة إلى بلاغي",
    added: "أضفتَ معلومات.",
  },
  {
    lang: "fr",
    dir: "ltr",
    send: "Envoyer le signalement",
    received: /Merci : signalement INC-2026-\d{6} reçu/,
    follow: "Suivre votre signalement",
    show: "Afficher l'état",
    status: /Signalement INC-2026-\d{6} : reçu/,
    history: "Nous avons reçu votre signalement.",
    addSend: "Ajouter à mon signalement",
    added: "Vous avez ajouté des informations.",
  },
] as const;

describe("harm report in a browser with JavaScript off", () => {
  for (const c of cases) {
    it(`files in ${c.lang}, shows the receipt token once, reads the status with it and adds information`, async () => {
      const context = await newContext(e, { javaScriptEnabled: false, viewport: PHONE, locale: c.lang });
      const page = await context.newPage();
      await page.goto(`${e.base}/products/${registration}`);
      expect(await page.getAttribute("html", "lang")).toBe(c.lang);
      expect(await page.getAttribute("html", "dir")).toBe(c.dir);
      await page.click(`a[href^="/report?product="]`);
      expect(await page.inputValue("#product")).toBe(registration);
      await fill(
        page,
        c.lang === "ar"
          ? "أخبرني التطبيق بمضاعفة جرعة الإنسولين."
          : "L'application m'a dit de doubler la dose.",
      );
      await page.getByRole("button", { name: c.send }).click();

      const status = page.getByRole("status");
      expect(await status.textContent()).toMatch(c.received);
      const id = (await page.textContent("#incident-id")) as string;
      const token = (await page.textContent("#receipt-token")) as string;
      // The token wraps inside its box on a phone: nothing runs past the screen's edge.
      const box = await page.locator("#receipt-token").boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await page.screenshot({ path: `${SCREENSHOTS}/report-filed-${c.lang}-phone.png`, fullPage: true });

      await page.getByRole("link", { name: c.follow }).click();
      await page.fill("#token", token);
      expect(await page.inputValue("#id")).toBe(id);
      await page.getByRole("button", { name: c.show }).click();
      expect(await page.textContent("#receipt-status")).toMatch(c.status);
      expect(await page.textContent("ol.history")).toContain(c.history);
      expect(page.url()).not.toContain(token);

      await page.fill(
        "#text",
        c.lang === "ar" ? "دخلت المستشفى بعد يومين." : "Hospitalisée deux jours plus tard.",
      );
      await page.getByRole("button", { name: c.addSend }).click();
      expect(await page.textContent("ol.history")).toContain(c.added);
      expect(page.url()).not.toContain(token);
      await page.screenshot({ path: `${SCREENSHOTS}/receipt-${c.lang}-phone.png`, fullPage: true });

      const stored = await e.t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
      expect(stored.json).toMatchObject({
        country: "KE",
        severity: "moderate",
        risk_codes: ["R_FALSE_INFO"],
      });
      expect(
        stored.json.reports.map((r: { kind: string; anonymous: boolean }) => [r.kind, r.anonymous]),
      ).toEqual([
        ["original", true],
        ["addition", true],
      ]);
      await context.close();
    });
  }

  it("shows every problem at once, next to each field and summarised at the top, keeping the answers", async () => {
    const context = await newContext(e, { javaScriptEnabled: false, locale: "fr" });
    const page = await context.newPage();
    await page.goto(`${e.base}/report`);
    await page.fill("#product", "une appli");
    await page.fill("#occurred_at", "2099-01-01");
    await page.fill("#description", "Trop tard pour compter");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    const summary = page.getByRole("alert");
    const text = (await summary.textContent()) ?? "";
    expect(text).toContain("Veuillez corriger 7 problèmes");
    for (const field of [
      "occurred_at",
      "country",
      "setting",
      "event_type",
      "severity",
      "outcome",
      "reporter_role",
    ]) {
      expect(await summary.locator(`a[href="#${field}"]`).count(), field).toBe(1);
      expect(await page.getAttribute(`#${field}`, "aria-invalid"), field).toBe("true");
      expect(await page.isVisible(`#${field}-error`), field).toBe(true);
    }
    expect(await page.textContent("#occurred_at-error")).toBe("La date ne peut pas être dans le futur.");
    expect(text).not.toMatch(/Invalid|expected/);
    expect(await page.inputValue("#description")).toBe("Trop tard pour compter");
    expect(await page.inputValue("#product")).toBe("une appli");
    await page.screenshot({ path: `${SCREENSHOTS}/report-errors-fr-desktop.png`, fullPage: true });
    const list = await e.t.call("GET", "/v1/incidents", { as: "regulator" });
    expect(
      list.json.data.every((i: { description: string }) => i.description !== "Trop tard pour compter"),
    ).toBe(true);
    await context.close();
  });

  it("switches language with the visible switcher and remembers the choice", async () => {
    const context = await newContext(e, { javaScriptEnabled: false, locale: "en" });
    const page = await context.newPage();
    await page.goto(`${e.base}/report`);
    await page.getByRole("link", { name: "Русский" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    await page.goto(`${e.base}/`);
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    expect(await page.textContent("h1")).toBe("Медицинские продукты на основе LMM");
    await context.close();
  });
});

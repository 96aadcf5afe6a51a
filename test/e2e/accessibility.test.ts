import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compensationWorld } from "../helpers/compensation-world";
import { actor, product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";
import { DESKTOP, type E2e, newContext, PHONE, SCREENSHOTS, seriousViolations, startE2e } from "./support";

/**
 * axe-core on every page, in English and Arabic, at desktop and phone width: zero serious or critical
 * violations. Pages reached by a form post (confirmation, receipt, errors) are produced by posting.
 */
let e: E2e;
let registration: string;
let incidentId: string;
let receiptToken: string;
let fundId: string;
let claim: { id: string; receipt_token: string };

beforeAll(async () => {
  e = await startE2e();
  const dev = await actor(e.t, ["developer"], "Aurora Labs");
  const fm = await product(e.t, { role: "developer", actorId: dev }, { name: "Aurora FM" });
  registration = (
    await product(
      e.t,
      { role: "developer", actorId: dev },
      { name: "Triage app", kind: "application", builds_on: [{ product_id: fm.id, relation: "fine_tune" }] },
    )
  ).registration_number;
  const filed = await postForm(
    e.t.app,
    "/report",
    reportFormFields({ product: registration, risk_codes: ["R_FALSE_INFO"] }),
    await openForm(e.t.app, "/report"),
  );
  const html = await filed.text();
  incidentId = /id="incident-id">([^<]+)</.exec(html)?.[1] as string;
  receiptToken = /id="receipt-token">([^<]+)</.exec(html)?.[1] as string;
  // A fund with a decided claim, so the claimant pages show their tables, decisions and appeal form.
  const w = await compensationWorld(e.t);
  await w.levy(5_000_000);
  fundId = w.fund.id;
  claim = await w.claim();
  await w.notExcluded(claim.id);
  await w.decide(claim.id, {
    decision: "partially_approved",
    award_minor: 1_200_000,
    award_by_kind: { medical_costs: 1_200_000 },
    reasons: "Only the medical costs",
  });
});

afterAll(async () => {
  await e?.close();
});

type Visit = (page: Page) => Promise<unknown>;

const pages: [string, Visit][] = [
  ["home", (p) => p.goto(`${e.base}/`)],
  ["product", (p) => p.goto(`${e.base}/products/${registration}`)],
  ["unknown-product", (p) => p.goto(`${e.base}/products/LMMR-2000-000000`)],
  ["report", (p) => p.goto(`${e.base}/report`)],
  [
    "report-errors",
    async (p) => {
      await p.goto(`${e.base}/report`);
      await p.fill("#occurred_at", "2099-01-01");
      await p.click("button[type=submit]");
    },
  ],
  [
    "report-filed",
    async (p) => {
      await p.goto(`${e.base}/report?product=${registration}`);
      await p.fill("#occurred_at", "2026-05-20");
      await p.selectOption("#country", "EG");
      for (const [id, v] of [
        ["#setting", "hospital"],
        ["#event_type", "injury"],
        ["#severity", "mild"],
        ["#outcome", "recovered"],
        ["#reporter_role", "carer"],
      ] as const)
        await p.selectOption(id, v);
      await p.fill("#description", "text");
      await p.click("button[type=submit]");
    },
  ],
  ["receipt", (p) => p.goto(`${e.base}/receipt`)],
  [
    "receipt-status",
    async (p) => {
      await p.goto(`${e.base}/receipt?id=${incidentId}`);
      await p.fill("#token", receiptToken);
      await p.click("button[type=submit]");
    },
  ],
  ["funds", (p) => p.goto(`${e.base}/funds`)],
  ["fund", (p) => p.goto(`${e.base}/funds/${fundId}`)],
  ["claim-new", (p) => p.goto(`${e.base}/claims/new`)],
  [
    "claim-errors",
    async (p) => {
      await p.goto(`${e.base}/claims/new`);
      await p.fill("#loss_amount_0", "twelve");
      await p.click("main button[type=submit]");
    },
  ],
  [
    "claim-status",
    async (p) => {
      await p.goto(`${e.base}/claims/status`);
      await p.fill("#claim_id", claim.id);
      await p.fill("#claim_token", claim.receipt_token);
      await p.click("main button[type=submit]");
    },
  ],
  ["signin", (p) => p.goto(`${e.base}/signin`)],
  [
    "dashboard",
    async (p) => {
      await p.goto(`${e.base}/signin`);
      await p.fill("#token", await e.t.token("regulator"));
      await p.click("main button[type=submit]");
    },
  ],
  [
    "docs",
    async (p) => {
      await p.goto(`${e.base}/docs`);
      // On a phone the sidebar is folded away: the operations are in the page, not visible.
      await p.getByText("Ethical principles").first().waitFor({ state: "attached", timeout: 30_000 });
    },
  ],
  [
    "incident",
    async (p) => {
      await p.goto(`${e.base}/dashboard/incidents/${incidentId}`);
    },
  ],
];

describe("accessibility (axe-core)", () => {
  for (const lang of ["en", "ar"] as const) {
    for (const [size, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      it(`has no serious or critical violations on any page in ${lang} at ${size} width`, async () => {
        // axe is injected as a script, which the pages' own CSP (no scripts at all) would refuse.
        const context: BrowserContext = await newContext(e, { viewport, locale: lang, bypassCSP: true });
        const page = await context.newPage();
        const found: Record<string, unknown> = {};
        for (const [name, visit] of pages) {
          await visit(page);
          expect(await page.getAttribute("html", "lang"), name).toBe(lang);
          const violations = await seriousViolations(page);
          if (violations.length) found[name] = violations;
          // Nothing runs off a phone screen sideways.
          if (size === "phone")
            expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(
              viewport.width,
            );
          if (
            ["home", "product", "report", "report-filed", "dashboard", "fund", "claim-status"].includes(name)
          )
            await page.screenshot({ path: `${SCREENSHOTS}/${name}-${lang}-${size}.png`, fullPage: true });
        }
        expect(found).toEqual({});
        await context.close();
      });
    }
  }
});

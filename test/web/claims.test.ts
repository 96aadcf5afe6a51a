import { describe, expect, it } from "vitest";
import { compensationWorld } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";
import { type FormSession, openForm, postForm } from "../helpers/web-forms";

type World = Awaited<ReturnType<typeof compensationWorld>>;

/** The claim form's fields for the world's incident, as a browser posts them. */
const claimFields = (w: World, overrides: Record<string, string> = {}): [string, string][] =>
  Object.entries({
    fund_id: w.fund.id,
    incident_id: w.incident.id,
    receipt_token: w.incident.receipt_token,
    claimant_name: "Amina Claimant",
    claimant_email: "amina.claimant@example.org",
    claimant_phone: "",
    relationship: "patient",
    loss_kind_0: "medical_costs",
    loss_amount_0: "12000.29",
    loss_kind_1: "pain_and_suffering",
    loss_amount_1: "15 000,5",
    loss_kind_2: "",
    loss_amount_2: "",
    interaction_at: "2026-05-19T18:00",
    discovered_at: "2026-05-21",
    ...overrides,
  });

/** The CSRF token of the form posting to `action` on a page (a page may carry several forms). */
const tokenOf = (html: string, action: string) =>
  new RegExp(`action="${action}"[^>]*>\\s*<input type="hidden" name="csrf_token" value="([^"]+)"`).exec(
    html,
  )?.[1] ?? "";

describe("claimant pages", () => {
  it("shows a fund's published rules as tables, money in the page's language, and its public report", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.claim();
    const res = await t.app.request(`/funds/${w.fund.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain("<h1>Test LMM Harm Fund</h1>");
    // The stacked tables' labels on a phone: the stylesheet reaches the browser unescaped.
    expect(html).toContain('content:attr(data-label) ": "');
    expect(html).toContain("European Union");
    expect(html).toContain(`href="/claims/new?fund=${w.fund.id}"`);
    const preselected = await (await t.app.request(`/claims/new?fund=${w.fund.id}`)).text();
    expect(preselected).toContain(`<option value="${w.fund.id}" selected="">`);
    expect(html).toMatch(
      /<th scope="row">HT-1<\/th><td data-label="Description">Harm from false health information given to a patient<\/td>/,
    );
    expect(html).toContain("Used by patients themselves");
    expect(html).toContain("0 to 30 days after the use");
    expect(html).toContain("Test Fund Rules, Table entry HT-1");
    expect(html).toContain("An ordinary consequence of the underlying condition");
    expect(html).toContain("Claim within 1,095 days of discovering the harm.");
    expect(html).toContain("Per claim: €80,000.00");
    expect(html).toContain("€250,000.00");
    // One claim: the report's cells are below k and say so instead of a count.
    expect(html).toMatch(
      /Claims in figures[\s\S]*<th scope="row">HT-1<\/th><td>2026<\/td><td>fewer than \d+<\/td>/,
    );
    const fr = await (await t.app.request(`/funds/${w.fund.id}?lang=fr`)).text();
    expect(fr).toContain("Par demande : 80\u202f000,00\u00a0€");
    expect(fr).toContain("moins de");

    const list = await (await t.app.request("/funds")).text();
    expect(list).toContain(`href="/funds/${w.fund.id}"`);
    expect(await (await t.app.request("/")).text()).toContain('href="/funds"');
    const unknown = await t.app.request("/funds/00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("files a claim through the form: exact minor units, the token shown once, the claim readable by the API", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const form = await (await t.app.request("/claims/new")).text();
    expect(form).toContain(`<option value="${w.fund.id}">Test LMM Harm Fund (EUR)</option>`);
    expect(form).toMatch(/name="receipt_token" type="password"/);
    const filed = await postForm(t.app, "/claims/new", claimFields(w), await openForm(t.app, "/claims/new"));
    expect(filed.status).toBe(201);
    expect(filed.headers.get("cache-control")).toBe("no-store");
    const html = await filed.text();
    const id = /id="claim-id">([^<]+)<\/code>/.exec(html)?.[1] ?? "";
    const token = /id="claim-token">([^<]+)<\/code>/.exec(html)?.[1] ?? "";
    expect(id && token).toBeTruthy();
    const claim = await t.call("GET", `/v1/claims/${id}`, { headers: { "x-receipt-token": token } });
    expect(claim.status).toBe(200);
    expect(claim.json).toMatchObject({
      fund_id: w.fund.id,
      incident_id: w.incident.id,
      relationship: "patient",
      claimed_minor: 2_700_079,
      losses: [
        { kind: "medical_costs", amount_minor: 1_200_029 },
        { kind: "pain_and_suffering", amount_minor: 1_500_050 },
      ],
    });
    expect(claim.json.interaction_at).toMatch(/^2026-05-19T18:00:00/);
    const staff = await t.call("GET", `/v1/claims/${id}`, { as: w.admin });
    expect(staff.json.claimant).toEqual({ name: "Amina Claimant", email: "amina.claimant@example.org" });

    // A wrong incident receipt token: told next to the field, the typed token never echoed back.
    const wrong = await postForm(
      t.app,
      "/claims/new",
      claimFields(w, { receipt_token: "not-the-right-token-123" }),
      await openForm(t.app, "/claims/new"),
    );
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toContain("The incident id and receipt token do not match.");
    expect(wrongHtml).not.toContain("not-the-right-token-123");
    // Without the page's CSRF token nothing is filed.
    expect((await postForm(t.app, "/claims/new", claimFields(w), undefined)).status).toBe(403);
    const all = await t.call("GET", `/v1/claims?fund_id=${w.fund.id}`, { as: w.admin });
    expect(all.json.data).toHaveLength(1);
  });

  it("lists every problem at once, next to its field and in the summary, in the page's language", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const fields = claimFields(w, {
      claimant_name: "",
      loss_amount_0: "twelve",
      discovered_at: "2026-07-01",
    });
    const res = await postForm(t.app, "/claims/new", fields, await openForm(t.app, "/claims/new"));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Please correct 3 problems:");
    for (const field of ["claimant_name", "loss_amount_0", "discovered_at"]) {
      expect(html).toContain(`href="#${field}"`);
      expect(html).toContain(`id="${field}-error"`);
    }
    expect(html).toContain("Please enter an amount in figures, like 1200.50.");
    expect(html).toContain("The date cannot be in the future.");
    expect(html).toContain('value="twelve"');
    const none = await t.call("GET", `/v1/claims?fund_id=${w.fund.id}`, { as: w.admin });
    expect(none.json.data).toHaveLength(0);

    const ar = await postForm(
      t.app,
      "/claims/new?lang=ar",
      fields,
      await openForm(t.app, "/claims/new?lang=ar"),
    );
    const arHtml = await ar.text();
    expect(arHtml).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arHtml).toContain("يرجى إدخال مبلغ بالأرقام");
  });

  it("shows eligibility rule by rule and the decision, and lets the claimant appeal with the token kept off the URL", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(5_000_000);
    const c = await w.claim();
    const session = await openForm(t.app, "/claims/status");
    const before = await postForm(
      t.app,
      "/claims/status",
      [
        ["claim_id", c.id],
        ["claim_token", c.receipt_token],
      ],
      session,
    );
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("no-store");
    const beforeHtml = await before.text();
    expect(beforeHtml).toContain("Status: received, not yet decided");
    expect(beforeHtml).toMatch(
      /<th scope="row">Harm listed in the fund&#39;s table<\/th><td data-label="Result">met<\/td>/,
    );
    expect(beforeHtml).toMatch(
      /Exclusion ORDINARY_CONSEQUENCE does not apply<\/th><td data-label="Result">to be reviewed by a person<\/td>/,
    );
    expect(beforeHtml).toContain("Test Fund Rules r. 4(1)");
    expect(beforeHtml).not.toContain('action="/claims/appeal"');

    await w.notExcluded(c.id);
    expect(
      (
        await w.decide(c.id, {
          decision: "partially_approved",
          award_minor: 1_200_000,
          award_by_kind: { medical_costs: 1_200_000 },
          reasons: "Only the medical costs",
        })
      ).status,
    ).toBe(201);
    const after = await postForm(
      t.app,
      "/claims/status",
      [
        ["claim_id", c.id],
        ["claim_token", c.receipt_token],
      ],
      session,
    );
    const html = await after.text();
    expect(html).toContain("Eligibility: eligible");
    expect(html).toContain("Partly approved, award €12,000.00");
    expect(html).toContain("Only the medical costs");
    expect(html).toContain(`<input type="hidden" name="claim_token" value="${c.receipt_token}"/>`);

    const appealSession: FormSession = { cookie: session.cookie, token: tokenOf(html, "/claims/appeal") };
    const empty = await postForm(
      t.app,
      "/claims/appeal",
      [
        ["claim_id", c.id],
        ["claim_token", c.receipt_token],
        ["grounds", " "],
      ],
      appealSession,
    );
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('id="grounds-error"');
    const appealed = await postForm(
      t.app,
      "/claims/appeal",
      [
        ["claim_id", c.id],
        ["claim_token", c.receipt_token],
        ["grounds", "My lost income was documented."],
      ],
      appealSession,
    );
    expect(appealed.status).toBe(201);
    const appealedHtml = await appealed.text();
    expect(appealedHtml).toContain("Your appeal was received.");
    expect(appealedHtml).toContain("Status: under appeal");
    const claim = await t.call("GET", `/v1/claims/${c.id}`, { as: w.admin });
    expect(claim.json.appeals).toMatchObject([{ grounds: "My lost income was documented.", decided: false }]);

    const wrong = await postForm(
      t.app,
      "/claims/status",
      [
        ["claim_id", c.id],
        ["claim_token", "x".repeat(20)],
      ],
      session,
    );
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("No claim matches this id and token.");
    const ar = await t.app.request("/claims/status?lang=ar");
    expect(await ar.text()).toMatch(/<html lang="ar" dir="rtl">/);
  });
});

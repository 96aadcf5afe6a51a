import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { actor, product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

async function fileReport(t: Awaited<ReturnType<typeof createTestApp>>, fields = reportFormFields()) {
  const res = await postForm(t.app, "/report", fields, await openForm(t.app, "/report"));
  const html = await res.text();
  return {
    status: res.status,
    id: /id="incident-id">([^<]+)</.exec(html)?.[1] as string,
    token: /id="receipt-token">([^<]+)</.exec(html)?.[1] as string,
    reference: /INC-\d{4}-\d{6}/.exec(html)?.[0] as string,
  };
}

describe("receipt: history in plain words and adding information", () => {
  it("adds the reporter's information through the receipt additions API and shows it in the history", async () => {
    const t = await createTestApp();
    const filed = await fileReport(t);
    expect(filed.status).toBe(201);
    const shown = await postForm(
      t.app,
      "/receipt",
      [
        ["id", filed.id],
        ["token", filed.token],
      ],
      await openForm(t.app, "/receipt"),
    );
    const html = await shown.text();
    expect(html).toContain("We received your report.");
    // The add-information form carries its own CSRF token, bound to this browser's cookie.
    const session = await openForm(t.app, "/receipt");
    const csrfAdd =
      /action="\/receipt\/additions"><input type="hidden" name="csrf_token" value="([^"]+)"/.exec(
        await (
          await postForm(
            t.app,
            "/receipt",
            [
              ["id", filed.id],
              ["token", filed.token],
            ],
            session,
          )
        ).text(),
      )?.[1] as string;
    const added = await postForm(
      t.app,
      "/receipt/additions",
      [
        ["id", filed.id],
        ["token", filed.token],
        ["text", "Two days later she was admitted to hospital."],
      ],
      { cookie: session.cookie, token: csrfAdd },
      { "accept-language": "es" },
    );
    expect(added.status).toBe(201);
    const after = await added.text();
    expect(after).toContain(`Gracias: su información se añadió a la notificación ${filed.reference}.`);
    expect(after).toContain("Usted añadió información.");
    expect(after).toContain("Ha hecho 2 envíos.");
    const stored = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    expect(stored.json.reports.map((r: { kind: string }) => r.kind)).toEqual(["original", "addition"]);

    const wrong = await postForm(
      t.app,
      "/receipt/additions",
      [
        ["id", filed.id],
        ["token", "not-the-token"],
        ["text", "spoofed"],
      ],
      { cookie: session.cookie, token: csrfAdd },
    );
    expect(wrong.status).toBe(404);
    const forged = await postForm(
      t.app,
      "/receipt/additions",
      [
        ["id", filed.id],
        ["token", filed.token],
        ["text", "x"],
      ],
      undefined,
    );
    expect(forged.status).toBe(403);
    const blank = await postForm(
      t.app,
      "/receipt/additions",
      [
        ["id", filed.id],
        ["token", filed.token],
        ["text", "  "],
      ],
      { cookie: session.cookie, token: csrfAdd },
    );
    expect(blank.status).toBe(400);
    expect(await blank.text()).toContain(
      '<p class="field-error" id="text-error">Please answer this question.</p>',
    );
    const again = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    expect(again.json.reports).toHaveLength(2);
  });

  it("tells an actor's response and the case's closure in plain words", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const p = await product(t, { role: "developer", actorId: dev });
    const filed = await fileReport(t, reportFormFields({ product: p.registration_number }));
    const responded = await t.call("POST", `/v1/incidents/${filed.id}/responses`, {
      as: { role: "developer", actorId: dev },
      body: { kind: "corrective_action", text: "We fixed the dosing table." },
    });
    expect(responded.status).toBe(201);
    for (const [to, closure] of [["triaged"], ["under_investigation"], ["closed", "confirmed"]] as const) {
      const moved = await t.call("POST", `/v1/incidents/${filed.id}/transitions`, {
        as: "regulator",
        body: { to, reason: "review", ...(closure ? { closure } : {}) },
      });
      expect(moved.status, to).toBe(201);
    }
    const res = await postForm(
      t.app,
      "/receipt",
      [
        ["id", filed.id],
        ["token", filed.token],
      ],
      await openForm(t.app, "/receipt"),
      { "accept-language": "en" },
    );
    const html = await res.text();
    expect(html).toContain(
      "A company responsible for the product responded: it described what it is doing to fix it.",
    );
    expect(html).toContain("A reviewer looked at your report and accepted it for assessment.");
    expect(html).toContain("Your report is being investigated.");
    expect(html).toContain("The case was closed: the harm was confirmed.");
    expect(html).toContain(`Report ${filed.reference}: closed (the harm was confirmed)`);
    expect(html).not.toMatch(/status_changed|response_added|corrective_action/);
  });

  it("checks the date on the first submission: a real day, not after today", async () => {
    const t = await createTestApp();
    for (const [date, message] of [
      ["2026-02-30", "Please enter a real date."],
      ["2026-06-03", "The date cannot be in the future."],
      ["1999-12-31", "The date cannot be before 2000."],
      ["", "Please answer this question."],
    ] as const) {
      const res = await postForm(
        t.app,
        "/report",
        reportFormFields({ occurred_at: date }),
        await openForm(t.app, "/report"),
      );
      expect(res.status, date).toBe(400);
      expect(await res.text()).toContain(`<p class="field-error" id="occurred_at-error">${message}</p>`);
    }
    // Today (the test clock is 2026-06-01T12:00Z) and tomorrow in UTC+14 are accepted.
    expect((await fileReport(t, reportFormFields({ occurred_at: "2026-06-01" }))).status).toBe(201);
    expect((await fileReport(t, reportFormFields({ occurred_at: "2026-06-02" }))).status).toBe(201);
    expect((await t.call("GET", "/v1/incidents", { as: "regulator" })).json.data).toHaveLength(2);
  });

  it("matches a product typed by its exact name, and keeps contact details only when not anonymous", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const p = await product(t, { role: "developer", actorId: dev }, { name: "Symptom Checker" });
    const filed = await fileReport(t, reportFormFields({ product: "symptom checker" }));
    const stored = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    expect(stored.json.product_id).toBe(p.id);
    expect(stored.json.reports[0]).toMatchObject({ anonymous: true, contact: null });
    const both = await postForm(
      t.app,
      "/report",
      reportFormFields({ contact_email: "me@example.org" }),
      await openForm(t.app, "/report"),
    );
    expect(both.status).toBe(400);
    expect(await both.text()).toContain(
      "Untick &quot;Keep me anonymous&quot; if you want to leave an email.",
    );
    const named = await fileReport(t, reportFormFields({ anonymous: [], contact_email: "me@example.org" }));
    const withContact = await t.call("GET", `/v1/incidents/${named.id}`, { as: "regulator" });
    expect(withContact.json.reports[0]).toMatchObject({
      anonymous: false,
      contact: { email: "me@example.org" },
    });
    const unknown = await postForm(
      t.app,
      "/report",
      reportFormFields({ product: "LMMR-2026-999999" }),
      await openForm(t.app, "/report"),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("No registered product matches.");
  });
});

describe("registry pages", () => {
  it("names the responsible actors, shows labels instead of codes, and answers unknown products with an HTML 404", async () => {
    const t = await createTestApp();
    const dev = await actor(t, ["developer"], "Aurora Labs");
    const p = await product(t, { role: "developer", actorId: dev }, { name: "Aurora FM" });
    const html = await (await t.app.request(`/products/${p.registration_number}`)).text();
    expect(html).toContain("<strong>Developer</strong>: Aurora Labs");
    expect(html).toContain("Foundation model");
    expect(html).not.toMatch(/>LC_[A-Z_]+</);
    expect(html).toMatch(
      /Incidents reported: fewer than \d+ \(hidden to protect patients\)|Incidents reported: 0/,
    );
    const ar = await t.app.request("/products/LMMR-2000-000000", { headers: { "accept-language": "ar" } });
    expect(ar.status).toBe(404);
    expect(ar.headers.get("content-type")).toContain("text/html");
    expect(await ar.text()).toContain("لا يوجد منتج برقم التسجيل \u2068LMMR-2000-000000\u2069.");
  });

  it("pages through search results", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    for (let i = 0; i < 52; i++)
      await product(t, { role: "developer", actorId: dev }, { name: `Model ${i}` });
    const first = await (await t.app.request("/?q=model")).text();
    const next = /href="(\/\?q=model&amp;cursor=[^"]+)" rel="next"/.exec(first)?.[1];
    expect(next).toBeDefined();
    const second = await (await t.app.request((next as string).replaceAll("&amp;", "&"))).text();
    expect((second.match(/<tr><td data-label=/g) ?? []).length).toBe(2);
    expect(second).toContain(">First page</a>");
  });
});

describe("API docs", () => {
  it("serves Scalar's bundle from the app under a CSP scoped to /docs", async () => {
    const t = await createTestApp();
    const docs = await t.app.request("/docs");
    expect(docs.status).toBe(200);
    const csp = docs.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(await docs.text()).toContain('<script src="/docs/assets/scalar.js"></script>');
    const bundle = await t.app.request("/docs/assets/scalar.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    // Every other page still runs no script at all.
    expect((await t.app.request("/")).headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; style-src/,
    );
  });
});

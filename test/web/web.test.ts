import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { actor, product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

describe("server-rendered pages", () => {
  it("lists and searches products and shows a product page with its lineage", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const fm = await product(t, { role: "developer", actorId: dev }, { name: "Aurora <FM>" });
    await product(
      t,
      { role: "developer", actorId: dev },
      {
        name: "Triage app",
        kind: "application",
        builds_on: [{ product_id: fm.id, relation: "fine_tune" }],
      },
    );
    const home = await t.app.request("/");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await home.text();
    expect(html).toContain("Triage app");
    expect(html).toContain("Aurora &lt;FM&gt;");
    expect(html).not.toContain("Aurora <FM>");
    const search = await (await t.app.request("/?q=triage")).text();
    expect(search).toContain("Triage app");
    expect(search).not.toContain("Aurora &lt;FM&gt;");
    const page = await t.app.request(`/products/${fm.registration_number}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Built upon by[\s\S]*Triage app/);
    expect((await t.app.request("/products/LMMR-2000-000000")).status).toBe(404);
  });

  it("files an anonymous report from the HTML form and follows it with the receipt token", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const p = await product(t, { role: "developer", actorId: dev });
    const filed = await postForm(
      t.app,
      "/report",
      reportFormFields({
        product: p.registration_number,
        risk_codes: ["R_FALSE_INFO", "R_AUTOMATION_BIAS"],
        description: "The chatbot told my mother to double her insulin dose.",
        age_band: "65-74",
        reporter_role: "carer",
      }),
      await openForm(t.app, "/report"),
    );
    expect(filed.status).toBe(201);
    const html = await filed.text();
    const reference = /INC-2026-\d{6}/.exec(html)?.[0];
    const id = /id="incident-id">([^<]+)<\/code>/.exec(html)?.[1];
    const token = /id="receipt-token">([^<]+)<\/code>/.exec(html)?.[1];
    expect(reference && id && token).toBeTruthy();

    const incident = await t.call("GET", `/v1/incidents/${id}`, { as: "regulator" });
    expect(incident.json).toMatchObject({ reference, product_id: p.id, severity: "moderate" });
    expect(incident.json.risk_codes.sort()).toEqual(["R_AUTOMATION_BIAS", "R_FALSE_INFO"]);

    const session = await openForm(t.app, "/receipt");
    const receipt = await postForm(
      t.app,
      "/receipt",
      [
        ["id", id!],
        ["token", token!],
      ],
      session,
    );
    expect(receipt.status).toBe(200);
    const shown = await receipt.text();
    expect(shown).toContain(`Report ${reference}: received`);
    expect(shown).toContain("We received your report.");
    // The receipt page never links the token into an address.
    expect(shown).not.toContain(`token=${token}`);
    const wrong = await postForm(
      t.app,
      "/receipt",
      [
        ["id", id!],
        ["token", "nope"],
      ],
      session,
    );
    expect(wrong.status).toBe(404);
  });

  it("re-renders the form with every field error at once, in the page's language, and stores nothing", async () => {
    const t = await createTestApp();
    const res = await postForm(
      t.app,
      "/report",
      reportFormFields({
        occurred_at: "2099-01-01",
        country: "ZZ",
        event_type: "explosion",
        description: "x",
        anonymous: [],
      }),
      await openForm(t.app, "/report", { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" }),
      { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" },
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    const summary =
      /<div class="errors" role="alert" id="error-summary">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(summary).toContain("Veuillez corriger 3 problèmes");
    expect(summary).toContain('href="#occurred_at"');
    expect(summary).toContain("La date ne peut pas être dans le futur.");
    expect(summary).toContain('href="#country"');
    expect(summary).toContain('href="#event_type"');
    // Each message also sits next to its field, which names it for screen readers.
    expect(html).toContain(
      '<p class="field-error" id="country-error">Veuillez choisir un pays dans la liste.</p>',
    );
    expect(html).toMatch(
      /id="country" name="country" required="" aria-invalid="true" aria-describedby="country-error"/,
    );
    expect(html).not.toMatch(/Invalid option|expected one of/);
    expect(html).toContain("Some chatbot");
    const list = await t.call("GET", "/v1/incidents", { as: "regulator" });
    expect(list.json.data).toHaveLength(0);
  });
});

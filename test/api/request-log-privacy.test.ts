import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidentBody } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

describe("what log lines never hold", () => {
  it("no token, receipt token, contact data, description, report text or query string, even on a 500", async () => {
    const t = await createTestApp({ env: { LOG_LEVEL: "debug" } });
    const admin = await t.token("admin");
    const regulator = await t.token("regulator");
    const secrets: string[] = [admin, regulator, "actor-mail@secret.example", "patient-mail@secret.example"];
    await t.call("POST", "/v1/actors", {
      as: { token: admin },
      body: { name: "Org", roles: ["developer"], country: "FR", contact_email: "actor-mail@secret.example" },
    });
    const description = "Zanzibarquill told my aunt to stop her anticoagulant";
    const filed = await t.call("POST", "/v1/incidents", {
      headers: { "idempotency-key": "log-scan-idempotency-key-1" },
      body: incidentBody({
        product_name: "Some chatbot",
        description,
        reporter: { role: "patient", anonymous: false, contact: { email: "patient-mail@secret.example" } },
      }),
    });
    expect(filed.status).toBe(201);
    const receipt = { "x-receipt-token": filed.json.receipt_token as string };
    const followUpText = "Quixotrend follow-up: she is in hospital now";
    secrets.push(description, "Zanzibarquill", receipt["x-receipt-token"], followUpText, "Quixotrend");
    const followUp = await t.call("POST", `/v1/incidents/${filed.json.id}/reports`, {
      headers: receipt,
      body: {
        text: followUpText,
        reporter: { role: "carer", anonymous: false, contact: { phone: "+33 6 12 34 56 78" } },
      },
    });
    expect(followUp.status).toBe(201);
    secrets.push("+33 6 12 34 56 78", "12 34 56");
    expect((await t.call("GET", `/v1/incidents/${filed.json.id}/receipt`, { headers: receipt })).status).toBe(
      200,
    );
    const detail = await t.call("GET", `/v1/incidents/${filed.json.id}`, { as: { token: regulator } });
    expect(detail.json.reports[0].contact).toEqual({ email: "patient-mail@secret.example" });
    const query = "country=FR&q=Zanzibarquill";
    secrets.push(query, "country=FR", "?q=");
    expect((await t.call("GET", `/v1/incidents?${query}`, { as: { token: regulator } })).status).toBe(200);
    const formDescription = "Vellichorant page report text";
    secrets.push(formDescription, "Vellichorant");
    const form = await postForm(
      t.app,
      "/report",
      reportFormFields({ description: formDescription }),
      await openForm(t.app, "/report"),
    );
    expect(form.status).toBe(201);
    // drizzle's query error carries the bound parameters (here the search term) in its message.
    await t.db.run(sql`drop table incidents_fts`);
    expect((await t.call("GET", "/v1/incidents?q=Zanzibarquill", { as: { token: regulator } })).status).toBe(
      500,
    );

    expect(t.logLines().length).toBeGreaterThan(10);
    // The failed statement is kept (placeholders only), so the line still says what went wrong.
    const failure = t.logLines().find((line) => line.msg === "unexpected error");
    expect(JSON.stringify(failure)).toMatch(/Failed query: select .*incidents_fts match \?/);
    for (const line of t.logs) {
      for (const secret of secrets) expect(line, secret).not.toContain(secret);
    }
  });
});

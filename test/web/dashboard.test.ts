import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import { actor, product } from "../helpers/registry-fixtures";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

const SESSION = "__Host-lmm_session";

async function signIn(t: TestApp, token: string) {
  const session = await openForm(t.app, "/signin");
  const res = await postForm(t.app, "/signin", [["token", token]], session);
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION}=`));
  return { res, set, cookie: set ? `${session.cookie}; ${set.split(";")[0]}` : session.cookie };
}

describe("regulator sign-in and dashboard", () => {
  it("keeps a pasted regulator token only in an HttpOnly, Secure, SameSite=Strict cookie", async () => {
    const t = await createTestApp();
    const token = await t.token("regulator");
    const { res, set } = await signIn(t, token);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/dashboard");
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; Secure/);
    expect(set).toMatch(/; SameSite=Strict/);
    expect(set).toMatch(/; Path=\//);
    // Nowhere else: not in the address it redirects to, not in the page body.
    expect(res.headers.get("location")).not.toContain(token);
    expect(await res.text()).not.toContain(token);
  });

  it("refuses other roles' tokens, garbage and a post without the form's CSRF token", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    for (const token of [await t.token("developer", dev), "not-a-jwt", ""]) {
      const { res, set } = await signIn(t, token);
      expect(res.status, token).toBeGreaterThanOrEqual(400);
      expect(set).toBeUndefined();
      expect(await res.text()).toContain("not a regulator");
    }
    const forged = await postForm(t.app, "/signin", [["token", await t.token("regulator")]], undefined);
    expect(forged.status).toBe(403);
    expect(forged.headers.getSetCookie().some((c) => c.startsWith(SESSION))).toBe(false);
  });

  it("shows a filed report in its numbers, charts with tables, and links to the incident and its explanation", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const fm = await product(t, { role: "developer", actorId: dev }, { name: "Aurora FM" });
    const app = await product(
      t,
      { role: "developer", actorId: dev },
      { name: "Triage app", kind: "application", builds_on: [{ product_id: fm.id, relation: "fine_tune" }] },
    );
    const before = await signIn(t, await t.token("regulator"));
    const empty = await (await t.app.request("/dashboard", { headers: { cookie: before.cookie } })).text();
    expect(empty).toContain("Incidents: 0");

    const filed = await postForm(
      t.app,
      "/report",
      reportFormFields({
        product: app.registration_number,
        severity: "severe",
        risk_codes: ["R_FALSE_INFO"],
      }),
      await openForm(t.app, "/report"),
    );
    expect(filed.status).toBe(201);
    const id = /id="incident-id">([^<]+)</.exec(await filed.text())?.[1] as string;

    const res = await t.app.request("/dashboard", { headers: { cookie: before.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    expect(html).toContain("Incidents: 1");
    expect(html).toMatch(/<svg role="img" aria-label="Chart: Incidents over time by severity"/);
    // Each chart's numbers as a table: the risk in words, the model reached through lineage.
    expect(html).toMatch(/<td>It gave wrong, incomplete or made-up information<\/td><td>1<\/td>/);
    expect(html).toMatch(/<td>Aurora FM<\/td><td>1<\/td>/);
    expect(html).toMatch(/<td>2026-05<\/td><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/);
    expect(html).toContain(`href="/dashboard/incidents/${id}"`);

    const filteredOut = await t.app.request("/dashboard?severity_min=fatal", {
      headers: { cookie: before.cookie },
    });
    expect(await filteredOut.text()).toContain("Incidents: 0");
    // A day that does not exist is ignored; a range the API refuses is said, never a 500.
    const badDay = await t.app.request("/dashboard?from=2026-13-45", { headers: { cookie: before.cookie } });
    expect(badDay.status).toBe(200);
    expect(await badDay.text()).toContain("Incidents: 1");
    const backwards = await t.app.request("/dashboard?from=2026-06-01&to=2026-01-01", {
      headers: { cookie: before.cookie },
    });
    expect(backwards.status).toBe(400);
    const said = await backwards.text();
    expect(said).toContain("This answer was not accepted.");
    expect(said).toContain("Incidents: 1");

    const detail = await t.app.request(`/dashboard/incidents/${id}`, { headers: { cookie: before.cookie } });
    expect(detail.status).toBe(200);
    const page = await detail.text();
    expect(page).toContain("It gave a wrong dose.");
    expect(page).toContain(
      `<a href="/products/${app.registration_number}">Triage app (${app.registration_number})</a>`,
    );
    const explanation = /href="(\/dashboard\/incidents\/[^"]+\/explanation\?ruleset=[^"]+)"/.exec(page)?.[1];
    expect(explanation).toBeDefined();
    const explained = await t.app.request((explanation as string).replaceAll("&amp;", "&"), {
      headers: { cookie: before.cookie },
    });
    expect(explained.status).toBe(200);
    expect(explained.headers.get("content-type")).toContain("text/html");
  });

  it("sends the signed-out and a stale session back to sign-in, and signs out with a CSRF-checked post", async () => {
    const t = await createTestApp();
    expect((await t.app.request("/dashboard")).headers.get("location")).toBe("/signin");
    const stale = await t.app.request("/dashboard", {
      headers: { cookie: `${SESSION}=expired.token.value` },
    });
    expect(stale.status).toBe(303);
    expect(stale.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=;`))).toBe(true);

    const { cookie } = await signIn(t, await t.token("regulator"));
    const dashboard = await t.app.request("/dashboard", { headers: { cookie } });
    const csrf = /action="\/signout"[^>]*><input type="hidden" name="csrf_token" value="([^"]+)"/.exec(
      await dashboard.text(),
    )?.[1] as string;
    const refused = await postForm(t.app, "/signout", [], { cookie, token: "forged" });
    expect(refused.status).toBe(403);
    const out = await postForm(t.app, "/signout", [], { cookie, token: csrf });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=;`))).toBe(true);
    expect(await out.text()).toContain("You are signed out.");
  });
});

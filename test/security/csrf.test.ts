import { describe, expect, it } from "vitest";
import { fileIncident } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { openForm, postForm, reportFormFields } from "../helpers/web-forms";

const REPORT = reportFormFields();

async function storedIncidents(t: TestApp): Promise<number> {
  return (await t.call("GET", "/v1/incidents?limit=100", { as: "regulator" })).json.data.length;
}

async function expectRefused(res: Response, why: RegExp) {
  expect(res.status).toBe(403);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain("This form was not accepted");
  expect(html).toMatch(why);
  expect(html).toContain("Nothing was stored");
}

describe("CSRF protection of the HTML forms", () => {
  it("puts a token in every form and keeps its nonce in an HttpOnly, SameSite=Strict cookie", async () => {
    const t = await createTestApp();
    for (const page of ["/report", "/receipt"]) {
      const res = await t.app.request(page);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(res.headers.get("cache-control"), page).toBe("no-store");
      expect(cookie, page).toMatch(
        /^lmm_csrf=[A-Za-z0-9_-]{43}; Max-Age=7200; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      expect(await res.text(), page).toMatch(
        /<input type="hidden" name="csrf_token" value="[A-Za-z0-9_-]{43}"/,
      );
    }
    // Over TLS the cookie is Secure and host-locked (__Host- prefix: no Domain, Path=/).
    const tls = await t.app.request("https://registry.example/report");
    expect(tls.headers.get("set-cookie")).toMatch(/^__Host-lmm_csrf=.*; Secure/);
    // A browser that already holds a nonce keeps it (its expiry is renewed), so earlier tokens stay valid.
    const session = await openForm(t.app, "/report");
    const again = await t.app.request("/report", { headers: { cookie: session.cookie } });
    expect(again.headers.get("set-cookie")?.split(";")[0]).toBe(session.cookie);
    expect(await again.text()).toContain(`value="${session.token}"`);
  });

  it("files a same-site post with its token", async () => {
    const t = await createTestApp();
    const res = await postForm(t.app, "/report", REPORT, await openForm(t.app, "/report"));
    expect(res.status).toBe(201);
    expect(await storedIncidents(t)).toBe(1);
    // Clients that send no fetch metadata and no Origin (older browsers) still need the token pair.
    const plain = await postForm(t.app, "/report", REPORT, await openForm(t.app, "/report"), {
      origin: "",
      "sec-fetch-site": "",
    });
    expect(plain.status).toBe(201);
    // Under Referrer-Policy no-referrer a browser sends Origin: null with same-origin fetch metadata.
    const noReferrer = await postForm(t.app, "/report", REPORT, await openForm(t.app, "/report"), {
      origin: "null",
    });
    expect(noReferrer.status).toBe(201);
    expect(await storedIncidents(t)).toBe(3);
  });

  it("refuses a cross-site post even with a valid token pair, storing nothing", async () => {
    const t = await createTestApp();
    const session = await openForm(t.app, "/report");
    await expectRefused(
      await postForm(t.app, "/report", REPORT, session, { "sec-fetch-site": "cross-site" }),
      /another site \(cross-site\)/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, session, { "sec-fetch-site": "same-site" }),
      /another site \(same-site\)/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, session, {
        "sec-fetch-site": "",
        origin: "https://evil.example",
      }),
      /another origin/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, session, { "sec-fetch-site": "", origin: "null" }),
      /another origin/,
    );
    expect(await storedIncidents(t)).toBe(0);
  });

  it("refuses a post without the cookie, without the token, or with another browser's or form's token", async () => {
    const t = await createTestApp();
    const mine = await openForm(t.app, "/report");
    const theirs = await openForm(t.app, "/report");
    const receiptForm = await openForm(t.app, "/receipt", { cookie: mine.cookie });
    await expectRefused(await postForm(t.app, "/report", REPORT, undefined), /cookie is missing/);
    await expectRefused(
      await postForm(t.app, "/report", REPORT, { cookie: mine.cookie, token: "" }),
      /token is missing or does not match/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, { cookie: mine.cookie, token: theirs.token }),
      /does not match/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, { cookie: mine.cookie, token: receiptForm.token }),
      /does not match/,
    );
    await expectRefused(
      await postForm(t.app, "/report", REPORT, { cookie: "lmm_csrf=forged", token: mine.token }),
      /cookie is missing or expired/,
    );
    expect(await storedIncidents(t)).toBe(0);
  });

  it("refuses a cross-site receipt lookup without calling the API", async () => {
    const t = await createTestApp({ env: { TRUSTED_PROXY_HEADER: "x-forwarded-for" } });
    const { id, receipt_token } = await fileIncident(t, { product_name: "Some chatbot" });
    const fields: [string, string][] = [
      ["id", id],
      ["token", receipt_token],
    ];
    const session = await openForm(t.app, "/receipt");
    const refused = await postForm(t.app, "/receipt", fields, session, {
      "sec-fetch-site": "cross-site",
      "x-forwarded-for": "192.0.2.5",
    });
    await expectRefused(refused, /another site/);
    // No lookup happened, so no rate-limit window was opened for this client.
    expect(refused.headers.get("ratelimit-policy")).toBeNull();
    const allowed = await postForm(t.app, "/receipt", fields, session, { "x-forwarded-for": "192.0.2.5" });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("ratelimit")).toContain('"receipt-lookups";r=59;');
  });
});

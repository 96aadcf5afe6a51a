import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import worker from "../../src/worker";

// The server-rendered pages under workerd: ICU messages, Intl.DisplayNames and the regulator session.

async function get(path: string, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const request = new Request(`https://registry.example${path}`, { headers });
  const res = await worker.fetch(request as Parameters<typeof worker.fetch>[0], env, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe("pages on the Workers runtime", () => {
  it("renders the report form in Arabic, right to left, with countries named in Arabic", async () => {
    const res = await get("/report", { "accept-language": "ar" });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="ar" dir="rtl">');
    expect(res.text).toContain('<option value="KE">كينيا</option>');
    expect(res.text).toContain("قدّم معلومات خاطئة أو ناقصة أو مختلقة");
  });

  it("shows the dashboard to a regulator's session cookie, and says the docs bundle is not served here", async () => {
    const token = await new SignJWT({ role: "regulator" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject("regulator:pages")
      .setIssuer(env.JWT_ISSUER)
      .setAudience(env.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(env.JWT_SECRET));
    const dashboard = await get("/dashboard?lang=fr", { cookie: `__Host-lmm_session=${token}` });
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain("Tableau de bord des autorités");
    // No package files are bundled into the Worker: /docs says so instead of rendering a blank page.
    const docs = await get("/docs");
    expect(docs.status).toBe(503);
    expect(docs.text).toContain("/openapi.json");
  });
});

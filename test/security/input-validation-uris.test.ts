import { describe, expect, it } from "vitest";
import * as schema from "../../src/schema";
import { createActor, createProduct } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { expectProblemNaming } from "./input-world";

/** Stored links (issue 9 item 8): only https: (http: to a loopback host) is accepted or rendered as a link. */
const BAD_URIS = [
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.org/report.pdf",
  "mailto:a@example.org",
  "http://example.org/report.pdf",
  "http://10.0.0.5/internal",
  "//example.org/report.pdf",
  "not a url",
];

async function world() {
  const t = await createTestApp();
  const dev = await createActor(t, { roles: ["developer"] });
  const fm = await createProduct(t, dev.owner("developer"));
  const disclose = (uri: string) =>
    t.call("POST", `/v1/products/${fm.id}/disclosures`, {
      as: dev.owner("developer"),
      body: {
        kind: "red_team_report",
        title: "Red team",
        uri,
        sha256: "a".repeat(64),
        published: true,
        summary: "s",
      },
    });
  const count = async () => (await t.call("GET", `/v1/products/${fm.id}`)).json.disclosures.length as number;
  return { t, fm, disclose, count };
}

describe("URI fields accept only web links", () => {
  it("javascript:, data:, vbscript:, file: and non-loopback http: URIs → 400 naming uri, nothing stored", async () => {
    const { t, disclose, count } = await world();
    for (const uri of BAD_URIS) {
      const res = await disclose(uri);
      expect.soft(res.status, `${uri}: ${res.text}`).toBe(400);
      if (res.status === 400) expectProblemNaming(res, "uri", 400, "body");
    }
    expect(await count()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it("https: anywhere and http: to localhost are accepted", async () => {
    const { disclose, count } = await world();
    for (const uri of [
      "https://example.org/red-team.pdf",
      "http://localhost:8787/docs",
      "http://127.0.0.1/x",
      "http://[::1]/x",
    ]) {
      expect((await disclose(uri)).status, uri).toBe(201);
    }
    expect(await count()).toBe(4);
  });
});

describe("the product page renders stored non-http(s) URIs as text (rows stored before the check)", () => {
  it("a javascript: or data: uri inserted straight into the database is never an href", async () => {
    const { t, fm, disclose } = await world();
    expect((await disclose("https://example.org/card.pdf")).status).toBe(201);
    for (const [id, uri] of [
      ["d-js", "javascript:alert(1)"],
      ["d-data", "data:text/html,<script>alert(1)</script>"],
      ["d-ws", "  JAVASCRIPT:alert(2)"],
    ] as const) {
      await t.db.insert(schema.disclosures).values({
        id,
        productId: fm.id,
        kind: "red_team_report",
        title: `Legacy ${id}`,
        uri,
        sha256: "b".repeat(64),
        published: true,
        summary: "stored before URIs were checked",
        recordedAt: "2026-01-01T00:00:00.000Z",
      });
    }
    const page = await t.app.request(`/products/${fm.registration_number}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<a href="https://example.org/card.pdf">Red team</a>');
    expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data):/i);
    expect(html).toContain("Legacy d-js");
    expect(html).toContain("javascript:alert(1)"); // shown, as text
    expect(html).not.toContain("<script>alert(1)</script>");
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    // Besides the site's own paths and in-page anchors (the skip link), only the https disclosure links out.
    expect(hrefs.filter((h) => !h?.startsWith("/") && !h?.startsWith("#"))).toEqual([
      "https://example.org/card.pdf",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { createActor, fileIncident, type Owner } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { product } from "../helpers/registry-fixtures";

/**
 * Issue 14, hot read path: GET /v1/products/{id} is rendered once per state version (the audit
 * chain head) and revalidated with ETag / If-None-Match. Any audited write moves the version, so a
 * change is never hidden behind a 304 or a cached body; viewers never share a rendering.
 */
async function world() {
  const t = await createTestApp();
  const dev = await createActor(t, { roles: ["developer"] });
  const as: Owner = { role: "developer", actorId: dev.id };
  const fm = await product(t, as);
  return { t, as, fm };
}

describe("GET /v1/products/{id}: ETag, 304 and Cache-Control", () => {
  it("answers 304 with no body for a current ETag, and public caches may store it", async () => {
    const { t, fm } = await world();
    const first = await t.call("GET", `/v1/products/${fm.id}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.json).toMatchObject({ id: fm.id, name: "Test model" });

    const again = await t.call("GET", `/v1/products/${fm.id}`, {
      headers: { "if-none-match": etag as string },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // A list of tags, one current: still not modified.
    const listed = await t.call("GET", `/v1/products/${fm.id}`, {
      headers: { "if-none-match": `W/"0-x-y", ${etag}` },
    });
    expect(listed.status).toBe(304);
    // By registration number: another resource key, its own ETag.
    const byNumber = await t.call("GET", `/v1/products/${fm.registration_number}`, {
      headers: { "if-none-match": etag as string },
    });
    expect(byNumber.status).toBe(200);
    expect(byNumber.json.id).toBe(fm.id);
  });

  it("a write that changes the page moves the ETag and the body shows the change", async () => {
    const { t, as, fm } = await world();
    const before = await t.call("GET", `/v1/products/${fm.id}`);
    const etag = before.headers.get("etag") as string;
    expect(before.json.versions).toEqual([]);
    const added = await t.call("POST", `/v1/products/${fm.id}/versions`, {
      as,
      body: { version: "1.0", changelog: "First", substantial_modification: false },
    });
    expect(added.status).toBe(201);
    const after = await t.call("GET", `/v1/products/${fm.id}`, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(after.json.versions.map((v: { version: string }) => v.version)).toEqual(["1.0"]);

    // Incidents filed on the product change its (suppressed) counts: never a stale cached total.
    const k = t.config.suppressionK;
    for (let i = 0; i < k; i++) await fileIncident(t, { product_id: fm.id });
    const counted = await t.call("GET", `/v1/products/${fm.id}`);
    expect(counted.json.incident_counts.total).toEqual({ count: k });
  });

  it("viewers never share a rendering: the owner's unpublished disclosure stays out of the public one", async () => {
    const { t, as, fm } = await world();
    const res = await t.call("POST", `/v1/products/${fm.id}/disclosures`, {
      as,
      body: {
        kind: "red_team_report",
        title: "Internal",
        sha256: "a".repeat(64),
        published: false,
        summary: "x",
      },
    });
    expect(res.status).toBe(201);
    const owner = await t.call("GET", `/v1/products/${fm.id}`, { as });
    expect(owner.json.disclosures.map((d: { title: string }) => d.title)).toEqual(["Internal"]);
    // Credentialed answers are never stored by shared caches.
    expect(owner.headers.get("cache-control")).toBe("no-store");
    const anonymous = await t.call("GET", `/v1/products/${fm.id}`);
    expect(anonymous.json.disclosures).toEqual([]);
    expect(anonymous.headers.get("etag")).not.toBe(owner.headers.get("etag"));
    // The owner's ETag does not earn an anonymous caller a 304 (the page it names is not theirs).
    const replay = await t.call("GET", `/v1/products/${fm.id}`, {
      headers: { "if-none-match": owner.headers.get("etag") as string },
    });
    expect(replay.status).toBe(200);
  });

  it("an unknown product is a 404 problem, every time (misses are not cached)", async () => {
    const { t } = await world();
    for (let i = 0; i < 2; i++) {
      const res = await t.call("GET", "/v1/products/no-such-product");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });
});

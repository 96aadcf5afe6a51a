import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { actor, product, version } from "../helpers/registry-fixtures";

describe("actors", () => {
  it("creates (admin, regulator) and shows contact data only to regulators, admins and the actor itself", async () => {
    const t = await createTestApp();
    const res = await t.call("POST", "/v1/actors", {
      as: "regulator",
      body: {
        name: "Acme Health AI",
        roles: ["developer", "provider"],
        country: "ke",
        contact_email: "pv@acme.example",
        identifiers: { lei: "X1" },
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/v1/actors/${res.json.id}`);
    expect(res.json).toMatchObject({
      country: "KE",
      contact_email: "pv@acme.example",
      identifiers: { lei: "X1" },
    });
    const id = res.json.id;
    const other = await actor(t, ["deployer"], "Other");

    const publicView = await t.call("GET", `/v1/actors/${id}`);
    expect(publicView.json.contact_email).toBeUndefined();
    expect(publicView.json.name).toBe("Acme Health AI");
    expect(
      (await t.call("GET", `/v1/actors/${id}`, { as: { role: "developer", actorId: id } })).json
        .contact_email,
    ).toBe("pv@acme.example");
    expect(
      (await t.call("GET", `/v1/actors/${id}`, { as: { role: "deployer", actorId: other } })).json
        .contact_email,
    ).toBeUndefined();
    expect((await t.call("GET", `/v1/actors/${id}`, { as: "regulator" })).json.contact_email).toBe(
      "pv@acme.example",
    );
    expect(
      (await t.call("GET", `/v1/actors/${id}`, { as: "fund_admin" })).json.contact_email,
    ).toBeUndefined();
    const list = await t.call("GET", "/v1/actors?role=developer");
    expect(list.json.data.map((a: any) => a.id)).toEqual([id]);
    expect(list.json.data[0].contact_email).toBeUndefined();
    expect((await t.call("GET", "/v1/actors/nope")).status).toBe(404);
  });

  it("validates each field", async () => {
    const t = await createTestApp();
    const res = await t.call("POST", "/v1/actors", {
      as: "admin",
      body: {
        name: " ",
        roles: ["developer", "developer", "regulator"],
        country: "XX",
        contact_email: "nope",
        extra: 1,
      },
    });
    expect(res.status).toBe(400);
    const paths = res.json.errors.map((e: any) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "roles.2", "country", "contact_email"]));
    expect((await t.call("GET", "/v1/actors")).json.data).toHaveLength(0);
  });
});

describe("deployments", () => {
  it("records a deployer's own deployment, counts it on the product and refuses suspended products", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const dep = await actor(t, ["deployer"], "Clinic");
    const as = { role: "developer" as const, actorId: dev };
    const p = await product(t, as);
    const v = await version(t, as, p.id);
    const body = {
      product_version_id: v.id,
      setting: "primary care",
      country: "KE",
      languages: ["sw"],
      population: "adults",
      human_oversight: "clinician reviews every output",
      started_at: "2026-03-01T00:00:00Z",
    };
    const created = await t.call("POST", "/v1/deployments", { as: { role: "deployer", actorId: dep }, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      product_id: p.id,
      deployer_actor_id: dep,
      started_at: "2026-03-01T00:00:00.000Z",
      ended_at: null,
    });
    expect((await t.call("GET", `/v1/products/${p.id}`)).json.deployments_count).toBe(1);
    const listed = await t.call("GET", `/v1/deployments?product_id=${p.id}`);
    expect(listed.json.data.map((d: any) => d.id)).toEqual([created.json.id]);
    expect((await t.call("GET", `/v1/deployments?product_id=other`)).json.data).toEqual([]);

    const unknown = await t.call("POST", "/v1/deployments", {
      as: { role: "deployer", actorId: dep },
      body: { ...body, product_version_id: "nope" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].path).toBe("product_version_id");
    const backwards = await t.call("POST", "/v1/deployments", {
      as: { role: "deployer", actorId: dep },
      body: { ...body, ended_at: "2026-01-01T00:00:00Z" },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.errors[0].path).toBe("ended_at");
    expect(
      (await t.call("POST", "/v1/deployments", { as: { role: "developer", actorId: dev }, body })).status,
    ).toBe(403);

    await t.call("POST", `/v1/products/${p.id}/transitions`, {
      as: "regulator",
      body: { to: "LC_WITHDRAWN", reason: "unsafe" },
    });
    const refused = await t.call("POST", "/v1/deployments", { as: { role: "deployer", actorId: dep }, body });
    expect(refused.status).toBe(409);
    expect((await t.call("GET", `/v1/deployments?product_id=${p.id}`)).json.data).toHaveLength(1);
  });
});

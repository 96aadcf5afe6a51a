import { describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/harness";
import { actor, product, version } from "../helpers/registry-fixtures";

describe("product registration", () => {
  it("registers early with an immutable registered_at and a sequential LMMR number", async () => {
    const t = await createTestApp({ now: "2026-02-03T04:05:06.000Z" });
    const dev = await actor(t);
    const first = await product(t, { role: "developer", actorId: dev });
    expect(first).toMatchObject({
      registration_number: "LMMR-2026-000001",
      stage: "LC_EARLY_REGISTRATION",
      registered_at: "2026-02-03T04:05:06.000Z",
      developer_actor_id: dev,
      provider_actor_id: null,
    });
    expect(first.stage_history).toEqual([
      expect.objectContaining({ from: null, to: "LC_EARLY_REGISTRATION", by_role: "developer" }),
    ]);
    const second = await product(t, { role: "developer", actorId: dev }, { name: "Other" });
    expect(second.registration_number).toBe("LMMR-2026-000002");
    t.clock.set("2027-01-01T00:00:00Z");
    const third = await product(t, { role: "developer", actorId: dev }, { name: "Next year" });
    expect(third.registration_number).toBe("LMMR-2027-000001");
    const byNumber = await t.call("GET", "/v1/products/LMMR-2026-000001");
    expect(byNumber.json).toMatchObject({ id: first.id, registered_at: "2026-02-03T04:05:06.000Z" });
  });

  it("lets a provider register for itself with a named developer", async () => {
    const t = await createTestApp();
    const dev = await actor(t, ["developer"]);
    const prov = await actor(t, ["provider"]);
    const p = await product(
      t,
      { role: "provider", actorId: prov },
      { developer_actor_id: dev, kind: "application" },
    );
    expect(p).toMatchObject({ developer_actor_id: dev, provider_actor_id: prov });
  });

  it("names each bad field and stores nothing", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const res = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: dev },
      body: {
        name: "",
        kind: "robot",
        intended_purpose: "x",
        use_areas: [],
        modalities: ["smell"],
        languages: ["english!"],
      },
    });
    expect(res.status).toBe(400);
    const paths = res.json.errors.map((e: any) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["name", "kind", "use_areas", "modalities.0", "languages.0"]),
    );
    expect(res.json.errors.every((e: any) => e.in === "body")).toBe(true);

    const unknownArea = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: dev },
      body: {
        name: "A",
        kind: "application",
        intended_purpose: "x",
        use_areas: ["U_NOPE"],
        modalities: ["text"],
        languages: ["en"],
      },
    });
    expect(unknownArea.status).toBe(422);
    expect(unknownArea.json.errors).toEqual([
      { in: "body", path: "use_areas.0", message: "unknown use area U_NOPE" },
    ]);

    const unknownParent = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: dev },
      body: {
        name: "A",
        kind: "application",
        intended_purpose: "x",
        use_areas: ["U_PATIENT_GUIDED"],
        modalities: ["text"],
        languages: ["en"],
        builds_on: [{ product_id: "missing", relation: "fine_tune" }],
      },
    });
    expect(unknownParent.status).toBe(422);
    expect(unknownParent.json.errors[0].path).toBe("builds_on.0.product_id");
    const list = await t.call("GET", "/v1/products");
    expect(list.json.data).toHaveLength(0);
  });

  it("refuses an unregistered actor, other media types, malformed JSON and oversized bodies", async () => {
    const t = await createTestApp();
    const ghost = await t.call("POST", "/v1/products", {
      as: { role: "developer", actorId: "not-registered" },
      body: {
        name: "A",
        kind: "application",
        intended_purpose: "x",
        use_areas: ["U_PATIENT_GUIDED"],
        modalities: ["text"],
        languages: ["en"],
      },
    });
    // A token naming no registered actor authenticates nobody (test/security/tokens.test.ts).
    expect(ghost.status).toBe(401);
    const dev = await actor(t);
    const as = { role: "developer" as const, actorId: dev };
    const form = await t.call("POST", "/v1/products", {
      as,
      body: "name=x",
      headers: { "content-type": "text/plain" },
    });
    expect(form.status).toBe(415);
    const malformed = await t.call("POST", "/v1/products", { as, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.detail).toMatch(/not valid JSON/);
    const huge = await t.call("POST", "/v1/products", { as, body: { name: "x".repeat(300 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("product search and public view", () => {
  it("filters by q, kind, stage, actor and builds_on (all descendants) with cursor paging", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const other = await actor(t, ["developer"], "Other org");
    const as = { role: "developer" as const, actorId: dev };
    const fm = await product(t, as, { name: "Base LMM" });
    const app = await product(t, as, {
      name: "Triage app",
      kind: "application",
      builds_on: [{ product_id: fm.id, relation: "fine_tune" }],
    });
    const plugin = await product(
      t,
      { role: "developer", actorId: other },
      {
        name: "Dermatology plugin",
        kind: "application",
        builds_on: [{ product_id: app.id, relation: "plugin" }],
      },
    );
    await product(t, as, { name: "Unrelated", kind: "other" });

    const ids = async (qs: string) =>
      (await t.call("GET", `/v1/products?${qs}`)).json.data.map((p: any) => p.id).sort();
    expect(await ids(`builds_on=${fm.id}`)).toEqual([app.id, plugin.id].sort());
    expect(await ids(`builds_on=${app.id}`)).toEqual([plugin.id]);
    expect(await ids("q=triage")).toEqual([app.id]);
    expect(await ids("kind=foundation_model")).toEqual([fm.id]);
    expect(await ids(`actor_id=${other}`)).toEqual([plugin.id]);
    expect(await ids("stage=LC_DEPLOYED")).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call("GET", `/v1/products?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.json.data.map((p: any) => p.id));
      cursor = page.json.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect((await t.call("GET", "/v1/products?cursor=garbage")).status).toBe(400);
  });

  it("shows lineage up and down, versions pinned to foundation-model versions, and published disclosures only", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const prov = await actor(t, ["provider"]);
    const as = { role: "developer" as const, actorId: dev };
    const fm = await product(t, as, { name: "FM" });
    const fmV = await version(t, as, fm.id, { version: "2.0" });
    const app = await product(
      t,
      { role: "provider", actorId: prov },
      {
        name: "App",
        kind: "application",
        builds_on: [{ product_id: fm.id, relation: "fine_tune" }],
      },
    );
    const provAs = { role: "provider" as const, actorId: prov };
    const appV = await version(t, provAs, app.id, { base_versions: [fmV.id] });
    expect(appV.base_versions).toEqual([fmV.id]);
    const foreignBase = await version(t, as, fm.id, { version: "2.1" });
    const bad = await t.call("POST", `/v1/products/${fm.id}/versions`, {
      as,
      body: { version: "3", changelog: "x", substantial_modification: true, base_versions: [appV.id] },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].path).toBe("base_versions.0");
    expect(foreignBase.version).toBe("2.1");
    const dup = await t.call("POST", `/v1/products/${fm.id}/versions`, {
      as,
      body: { version: "2.0", changelog: "again", substantial_modification: false },
    });
    expect(dup.status).toBe(409);

    const disclose = (published: boolean, title: string) =>
      t.call("POST", `/v1/products/${fm.id}/disclosures`, {
        as,
        body: { kind: "red_team_report", title, sha256: "a".repeat(64), published, summary: "Findings" },
      });
    expect((await disclose(true, "Public red team")).status).toBe(201);
    expect((await disclose(false, "Internal red team")).status).toBe(201);

    const publicView = (await t.call("GET", `/v1/products/${fm.id}`)).json;
    expect(publicView.lineage.descendants).toEqual([
      expect.objectContaining({ product_id: app.id, relation: "fine_tune", depth: 1 }),
    ]);
    expect(publicView.disclosures.map((d: any) => d.title)).toEqual(["Public red team"]);
    const ownerView = (await t.call("GET", `/v1/products/${fm.id}`, { as })).json;
    expect(ownerView.disclosures).toHaveLength(2);
    const regulatorView = (await t.call("GET", `/v1/products/${fm.id}`, { as: "regulator" })).json;
    expect(regulatorView.disclosures).toHaveLength(2);
    const otherView = (await t.call("GET", `/v1/products/${fm.id}`, { as: provAs })).json;
    expect(otherView.disclosures).toHaveLength(1);

    const appView = (await t.call("GET", `/v1/products/${app.registration_number}`)).json;
    expect(appView.lineage.ancestors).toEqual([
      expect.objectContaining({ product_id: fm.id, name: "FM", depth: 1 }),
    ]);
    expect(appView.versions[0].base_versions).toEqual([fmV.id]);
  });

  it("keeps actor B from changing actor A's product", async () => {
    const t = await createTestApp();
    const a = await actor(t, ["developer"], "A");
    const b = await actor(t, ["developer"], "B");
    const p = await product(t, { role: "developer", actorId: a });
    const asB = { role: "developer" as const, actorId: b };
    const attempts = [
      t.call("POST", `/v1/products/${p.id}/versions`, {
        as: asB,
        body: { version: "9", changelog: "x", substantial_modification: false },
      }),
      t.call("POST", `/v1/products/${p.id}/transitions`, {
        as: asB,
        body: { to: "LC_WITHDRAWN", reason: "sabotage" },
      }),
      t.call("POST", `/v1/products/${p.id}/disclosures`, {
        as: asB,
        body: { kind: "model_card", title: "fake", sha256: "b".repeat(64), published: true, summary: "x" },
      }),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(403);
    const view = (await t.call("GET", `/v1/products/${p.id}`)).json;
    expect(view).toMatchObject({ stage: "LC_EARLY_REGISTRATION", versions: [], disclosures: [] });
  });
});

describe("lifecycle transitions", () => {
  it("follows the catalog's transition table, keeps history, and refuses withdrawn → deployed", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const as = { role: "developer" as const, actorId: dev };
    const p = await product(t, as);
    const move = (to: string, who: any = as) =>
      t.call("POST", `/v1/products/${p.id}/transitions`, { as: who, body: { to, reason: `to ${to}` } });
    const skip = await move("LC_DEPLOYED");
    expect(skip.status).toBe(409);
    expect(skip.json.allowed).toContain("LC_DESIGN_DEVELOPMENT");
    for (const to of ["LC_DESIGN_DEVELOPMENT", "LC_PRE_RELEASE_EVALUATION", "LC_REGULATORY_REVIEW"])
      expect((await move(to)).status).toBe(201);
    expect((await move("LC_PROVIDED", "regulator")).status).toBe(201);
    expect((await move("LC_WITHDRAWN", "regulator")).status).toBe(201);
    const back = await move("LC_DEPLOYED");
    expect(back.status).toBe(409);
    expect((await move("LC_NOT_A_STAGE")).status).toBe(422);
    const view = (await t.call("GET", `/v1/products/${p.id}`)).json;
    expect(view.stage).toBe("LC_WITHDRAWN");
    expect(view.stage_history.map((h: any) => h.to)).toEqual([
      "LC_EARLY_REGISTRATION",
      "LC_DESIGN_DEVELOPMENT",
      "LC_PRE_RELEASE_EVALUATION",
      "LC_REGULATORY_REVIEW",
      "LC_PROVIDED",
      "LC_WITHDRAWN",
    ]);
  });
});

describe("disclosure kinds come from the catalog's evidence kinds", () => {
  it("lists them with the obligations they prove and refuses unknown kinds", async () => {
    const t = await createTestApp();
    const kinds = (await t.call("GET", "/v1/catalog/evidence-kinds")).json.data;
    expect(kinds.find((k: any) => k.kind === "dpia_report").obligations).toContain("DEV_DPIA");
    const dev = await actor(t);
    const as = { role: "developer" as const, actorId: dev };
    const p = await product(t, as);
    const body = {
      title: "DPIA",
      sha256: "c".repeat(64),
      published: true,
      summary: "Data protection impact assessment",
    };
    const ok = await t.call("POST", `/v1/products/${p.id}/disclosures`, {
      as,
      body: { ...body, kind: "dpia_report" },
    });
    expect(ok.status).toBe(201);
    const bad = await t.call("POST", `/v1/products/${p.id}/disclosures`, {
      as,
      body: { ...body, kind: "press_release" },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toEqual([
      { in: "body", path: "kind", message: expect.stringContaining("/v1/catalog/evidence-kinds") },
    ]);
    expect((await t.call("GET", `/v1/products/${p.id}`)).json.disclosures).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { createActor, createProduct, fileIncident } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

describe("status workflow", () => {
  it("moves received → triaged → under_investigation → closed and refuses invalid moves with 409", async () => {
    const t = await createTestApp();
    const inc = await fileIncident(t, { product_name: "MedChat" });
    const move = (body: object, as: any = "regulator") =>
      t.call("POST", `/v1/incidents/${inc.id}/transitions`, { as, body });

    const skip = await move({ to: "under_investigation", reason: "skip triage" });
    expect(skip.status).toBe(409);
    expect(skip.json).toMatchObject({ from: "received", allowed: ["triaged", "closed"] });
    expect((await move({ to: "closed", closure: "confirmed", reason: "too early" })).status).toBe(409);
    expect((await move({ to: "closed", reason: "no closure" })).status).toBe(400);
    expect((await move({ to: "triaged", reason: "x" }, "admin")).status).toBe(403);

    expect((await move({ to: "triaged", reason: "Plausible" })).json).toMatchObject({
      from: "received",
      to: "triaged",
    });
    expect((await move({ to: "under_investigation", reason: "Asked provider for logs" })).status).toBe(201);
    expect((await move({ to: "closed", closure: "duplicate", reason: "use merge" })).status).toBe(409);
    const closed = await move({ to: "closed", closure: "confirmed", reason: "Causal link established" });
    expect(closed.json).toMatchObject({ to: "closed", closure: "confirmed" });
    expect((await move({ to: "triaged", reason: "back" })).status).toBe(409);

    const receipt = await t.call("GET", `/v1/incidents/${inc.id}/receipt`, {
      headers: { "x-receipt-token": inc.receipt_token },
    });
    expect(receipt.json).toMatchObject({ status: "closed", closure: "confirmed" });
    expect(receipt.json.history.map((e: any) => e.status)).toEqual([
      "received",
      "triaged",
      "under_investigation",
      "closed",
    ]);
    const audit = await t.call("GET", "/v1/audit?entity=incident", { as: "regulator" });
    expect(audit.json.data.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(["incident.file", "incident.transition"]),
    );
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json.ok).toBe(true);
  });
});

describe("duplicates", () => {
  it("ranks similar incidents and merges keeping every report and the audit trail", async () => {
    const t = await createTestApp();
    const dev = await createActor(t);
    const product = await createProduct(t, dev.owner("developer"));
    const text = "The assistant recommended doubling the insulin dose after a high glucose reading.";
    const a = await fileIncident(t, { product_id: product.id, description: text });
    const b = await fileIncident(t, {
      product_id: product.id,
      occurred_at: "2026-05-21T09:00:00Z",
      description: "Assistant recommended doubling insulin dose after high glucose reading!",
      reporter: { role: "clinician", anonymous: false, contact: { email: "dr@clinic.example" } },
    });
    const unrelated = await fileIncident(t, {
      product_name: "Skin app",
      occurred_at: "2026-03-01T00:00:00Z",
      event_type: "malfunction",
      severity: "mild",
      risk_codes: ["R_PRIVACY"],
      description: "Photos uploaded to the dermatology app were visible to other users.",
    });
    const similar = await t.call("GET", `/v1/incidents/${a.id}/similar`, { as: "regulator" });
    expect(similar.status).toBe(200);
    expect(similar.json.data.map((c: any) => c.incident_id)).toEqual([b.id, unrelated.id]);
    expect(similar.json.data[0].score).toBeGreaterThan(0.8);
    expect(similar.json.data[0].score).toBeGreaterThan(similar.json.data[1].score);
    expect(similar.json.data[0].components.product).toBe(1);
    expect(
      (await t.call("GET", `/v1/incidents/${a.id}/similar`, { as: dev.owner("developer") })).status,
    ).toBe(403);

    const merged = await t.call("POST", `/v1/incidents/${b.id}/merge`, {
      as: "regulator",
      body: { into: a.id, reason: "Same event" },
    });
    expect(merged.status).toBe(200);
    expect(merged.json.id).toBe(a.id);
    expect(merged.json.merged_from).toEqual([b.id]);
    expect(merged.json.reports.map((r: any) => r.incident_id)).toEqual([a.id, b.id]);
    expect(merged.json.reports[1].contact).toEqual({ email: "dr@clinic.example" });

    const source = await t.call("GET", `/v1/incidents/${b.id}`, { as: "regulator" });
    expect(source.json).toMatchObject({
      status: "closed",
      closure: "duplicate",
      merged_into: { id: a.id, reference: a.reference },
    });
    expect(source.json.reports).toHaveLength(1);
    // The clinician's receipt still works and now points at the incident being followed.
    const receipt = await t.call("GET", `/v1/incidents/${b.id}/receipt`, {
      headers: { "x-receipt-token": b.receipt_token },
    });
    expect(receipt.json).toMatchObject({
      status: "closed",
      closure: "duplicate",
      merged_into: { reference: a.reference, status: "received" },
    });

    expect(
      (await t.call("POST", `/v1/incidents/${b.id}/merge`, { as: "regulator", body: { into: a.id } })).status,
    ).toBe(409);
    expect(
      (await t.call("POST", `/v1/incidents/${unrelated.id}/merge`, { as: "regulator", body: { into: b.id } }))
        .status,
    ).toBe(409);
    expect(
      (await t.call("POST", `/v1/incidents/${a.id}/merge`, { as: "regulator", body: { into: a.id } })).status,
    ).toBe(409);
    expect(
      (await t.call("POST", `/v1/incidents/${a.id}/merge`, { as: "regulator", body: { into: "nope" } }))
        .status,
    ).toBe(422);
    expect(
      (
        await t.call("POST", `/v1/incidents/${b.id}/transitions`, {
          as: "regulator",
          body: { to: "under_investigation", reason: "x" },
        })
      ).status,
    ).toBe(409);

    const audit = await t.call("GET", `/v1/audit?entity=incident`, { as: "regulator" });
    expect(audit.json.data.filter((e: any) => e.entity_id === b.id).map((e: any) => e.action)).toEqual(
      expect.arrayContaining(["incident.file", "incident.merge"]),
    );
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json.ok).toBe(true);
  });
});

describe("accountable-actor responses", () => {
  it("records responses and lets a corrective action suspend the product through the lifecycle rules", async () => {
    const t = await createTestApp();
    const dev = await createActor(t, { roles: ["developer"] });
    const stranger = await createActor(t, { roles: ["developer"] });
    const product = await createProduct(t, dev.owner("developer"));
    const inc = await fileIncident(t, { product_id: product.id });
    const respond = (body: object, as: any = dev.owner("developer")) =>
      t.call("POST", `/v1/incidents/${inc.id}/responses`, { as, body });

    expect((await respond({ kind: "acknowledgement", text: "Investigating." })).status).toBe(201);
    expect((await respond({ kind: "acknowledgement", text: "x" }, stranger.owner("developer"))).status).toBe(
      404,
    );
    expect(
      (await respond({ kind: "dispute", text: "x", product_action: { to: "LC_WITHDRAWN" } })).status,
    ).toBe(400);
    // Early registration cannot be suspended (the same table as POST /v1/products/{id}/transitions).
    const early = await respond({
      kind: "corrective_action",
      text: "Suspend",
      product_action: { to: "LC_SUSPENDED" },
    });
    expect(early.status).toBe(409);
    expect(early.json.from).toBe("LC_EARLY_REGISTRATION");

    const withdraw = await respond({
      kind: "corrective_action",
      text: "Withdrawn from all stores.",
      product_action: { to: "LC_WITHDRAWN" },
    });
    expect(withdraw.status).toBe(201);
    expect(withdraw.json.product_action).toMatchObject({
      product_id: product.id,
      from: "LC_EARLY_REGISTRATION",
      to: "LC_WITHDRAWN",
    });
    const productView = await t.call("GET", `/v1/products/${product.id}`);
    expect(productView.json.stage).toBe("LC_WITHDRAWN");
    expect(productView.json.stage_history.at(-1)).toMatchObject({
      to: "LC_WITHDRAWN",
      reason: `Corrective action on incident ${inc.reference}`,
    });
    expect(
      (await respond({ kind: "corrective_action", text: "again", product_action: { to: "LC_WITHDRAWN" } }))
        .status,
    ).toBe(409);

    const view = await t.call("GET", `/v1/incidents/${inc.id}`, { as: dev.owner("developer") });
    expect(view.json.responses.map((r: any) => r.kind)).toEqual(["acknowledgement", "corrective_action"]);
    const receipt = await t.call("GET", `/v1/incidents/${inc.id}/receipt`, {
      headers: { "x-receipt-token": inc.receipt_token },
    });
    expect(
      receipt.json.history.filter((e: any) => e.type === "response_added").map((e: any) => e.response_kind),
    ).toEqual(["acknowledgement", "corrective_action"]);
    expect(JSON.stringify(receipt.json)).not.toContain("Withdrawn from all stores");
  });
});

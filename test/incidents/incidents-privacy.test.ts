import { describe, expect, it } from "vitest";
import {
  createActor,
  createDeployment,
  createProduct,
  createVersion,
  fileIncident,
} from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

const PII = {
  name: "Amina Diallo",
  email: "amina.diallo@example.org",
  phone: "+33 6 12 34 56 78",
  identifyingText: "My neighbour Dr Jean Moreau at 12 rue des Lilas saw the screen",
  transcript: "b".repeat(64),
  evidenceNote: "photo of my prescription with my name",
  ethnicity: "Fulani",
};

/** A value chain: foundation model (fm dev) → app (app dev, provider) → deployment (deployer). */
async function chain() {
  const t = await createTestApp();
  const fmDev = await createActor(t, { roles: ["developer"] });
  const appDev = await createActor(t, { roles: ["developer"] });
  const deployer = await createActor(t, { roles: ["deployer"] });
  const stranger = await createActor(t, { roles: ["developer", "provider"] });
  const fm = await createProduct(t, fmDev.owner("developer"), { name: "FM" });
  const app = await createProduct(t, appDev.owner("developer"), {
    name: "App",
    builds_on: [{ product_id: fm.id, relation: "fine_tune" }],
  });
  const v = await createVersion(t, appDev.owner("developer"), app.id);
  const dep = await createDeployment(t, deployer.owner("deployer"), v.id);
  return { t, fmDev, appDev, deployer, stranger, fm, app, dep };
}

describe("reporter shielding", () => {
  it("actor views contain no reporter identity, contact, patient attributes or identifying text", async () => {
    const { t, fmDev, appDev, deployer, stranger, dep } = await chain();
    const filed = await fileIncident(t, {
      deployment_id: dep.id,
      description: PII.identifyingText,
      description_identifying: true,
      transcript_sha256: PII.transcript,
      evidence: [{ sha256: "c".repeat(64), media_type: "image/jpeg", description: PII.evidenceNote }],
      patient: { age_band: "30-44", sex: "female", ethnicity: PII.ethnicity, disability: "yes" },
      reporter: {
        role: "patient",
        anonymous: false,
        contact: { name: PII.name, email: PII.email, phone: PII.phone },
      },
    });
    await t.call("POST", `/v1/incidents/${filed.id}/receipt/additions`, {
      headers: { "x-receipt-token": filed.receipt_token },
      body: { text: `Call me, ${PII.name}`, text_identifying: true },
    });

    const regulator = await t.call("GET", `/v1/incidents/${filed.id}`, { as: "regulator" });
    const full = JSON.stringify(regulator.json);
    for (const value of Object.values(PII)) expect(full).toContain(value);

    for (const viewer of [fmDev.owner("developer"), appDev.owner("developer"), deployer.owner("deployer")]) {
      const detail = await t.call("GET", `/v1/incidents/${filed.id}`, { as: viewer });
      expect(detail.status).toBe(200);
      const list = await t.call("GET", "/v1/incidents?mine=true", { as: viewer });
      expect(list.json.data.map((i: any) => i.id)).toEqual([filed.id]);
      const deadlines = await t.call("GET", `/v1/incidents/${filed.id}/deadlines`, { as: viewer });
      // Every other incident-scoped route an actor may call must be as clean.
      const liability = await Promise.all(
        ["obligations", "causality?ruleset=who-2024", "legal-facts"].map((sub) =>
          t.call("GET", `/v1/incidents/${filed.id}/${sub}`, { as: viewer }),
        ),
      );
      const stats = await t.call("GET", "/v1/incidents/stats?group_by=country", { as: viewer });
      for (const res of [...liability, stats]) expect(res.status).toBe(200);
      for (const res of [detail, list, deadlines, ...liability, stats]) {
        const text = res.text;
        for (const value of Object.values(PII)) expect(text).not.toContain(value);
        for (const key of [
          "contact",
          "patient",
          "product_name_text",
          "submitted_by_sub",
          "transcript_sha256",
          "anonymous",
          "ethnicity",
        ]) {
          expect(text).not.toContain(`"${key}":`);
        }
      }
      expect(detail.json).toMatchObject({ description: null, description_withheld: true });
      expect(detail.json.reports.map((r: any) => [r.kind, r.text, r.text_withheld])).toEqual([
        ["original", null, true],
        ["addition", null, true],
      ]);
    }
    // Outside the value chain the incident does not exist, and receipts are not for actors either.
    expect(
      (await t.call("GET", `/v1/incidents/${filed.id}`, { as: stranger.owner("developer") })).status,
    ).toBe(404);
    expect(
      (await t.call("GET", "/v1/incidents?mine=true", { as: stranger.owner("provider") })).json.data,
    ).toEqual([]);
    expect((await t.call("GET", `/v1/incidents/${filed.id}`, { as: "reporter" })).status).toBe(403);
    expect((await t.call("GET", `/v1/incidents/${filed.id}`)).status).toBe(401);
  });

  it("shows unflagged narrative to actors, and a regulator can flag it later", async () => {
    const { t, appDev, app } = await chain();
    const filed = await fileIncident(t, {
      product_id: app.id,
      description: "Advice contradicted the leaflet.",
    });
    const as = appDev.owner("developer");
    expect((await t.call("GET", `/v1/incidents/${filed.id}`, { as })).json.description).toBe(
      "Advice contradicted the leaflet.",
    );
    await t.call("PATCH", `/v1/incidents/${filed.id}`, {
      as: "regulator",
      body: { description_identifying: true },
    });
    expect((await t.call("GET", `/v1/incidents/${filed.id}`, { as })).json).toMatchObject({
      description: null,
      description_withheld: true,
    });
  });
});

describe("GET /v1/incidents", () => {
  it("gives regulators every incident, keyset-paginated, and actors those of their products and descendants", async () => {
    const { t, fmDev, appDev, fm, app } = await chain();
    const other = await createActor(t, { roles: ["developer"] });
    const otherProduct = await createProduct(t, other.owner("developer"), { name: "Unrelated" });
    const ids: string[] = [];
    for (const productId of [fm.id, app.id, otherProduct.id]) {
      ids.push((await fileIncident(t, { product_id: productId })).id);
      t.clock.advance(1000);
    }
    ids.push((await fileIncident(t, { product_name: "unknown app" })).id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await t.call("GET", `/v1/incidents?limit=2${cursor ? `&cursor=${cursor}` : ""}`, {
        as: "regulator",
      });
      expect(page.status).toBe(200);
      seen.push(...page.json.data.map((i: any) => i.id));
      cursor = page.json.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const mine = async (owner: any) =>
      (await t.call("GET", "/v1/incidents?mine=true", { as: owner })).json.data.map((i: any) => i.id);
    // The foundation-model developer sees incidents on the app built on its model too.
    expect((await mine(fmDev.owner("developer"))).sort()).toEqual([ids[0], ids[1]].sort());
    expect(await mine(appDev.owner("developer"))).toEqual([ids[1]]);
    expect(await mine(other.owner("developer"))).toEqual([ids[2]]);
    const filtered = await t.call("GET", `/v1/incidents?product_id=${fm.id}&status=received`, {
      as: "regulator",
    });
    expect(filtered.json.data.map((i: any) => i.id)).toEqual([ids[0]]);
    expect((await t.call("GET", "/v1/incidents", { as: "reporter" })).status).toBe(403);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import { SEVERITY_ORDER, type SeedIncident } from "../helpers/query-seed";
import { allIds, buildWorld, seedKnown, type World } from "../helpers/query-world";

type Known = SeedIncident & { id: string };
let t: TestApp;
let w: World;
let known: Known[];

const pick = <T>(list: readonly T[], i: number) => list[i % list.length] as T;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildWorld(t);
  const targets: Partial<SeedIncident>[] = [
    { productId: w.A.id, productVersionId: w.A1.id, deploymentId: w.deployment.id },
    { productId: w.B.id, productVersionId: w.B1.id },
    { productId: w.B.id },
    { productId: w.F.id, productVersionId: w.F1.id },
    { productId: w.G.id },
    { productId: null },
  ];
  const items: SeedIncident[] = [];
  for (let i = 0; i < 144; i++) {
    items.push({
      ...pick(targets, i),
      occurredAt: `2026-0${1 + (i % 5)}-${String(1 + (i % 27)).padStart(2, "0")}T08:00:00.000Z`,
      receivedAt: `2026-05-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:00:00.000Z`,
      country: pick(["FR", "KE", "BR", "IN"], i),
      setting: pick(["consumer_app", "hospital", "telehealth"], i),
      useArea: pick(["U_PATIENT_GUIDED", "U_CLINICAL_CARE", null], i),
      eventType: pick(["death", "serious_injury", "injury", "malfunction", "near_miss"], i),
      severity: pick(SEVERITY_ORDER, i * 7),
      outcome: pick(["recovered", "recovering", "fatal", "unknown"], i),
      status: pick(["received", "triaged", "under_investigation", "closed"], i * 3),
      ageBand: pick(["0-1", "18-29", "65-74", null], i),
      sex: pick(["female", "male", null], i),
      language: pick(["fr", "sw", "pt-BR", null], i),
      disability: pick(["yes", "no", "unknown", null], i * 5),
      patientKnewAiWasUsed: pick(["yes", "no", null], i * 11),
      risks: pick([["R_FALSE_INFO"], ["R_BIAS", "R_FALSE_INFO"], [], ["R_PRIVACY"]], i),
      description: pick(
        [
          "The chatbot told my father to double his insulin dose.",
          "Le médecin virtuel a ignoré une allergie à la pénicilline.",
          "聊天机器人建议将胰岛素剂量加倍",
          "A triage bot sent a child with sepsis home; AI misread fever.",
        ],
        i,
      ),
    });
  }
  known = await seedKnown(t, items);
});

const ids = (rows: Known[]) => rows.map((r) => r.id).sort();
const expectFilter = async (query: string, predicate: (r: Known) => boolean) => {
  const got = await allIds(t, `/v1/incidents?${query}`);
  const expected = ids(known.filter(predicate));
  expect(expected.length).toBeGreaterThan(0);
  expect(new Set(got).size).toBe(got.length);
  expect([...got].sort()).toEqual(expected);
};

describe("GET /v1/incidents filters (each matches a brute-force scan of the seeded rows)", () => {
  it("product_id, registration_number (lists mean any-of)", async () => {
    await expectFilter(`product_id=${w.A.id}`, (r) => r.productId === w.A.id);
    await expectFilter(
      `product_id=${w.A.id},${w.G.id}`,
      (r) => r.productId === w.A.id || r.productId === w.G.id,
    );
    await expectFilter(
      `registration_number=${w.B.registration_number.toLowerCase()}`,
      (r) => r.productId === w.B.id,
    );
  });

  it("actor_id: any role in the chain (developer, upstream model developer, deployer)", async () => {
    await expectFilter(`actor_id=${w.clinic.id}`, (r) => r.deploymentId === w.deployment.id);
    await expectFilter(`actor_id=${w.appCo.id}`, (r) => r.productId === w.A.id || r.productId === w.B.id);
    // Lab developed F: its own incidents and the apps built on F, by the access policy's rule: B1 pins
    // only G1, so B1's incidents are not Lab's; B's incidents naming no version follow product lineage.
    await expectFilter(
      `actor_id=${w.lab.id}`,
      (r) =>
        r.productId === w.F.id || r.productId === w.A.id || (r.productId === w.B.id && !r.productVersionId),
    );
    await expectFilter(`actor_id=${w.lab2.id}`, (r) => r.productId === w.G.id || r.productId === w.B.id);
  });

  it("foundation_model_id follows version lineage at the time of the incident, else product lineage", async () => {
    // B1 was built on G1: those incidents belong to G, not F, although product B builds on F.
    await expectFilter(
      `foundation_model_id=${w.F.id}`,
      (r) =>
        r.productId === w.F.id || r.productId === w.A.id || (r.productId === w.B.id && !r.productVersionId),
    );
    await expectFilter(
      `foundation_model_id=${w.G.id}`,
      (r) => r.productId === w.G.id || r.productId === w.B.id,
    );
  });

  it("enumerated and attribute filters", async () => {
    await expectFilter("risk_code=R_BIAS", (r) => r.risks?.includes("R_BIAS") === true);
    await expectFilter(
      "risk_code=R_BIAS,R_PRIVACY",
      (r) => r.risks?.some((c) => ["R_BIAS", "R_PRIVACY"].includes(c)) === true,
    );
    await expectFilter("event_type=death,near_miss", (r) =>
      ["death", "near_miss"].includes(r.eventType ?? ""),
    );
    await expectFilter("severity=mild,fatal", (r) => ["mild", "fatal"].includes(r.severity ?? ""));
    await expectFilter("severity_min=severe", (r) => SEVERITY_ORDER.indexOf(r.severity!) >= 3);
    await expectFilter("outcome=fatal", (r) => r.outcome === "fatal");
    await expectFilter("status=triaged", (r) => r.status === "triaged");
    await expectFilter("country=ke,BR", (r) => r.country === "KE" || r.country === "BR");
    await expectFilter("use_area=U_CLINICAL_CARE", (r) => r.useArea === "U_CLINICAL_CARE");
    await expectFilter("setting=hospital", (r) => r.setting === "hospital");
    await expectFilter("age_band=65-74", (r) => r.ageBand === "65-74");
    await expectFilter("sex=female", (r) => r.sex === "female");
    await expectFilter("language=pt-BR", (r) => r.language === "pt-BR");
    await expectFilter("disability=yes", (r) => r.disability === "yes");
    await expectFilter("patient_knew_ai_was_used=no", (r) => r.patientKnewAiWasUsed === "no");
  });

  it("date ranges are half-open [from, to)", async () => {
    await expectFilter(
      "occurred_from=2026-02-01&occurred_to=2026-04-01",
      (r) => r.occurredAt! >= "2026-02-01" && r.occurredAt! < "2026-04-01",
    );
    await expectFilter(
      "reported_from=2026-05-10T00:00:00Z&reported_to=2026-05-12T00:00:00Z",
      (r) => r.receivedAt! >= "2026-05-10T00:00:00.000Z" && r.receivedAt! < "2026-05-12T00:00:00.000Z",
    );
  });

  it("q: full text in any language, case- and accent-insensitive; short terms still work", async () => {
    await expectFilter("q=INSULIN", (r) => r.description!.includes("insulin"));
    await expectFilter("q=medecin%20penicilline", (r) => r.description!.includes("médecin"));
    await expectFilter(`q=${encodeURIComponent("胰岛素")}`, (r) => r.description!.includes("胰岛素"));
    await expectFilter("q=AI%20fever", (r) => r.description!.includes("AI misread fever"));
  });

  it("combinations AND together", async () => {
    await expectFilter(
      `foundation_model_id=${w.F.id}&country=FR,KE&severity_min=moderate&risk_code=R_FALSE_INFO&q=insulin`,
      (r) =>
        (r.productId === w.F.id ||
          r.productId === w.A.id ||
          (r.productId === w.B.id && !r.productVersionId)) &&
        ["FR", "KE"].includes(r.country!) &&
        SEVERITY_ORDER.indexOf(r.severity!) >= 2 &&
        r.risks!.includes("R_FALSE_INFO") &&
        r.description!.includes("insulin"),
    );
  });

  it("sort orders and keyset pages agree with a full sort", async () => {
    const got = await allIds(t, "/v1/incidents?sort=occurred_at&country=FR");
    const expected = known
      .filter((r) => r.country === "FR")
      .sort((a, b) =>
        a.occurredAt! < b.occurredAt! ? -1 : a.occurredAt! > b.occurredAt! ? 1 : a.id < b.id ? -1 : 1,
      )
      .map((r) => r.id);
    expect(got).toEqual(expected);
  });

  it("actors: only incidents involving them; patient-attribute filters refused on rows; q skips withheld text", async () => {
    const clinic = { role: "deployer" as const, actorId: w.clinic.id };
    const got = await allIds(t, "/v1/incidents?country=FR", clinic);
    expect(got.sort()).toEqual(
      ids(known.filter((r) => r.deploymentId === w.deployment.id && r.country === "FR")),
    );
    const refused = await t.call("GET", "/v1/incidents?age_band=0-1", { as: clinic });
    expect(refused.status).toBe(403);
    expect(refused.json.errors[0]).toMatchObject({ in: "query", path: "age_band" });
    const [secret] = await seedKnown(t, [
      {
        productId: w.A.id,
        deploymentId: w.deployment.id,
        descriptionIdentifying: true,
        description: "Zygomatrix ward 7",
      },
    ]);
    expect(await allIds(t, "/v1/incidents?q=zygomatrix", clinic)).toEqual([]);
    expect(await allIds(t, "/v1/incidents?q=zygomatrix")).toEqual([secret!.id]);
  });
});

describe("bad query parameters → 400 problem naming the parameter", () => {
  it.each([
    ["severity=catastrophic", "severity.0"],
    ["severity_min=huge", "severity_min"],
    ["limit=501", "limit"],
    ["country=XX", "country.0"],
    ["occurred_from=2026-05-01&occurred_to=2026-04-01", "occurred_to"],
    ["reported_from=yesterday", "reported_from"],
    ["risk_code=bias", "risk_code.0"],
    ["sort=severity", "sort"],
    ["cursor=not-a-cursor", "cursor"],
  ])("%s", async (query, path) => {
    const res = await t.call("GET", `/v1/incidents?${query}`, { as: "regulator" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it("an unknown parameter is named rather than ignored", async () => {
    const res = await t.call("GET", "/v1/incidents?severty=fatal", { as: "regulator" });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.json.errors)).toContain("severty");
  });

  it("a cursor issued for another sort is refused", async () => {
    const first = await t.call("GET", "/v1/incidents?limit=1", { as: "regulator" });
    const res = await t.call("GET", `/v1/incidents?sort=occurred_at&cursor=${first.json.next_cursor}`, {
      as: "regulator",
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toBe("cursor");
  });
});

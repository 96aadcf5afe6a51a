import { sql } from "drizzle-orm";
import type { Db } from "../src/platform/db/client";
import * as t from "../src/schema";

/**
 * Synthetic registry for benchmarks: a few foundation models with apps on top, and N incidents with
 * realistic spreads of the filtered attributes, inserted as multi-row INSERTs (1,000 rows each) so 1M
 * rows take minutes, not hours. Deterministic (seeded LCG), so runs are comparable.
 */
const COUNTRIES = ["FR", "KE", "BR", "IN", "US", "DE", "NG", "JP"];
const SEVERITIES = ["none", "mild", "moderate", "severe", "life_threatening", "fatal"];
const EVENTS = ["death", "serious_injury", "injury", "malfunction", "near_miss"];
const STATUSES = ["received", "triaged", "under_investigation", "closed"];
const RISKS = ["R_FALSE_INFO", "R_BIAS", "R_PRIVACY", "R_SELF_HARM", "R_AUTOMATION_BIAS"];
const TEXTS = [
  "The chatbot told the patient to double the insulin dose",
  "Le médecin virtuel a ignoré une allergie à la pénicilline",
  "聊天机器人建议将胰岛素剂量加倍",
  "Triage bot sent a child with sepsis home",
  "Transcription swapped left and right kidney",
];

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function generate(db: Db, n: number, onProgress: (done: number) => void = () => {}) {
  const rand = lcg(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const now = "2026-01-01T00:00:00.000Z";
  await db.insert(t.actors).values(
    Array.from({ length: 10 }, (_, i) => ({
      id: `bench-actor-${i}`,
      name: `Bench actor ${i}`,
      roles: ["developer", "provider", "deployer"],
      country: "FR",
      contactEmail: `a${i}@bench.example`,
      identifiers: {},
      createdAt: now,
    })),
  );
  const products = Array.from({ length: 50 }, (_, i) => ({
    id: `bench-product-${i}`,
    registrationNumber: `LMMR-2026-${String(900000 + i)}`,
    name: `Bench product ${i}`,
    kind: i < 5 ? "foundation_model" : "application",
    intendedPurpose: "bench",
    useAreas: ["U_PATIENT_GUIDED"],
    modalities: ["text"],
    languages: ["en"],
    developerActorId: `bench-actor-${i % 10}`,
    providerActorId: null,
    stage: "LC_DEPLOYED",
    registeredAt: now,
  }));
  await db.insert(t.products).values(products);
  await db.insert(t.productLineage).values(
    products.slice(5).map((p, i) => ({
      productId: p.id,
      parentProductId: `bench-product-${i % 5}`,
      relation: "fine_tune",
      createdAt: now,
    })),
  );
  const start = Date.UTC(2024, 0, 1);
  for (let done = 0; done < n; done += 1000) {
    const rows = Array.from({ length: Math.min(1000, n - done) }, (_, j) => {
      const i = done + j;
      const severity = pick(SEVERITIES);
      const occurred = new Date(start + i * 60_000 + Math.floor(rand() * 3_600_000)).toISOString();
      return {
        id: `bench-${String(i).padStart(8, "0")}`,
        reference: `INC-B-${i}`,
        status: pick(STATUSES),
        productId: rand() < 0.9 ? `bench-product-${Math.floor(rand() * 50)}` : null,
        occurredAt: occurred,
        receivedAt: new Date(start + i * 60_000 + 86_400_000).toISOString(),
        country: pick(COUNTRIES),
        setting: pick(["hospital", "consumer_app", "telehealth"]),
        useArea: "U_PATIENT_GUIDED",
        description: `${pick(TEXTS)} (#${i})`,
        eventType: pick(EVENTS),
        severity,
        severityRank: SEVERITIES.indexOf(severity),
        outcome: pick(["recovered", "recovering", "fatal", "unknown"]),
        ageBand: pick(["0-1", "18-29", "45-64", "75+", null]),
        sex: pick(["female", "male", null]),
        language: pick(["en", "fr", "sw", null]),
        updatedAt: occurred,
      };
    });
    const risks = rows.map((r) => ({ incidentId: r.id, riskCode: pick(RISKS) }));
    await db.batch([db.insert(t.incidents).values(rows), db.insert(t.incidentRisks).values(risks)]);
    onProgress(done + rows.length);
  }
  await db.run(sql`analyze`);
}

import { sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import * as t from "../../src/schema";
import type { TestApp } from "./harness";

/**
 * Direct, batched inserts of incidents for query tests: thousands of rows in milliseconds instead of
 * thousands of HTTP filings. The FTS triggers fire as for API inserts, so search sees these rows too.
 */
export const SEVERITY_ORDER = ["none", "mild", "moderate", "severe", "life_threatening", "fatal"] as const;

export interface SeedIncident {
  id?: string;
  productId?: string | null;
  productVersionId?: string | null;
  deploymentId?: string | null;
  occurredAt?: string;
  receivedAt?: string;
  country?: string;
  setting?: string;
  useArea?: string | null;
  description?: string;
  eventType?: string;
  severity?: (typeof SEVERITY_ORDER)[number];
  outcome?: string;
  status?: string;
  ageBand?: string | null;
  sex?: string | null;
  language?: string | null;
  disability?: string | null;
  patientKnewAiWasUsed?: string | null;
  descriptionIdentifying?: boolean;
  mergedIntoId?: string | null;
  risks?: string[];
}

let seq = 0;

export function seedRow(i: SeedIncident) {
  seq += 1;
  const severity = i.severity ?? "moderate";
  const receivedAt = i.receivedAt ?? "2026-05-21T00:00:00.000Z";
  return {
    id: i.id ?? uuidv7(),
    reference: `INC-T-${String(seq).padStart(8, "0")}`,
    status: i.status ?? "received",
    productId: i.productId ?? null,
    productVersionId: i.productVersionId ?? null,
    deploymentId: i.deploymentId ?? null,
    occurredAt: i.occurredAt ?? "2026-05-20T10:00:00.000Z",
    receivedAt,
    country: i.country ?? "FR",
    setting: i.setting ?? "consumer_app",
    useArea: i.useArea === undefined ? "U_PATIENT_GUIDED" : i.useArea,
    description: i.description ?? "The assistant gave a wrong dose.",
    eventType: i.eventType ?? "injury",
    severity,
    severityRank: SEVERITY_ORDER.indexOf(severity),
    outcome: i.outcome ?? "recovering",
    ageBand: i.ageBand ?? null,
    sex: i.sex ?? null,
    language: i.language ?? null,
    disability: i.disability ?? null,
    patientKnewAiWasUsed: i.patientKnewAiWasUsed ?? null,
    descriptionIdentifying: i.descriptionIdentifying ?? false,
    mergedIntoId: i.mergedIntoId ?? null,
    updatedAt: receivedAt,
  };
}

/** Inserts incidents (and their risk codes) in chunks, each chunk one multi-row INSERT. */
export async function seedIncidents(app: Pick<TestApp, "db">, items: SeedIncident[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < items.length; start += 400) {
    const chunk = items.slice(start, start + 400);
    const rows = chunk.map(seedRow);
    const risks = chunk.flatMap((item, n) =>
      (item.risks ?? []).map((riskCode) => ({ incidentId: rows[n]!.id, riskCode })),
    );
    await app.db.insert(t.incidents).values(rows);
    if (risks.length) await app.db.insert(t.incidentRisks).values(risks);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function countRows(app: Pick<TestApp, "db">, table: string): Promise<number> {
  const [row] = await app.db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`));
  return Number(row?.n ?? 0);
}

import { SEVERITIES } from "../../incidents";
import type { ApiCall } from "../index";

/** The dashboard's filters as the GET form sends them (plain values, never a token). */
export interface DashboardFilters {
  from: string;
  to: string;
  severity_min: string;
  country: string;
}

/** A calendar day that exists (2026-13-45 does not). */
const isDay = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
};

export const NO_FILTERS: DashboardFilters = { from: "", to: "", severity_min: "", country: "" };

export function readFilters(query: (name: string) => string | undefined): DashboardFilters {
  const pick = (name: string, ok: (v: string) => boolean) => {
    const v = (query(name) ?? "").trim();
    return ok(v) ? v : "";
  };
  return {
    from: pick("from", (v) => isDay(v)),
    to: pick("to", (v) => isDay(v)),
    severity_min: pick("severity_min", (v) => (SEVERITIES as readonly string[]).includes(v)),
    country: pick("country", (v) => /^[A-Z]{2}$/.test(v)),
  };
}

/** The API's filter parameters for the dashboard's filters (shared by stats, list and signals). */
export function apiFilters(f: DashboardFilters, forSignals = false): Record<string, string> {
  return {
    ...(f.from ? { occurred_from: `${f.from}T00:00:00Z` } : {}),
    ...(f.to ? { occurred_to: `${f.to}T00:00:00Z` } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.severity_min && !forSignals ? { severity_min: f.severity_min } : {}),
  };
}

interface StatsCell {
  by: Record<string, string | null>;
  period?: string | null;
  count?: number;
}
interface StatsTable {
  periods: string[] | null;
  cells: StatsCell[];
  names: Record<string, Record<string, string>>;
}
export interface SignalRow {
  entity_id: string;
  entity_name: string | null;
  registration_number: string | null;
  risk_code: string;
  incident_count: number;
  prr: number | null;
  prr_ci95: { lower: number; upper: number } | null;
}
export interface LateDeadline {
  incident_id: string;
  incident_reference: string;
  role: string;
  citation: string;
  due_at: string | null;
}
export interface IncidentRow {
  id: string;
  reference: string;
  status: string;
  severity: string;
  received_at: string;
  product_id?: string | null;
}

export interface DashboardData {
  total: number;
  months: { period: string; bySeverity: number[] }[];
  topRisks: { code: string; count: number }[];
  byModel: { id: string; name: string; count: number }[];
  late: LateDeadline[];
  signals: (SignalRow & { level: "product" | "foundation_model" })[];
  recent: IncidentRow[];
}

const NONE = "(none)";

/** Everything on the dashboard, read through the regulator's own API calls (its access rules apply). */
export async function loadDashboard(
  call: (path: string) => Promise<Response>,
  f: DashboardFilters,
): Promise<DashboardData> {
  const json = async <T>(path: string): Promise<T> => {
    const res = await call(path);
    if (!res.ok) throw new DashboardCallFailed(res.status);
    return (await res.json()) as T;
  };
  const q = (extra: Record<string, string>, forSignals = false) =>
    new URLSearchParams({ ...apiFilters(f, forSignals), ...extra }).toString();
  const [bySeverity, overTime, risks, models, late, productSignals, modelSignals, recent] = await Promise.all(
    [
      json<StatsTable>(`/v1/incidents/stats?${q({ group_by: "severity" })}`),
      json<StatsTable>(`/v1/incidents/stats?${q({ group_by: "severity", interval: "month" })}`),
      json<StatsTable>(`/v1/incidents/stats?${q({ group_by: "risk_code" })}`),
      json<StatsTable>(`/v1/incidents/stats?${q({ group_by: "foundation_model" })}`),
      json<{ data: LateDeadline[] }>("/v1/deadlines?status=late&limit=20"),
      json<{ data: SignalRow[] }>(`/v1/signals?${q({ level: "product", signals_only: "true" }, true)}`),
      json<{ data: SignalRow[] }>(
        `/v1/signals?${q({ level: "foundation_model", signals_only: "true" }, true)}`,
      ),
      json<{ data: IncidentRow[] }>(`/v1/incidents?${q({ limit: "10" })}`),
    ],
  );
  const total = bySeverity.cells.find((c) => c.by.severity === null)?.count ?? 0;
  const months = (overTime.periods ?? []).map((period) => ({
    period,
    bySeverity: SEVERITIES.map(
      (s) => overTime.cells.find((c) => c.period === period && c.by.severity === s)?.count ?? 0,
    ),
  }));
  const ranked = (table: StatsTable, dim: string) =>
    table.cells
      .filter(
        (c) => c.by[dim] !== null && c.by[dim] !== NONE && (c.period ?? null) === null && (c.count ?? 0) > 0,
      )
      .map((c) => ({ key: c.by[dim] as string, count: c.count ?? 0 }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, 10);
  return {
    total,
    months,
    topRisks: ranked(risks, "risk_code").map((r) => ({ code: r.key, count: r.count })),
    byModel: ranked(models, "foundation_model").map((m) => ({
      id: m.key,
      name: models.names.foundation_model?.[m.key] ?? m.key,
      count: m.count,
    })),
    late: late.data,
    signals: [
      ...modelSignals.data.map((s) => ({ ...s, level: "foundation_model" as const })),
      ...productSignals.data.map((s) => ({ ...s, level: "product" as const })),
    ],
    recent: recent.data,
  };
}

/** An API call of the dashboard was refused: 401 means the session's token is no longer valid. */
export class DashboardCallFailed extends Error {
  constructor(readonly status: number) {
    super(`dashboard API call answered ${status}`);
  }
}

export type { ApiCall };

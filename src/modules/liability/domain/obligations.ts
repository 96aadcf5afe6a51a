import type { ValueChainRole as ChainRole } from "../../../platform/auth/roles";
import type { FindingFact, ObligationEvidence } from "./causality/types";

/**
 * Which catalog obligations an actor carries for a product, and their compliance status. Pure: the
 * caller passes the catalog and the evidence rows. The same status rules feed the causality engine
 * (engineEvidence), so the product page and a presumption can never disagree about one duty.
 */

export interface CatalogObligation {
  code: string;
  title: string;
  actors: string[];
  stage: string;
  strength: string;
  mitigates_risks: string[];
}
export interface CatalogSlice {
  obligations: CatalogObligation[];
  lifecycle_stages: { code: string; order: number }[];
  use_areas: { code: string; risks: string[] }[];
  risks: { code: string; cross_cutting: boolean }[];
  risk_to_obligations: Record<string, string[]>;
}

export type AttestationStatus = "met" | "partially_met" | "not_applicable";
export type FindingResult = "breached" | "met" | "inconclusive";
export type ComplianceStatus = "attested" | "missing" | "finding_breach" | "finding_met" | "not_applicable";

export interface AttestationRow {
  id: string;
  status: AttestationStatus;
  effective_from: string;
  recorded_at: string;
  disclosure_ids: string[];
}
export interface FindingRow {
  id: string;
  result: FindingResult;
  decided_at: string;
  period_from: string | null;
  period_to: string | null;
  recorded_at: string;
}

export type Evidence =
  | { type: "finding"; id: string; result: FindingResult; decided_at: string; recorded_at: string }
  | ({ type: "attestation" } & AttestationRow);

const POST_RELEASE = "LC_POST_RELEASE_MONITORING";
const EXCEPTIONAL = ["LC_SUSPENDED", "LC_WITHDRAWN"];

/**
 * Duties of every stage reached so far apply. Two stages are not steps on a line: post-release
 * monitoring starts once the product is provided (section 6.2), and suspension/withdrawal duties
 * apply only to a product that is actually suspended or withdrawn.
 */
export function stageReached(catalog: CatalogSlice, obligationStage: string, current: string): boolean {
  const order = (code: string) => catalog.lifecycle_stages.find((s) => s.code === code)?.order ?? 0;
  if (EXCEPTIONAL.includes(obligationStage)) {
    return current === obligationStage || (obligationStage === "LC_SUSPENDED" && current === "LC_WITHDRAWN");
  }
  if (obligationStage === POST_RELEASE) return order(current) >= order("LC_PROVIDED");
  return order(obligationStage) <= order(current);
}

/** Risks a product faces: those of its use areas (Table 1) plus the cross-cutting ones. */
export function productRisks(catalog: CatalogSlice, useAreas: string[]): Set<string> {
  const out = new Set(catalog.risks.filter((r) => r.cross_cutting).map((r) => r.code));
  for (const u of catalog.use_areas.filter((x) => useAreas.includes(x.code)))
    for (const r of u.risks) out.add(r);
  return out;
}

/** Obligations a role owes for a product with these use areas at this lifecycle stage. */
export function applicableObligations(
  catalog: CatalogSlice,
  product: { use_areas: string[]; stage: string },
  role: ChainRole,
): CatalogObligation[] {
  const risks = productRisks(catalog, product.use_areas);
  const linked = new Set([...risks].flatMap((r) => catalog.risk_to_obligations[r] ?? []));
  const actor = role.toUpperCase();
  return catalog.obligations.filter(
    (o) =>
      o.actors.includes(actor) &&
      stageReached(catalog, o.stage, product.stage) &&
      (linked.has(o.code) || o.mitigates_risks.some((r) => risks.has(r))),
  );
}

const byTime =
  <T extends { id: string }>(...keys: ((x: T) => string)[]) =>
  (a: T, b: T) => {
    for (const k of keys) if (k(a) !== k(b)) return k(a) < k(b) ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

/**
 * Status as of `at`. A finding outranks the actor's own claim (latest recorded finding wins, as
 * corrections are new rows); otherwise the latest effective attestation wins. A partial attestation
 * admits the duty was not fully met, so compliance stays "missing" while the claim is still shown.
 */
export function resolveStatus(
  attestations: AttestationRow[],
  findings: FindingRow[],
  at: string,
): { status: ComplianceStatus; evidence: Evidence[] } {
  const finding = findings
    .filter((f) => f.result !== "inconclusive" && f.decided_at <= at && f.recorded_at <= at)
    .sort(byTime((f) => f.recorded_at))
    .at(-1);
  const attestation = attestations
    .filter((a) => a.effective_from <= at && a.recorded_at <= at)
    .sort(
      byTime(
        (a) => a.effective_from,
        (a) => a.recorded_at,
      ),
    )
    .at(-1);
  const evidence: Evidence[] = [];
  if (finding) {
    const { id, result, decided_at, recorded_at } = finding;
    evidence.push({ type: "finding", id, result, decided_at, recorded_at });
  }
  if (attestation) evidence.push({ type: "attestation", ...attestation });
  if (finding) return { status: finding.result === "breached" ? "finding_breach" : "finding_met", evidence };
  if (attestation?.status === "met") return { status: "attested", evidence };
  if (attestation?.status === "not_applicable") return { status: "not_applicable", evidence };
  return { status: "missing", evidence };
}

/** Open lower bound for a finding that names no period: it speaks about all conduct before it. */
const OPEN_START = "1970-01-01T00:00:00.000Z";

/**
 * Rows for the causality engine. Each attestation's validity ends where the next one on record by the
 * incident date begins (latest effective wins); only claims of compliance (met, not applicable) are
 * passed as discharging the duty. Inconclusive findings decide nothing, so they are left out.
 */
export function engineEvidence(
  code: string,
  attestations: AttestationRow[],
  findings: FindingRow[],
  occurredAt: string,
): ObligationEvidence {
  const ordered = [...attestations].sort(
    byTime(
      (a) => a.effective_from,
      (a) => a.recorded_at,
    ),
  );
  const onRecord = ordered.filter((a) => a.recorded_at <= occurredAt);
  const facts = ordered
    .filter((a) => a.status !== "partially_met")
    .map((a) => {
      const next = onRecord[onRecord.indexOf(a) + 1];
      const to = onRecord.includes(a) && next ? next.effective_from : null;
      return { id: a.id, effective_from: a.effective_from, effective_to: to, recorded_at: a.recorded_at };
    });
  const findingFacts: FindingFact[] = findings
    .filter((f) => f.result !== "inconclusive")
    .map((f) => ({
      id: f.id,
      outcome: f.result === "breached" ? "breach" : "met",
      effective_from: f.period_from ?? OPEN_START,
      effective_to: f.period_to,
      recorded_at: f.recorded_at,
    }));
  return { code, attestations: facts, findings: findingFacts };
}

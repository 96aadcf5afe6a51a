import type { Basis, CausalityInput, DisclosureOrderFact, ObligationEvidence } from "./types";

/**
 * "As of" rules (documented on CausalityInput): what was on record at the incident date for the
 * actor's own declarations, and what is known at evaluation time for findings and orders.
 */

export function toMillis(iso: string, what: string): number {
  const ms = Date.parse(iso);
  // A silent NaN would make every comparison false and quietly drop evidence; fail loudly instead.
  if (Number.isNaN(ms)) throw new Error(`invalid ISO timestamp for ${what}: "${iso}"`);
  return ms;
}

function covers(from: string, to: string | null | undefined, at: number, what: string): boolean {
  if (toMillis(from, `${what}.effective_from`) > at) return false;
  return to == null || toMillis(to, `${what}.effective_to`) > at;
}

export type ObligationStatus = "finding_breach" | "finding_met" | "not_applicable" | "attested" | "missing";

export interface ResolvedObligation {
  code: string;
  status: ObligationStatus;
  basis: Basis[];
}

/**
 * Status of one obligation for one actor. A regulator's finding outranks the actor's own attestation;
 * among findings the latest recorded wins because corrections are new rows that supersede.
 */
export function resolveObligation(
  code: string,
  evidence: ObligationEvidence | undefined,
  disclosureIds: string[],
  input: Pick<CausalityInput, "incident" | "evaluated_at">,
): ResolvedObligation {
  const occurred = toMillis(input.incident.occurred_at, "incident.occurred_at");
  const evaluated = toMillis(input.evaluated_at, "evaluated_at");
  const findings = (evidence?.findings ?? [])
    .filter(
      (f) =>
        covers(f.effective_from, f.effective_to, occurred, `finding ${f.id}`) &&
        toMillis(f.recorded_at, `finding ${f.id}.recorded_at`) <= evaluated,
    )
    .sort((a, b) => Date.parse(b.recorded_at) - Date.parse(a.recorded_at) || (a.id < b.id ? 1 : -1));
  const latest = findings[0];
  if (latest) {
    const status =
      latest.outcome === "breach"
        ? "finding_breach"
        : latest.outcome === "met"
          ? "finding_met"
          : "not_applicable";
    return { code, status, basis: [{ type: "finding", ref: latest.id, obligation_code: code }] };
  }
  const attestations = (evidence?.attestations ?? []).filter(
    (a) =>
      covers(a.effective_from, a.effective_to, occurred, `attestation ${a.id}`) &&
      toMillis(a.recorded_at, `attestation ${a.id}.recorded_at`) <= occurred,
  );
  const basis: Basis[] = [
    ...attestations.map((a): Basis => ({ type: "attestation", ref: a.id, obligation_code: code })),
    ...disclosureIds.map((id): Basis => ({ type: "disclosure", ref: id, obligation_code: code })),
  ];
  if (basis.length > 0) return { code, status: "attested", basis };
  return {
    code,
    status: "missing",
    basis: [{ type: "missing_attestation", ref: code, obligation_code: code }],
  };
}

/**
 * Maps obligation code → ids of published disclosures on record by the incident date whose kind the
 * ruleset accepts as evidence of that obligation (e.g. a model card for capability disclosure).
 */
export function disclosureEvidence(
  disclosures: { id: string; kind: string; published: boolean; recorded_at: string }[],
  kindToCodes: Record<string, string[]>,
  occurredAt: string,
): Map<string, string[]> {
  const occurred = toMillis(occurredAt, "incident.occurred_at");
  const out = new Map<string, string[]>();
  for (const d of disclosures) {
    if (!d.published || toMillis(d.recorded_at, `disclosure ${d.id}.recorded_at`) > occurred) continue;
    for (const code of kindToCodes[d.kind] ?? []) out.set(code, [...(out.get(code) ?? []), d.id]);
  }
  return out;
}

export type OrderState = "missed" | "pending" | "complied";

/**
 * An order answered after its due date still counts as missed: Art. 3(5) AILD and Art. 10(2)(a) PLD
 * attach to failing the order as issued, and a late answer may already have cost the claimant.
 */
export function orderState(order: DisclosureOrderFact, evaluatedAt: string): OrderState {
  const due = toMillis(order.due_at, `disclosure order ${order.id}.due_at`);
  if (order.answered_at !== null) {
    return toMillis(order.answered_at, `disclosure order ${order.id}.answered_at`) <= due
      ? "complied"
      : "missed";
  }
  return toMillis(evaluatedAt, "evaluated_at") > due ? "missed" : "pending";
}

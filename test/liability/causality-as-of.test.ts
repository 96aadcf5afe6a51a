import { describe, expect, it } from "vitest";
import type { ActorFacts, ObligationEvidence } from "../../src/modules/liability";
import { conditionOf } from "./causality-fixtures";

// The engine, not the caller, decides what counted "as of" the incident (see CausalityInput docs).
const OLD = "2025-06-01T00:00:00Z";

const conditionResult = (
  rulesetId: string,
  conditionId: string,
  role: ActorFacts["role_in_chain"],
  act: Partial<ActorFacts>,
) => conditionOf(rulesetId, conditionId, role, act);

const orders = (due_at: string, answered_at: string | null): Partial<ActorFacts> => ({
  disclosure_orders: [{ id: "o-1", due_at, answered_at }],
});

describe("as-of-incident filtering inside the engine", () => {
  const CODE = "DEV_PREMORTEM_RED_TEAM";
  const COND = "s4_2_pre_release_evaluation_not_shown";
  const others: ObligationEvidence[] = ["PROV_PRE_DEPLOYMENT_RISK_MITIGATION", "PROV_IMPACT_ASSESSMENT"].map(
    (code) => ({
      code,
      attestations: [{ id: `a-${code}`, effective_from: OLD, recorded_at: OLD }],
      findings: [],
    }),
  );
  // Under the WHO §5.2 reading a missing attestation is met, so what counted as of the harm shows directly.
  const withEvidence = (e: Partial<ObligationEvidence>, act: Partial<ActorFacts> = {}) =>
    conditionResult("who-2024-reversed-burden", COND, "developer", {
      obligations: [...others, { code: CODE, attestations: [], findings: [], ...e }],
      ...act,
    });

  it("counts an attestation on record and in force at the incident date", () => {
    const r = withEvidence({ attestations: [{ id: "a-1", effective_from: OLD, recorded_at: OLD }] });
    expect(r.result).toBe("not_met");
    expect(r.basis).toContainEqual({ type: "attestation", ref: "a-1", obligation_code: CODE });
  });

  it("ignores attestations recorded after the harm (even back-dated), not yet effective, or expired", () => {
    for (const a of [
      { id: "late", effective_from: OLD, recorded_at: "2026-01-11T00:00:00Z" },
      { id: "future", effective_from: "2026-01-11T00:00:00Z", recorded_at: OLD },
      { id: "expired", effective_from: OLD, effective_to: "2025-12-31T00:00:00Z", recorded_at: OLD },
    ]) {
      expect(withEvidence({ attestations: [a] }).result).toBe("met");
    }
  });

  it("lets a finding made after the harm speak about the harm date, unless recorded after evaluation", () => {
    const finding = (recorded_at: string, outcome: "breach" | "met" = "met", id = "f-1") => ({
      id,
      outcome,
      effective_from: OLD,
      recorded_at,
    });
    expect(withEvidence({ findings: [finding("2026-02-15T00:00:00Z")] }).result).toBe("not_met");
    expect(withEvidence({ findings: [finding("2026-03-02T00:00:00Z")] }).result).toBe("met");
    const superseded = [
      finding("2026-02-01T00:00:00Z", "met", "f-old"),
      finding("2026-02-20T00:00:00Z", "breach", "f-new"),
    ];
    expect(withEvidence({ findings: superseded }).basis).toContainEqual({
      type: "finding",
      ref: "f-new",
      obligation_code: CODE,
    });
  });

  it("accepts published disclosures on record before the harm as evidence, and nothing else", () => {
    const d = (patch: object) => ({
      disclosures: [{ id: "d-1", kind: "red_team_report", published: true, recorded_at: OLD, ...patch }],
    });
    expect(withEvidence({}, d({})).result).toBe("not_met");
    expect(withEvidence({}, d({ published: false })).result).toBe("met");
    expect(withEvidence({}, d({ recorded_at: "2026-02-01T00:00:00Z" })).result).toBe("met");
    expect(withEvidence({}, d({ kind: "press_release" })).result).toBe("met");
  });

  it("judges disclosure orders at evaluation time: late answers are missed, timely ones are not", () => {
    const r = (answered: string | null, due = "2026-02-01T00:00:00Z") =>
      conditionResult("eu-pld-2024", "art10_2_a_failure_to_disclose", "provider", orders(due, answered))
        .result;
    expect(r("2026-02-05T00:00:00Z")).toBe("met");
    expect(r("2026-01-30T00:00:00Z")).toBe("not_met");
    expect(r(null, "2026-03-05T00:00:00Z")).toBe("unknown");
  });

  it("rejects malformed timestamps instead of silently dropping evidence", () => {
    expect(() =>
      withEvidence({ attestations: [{ id: "bad", effective_from: "yesterday", recorded_at: OLD }] }),
    ).toThrow(/invalid ISO timestamp for attestation bad.effective_from/);
  });
});

import { describe, expect, it } from "vitest";
import { catalog } from "../../src/modules/catalog";
import {
  type AttestationRow,
  applicableObligations,
  type CatalogSlice,
  engineEvidence,
  type FindingRow,
  resolveStatus,
  stageReached,
} from "../../src/modules/liability";

const CATALOG: CatalogSlice = catalog;
const att = (
  id: string,
  status: AttestationRow["status"],
  effective_from: string,
  recorded_at = effective_from,
): AttestationRow => ({
  id,
  status,
  effective_from,
  recorded_at,
  disclosure_ids: [],
});
const fnd = (
  id: string,
  result: FindingRow["result"],
  recorded_at: string,
  period: Partial<FindingRow> = {},
): FindingRow => ({
  id,
  result,
  decided_at: recorded_at,
  period_from: null,
  period_to: null,
  recorded_at,
  ...period,
});

describe("applicable obligations", () => {
  it("keep to the role, the stages reached and the risks of the use areas", () => {
    const codes = (stage: string, role: "developer" | "provider" | "deployer") =>
      applicableObligations(CATALOG, { use_areas: ["U_PATIENT_GUIDED"], stage }, role).map((o) => o.code);
    expect(codes("LC_DESIGN_DEVELOPMENT", "developer")).not.toContain("DEV_PREMORTEM_RED_TEAM");
    expect(codes("LC_PRE_RELEASE_EVALUATION", "developer")).toContain("DEV_PREMORTEM_RED_TEAM");
    expect(codes("LC_DEPLOYED", "deployer")).toContain("DEPL_FIT_FOR_SETTING");
    expect(codes("LC_DEPLOYED", "deployer")).not.toContain("DEV_PREMORTEM_RED_TEAM");
    expect(codes("LC_DEPLOYED", "deployer")).not.toContain("DEPL_SUSPEND_ON_HARM");
    expect(codes("LC_SUSPENDED", "deployer")).toContain("DEPL_SUSPEND_ON_HARM");
  });

  it("post-release duties start once provided; suspension duties only when suspended or withdrawn", () => {
    expect(stageReached(CATALOG, "LC_POST_RELEASE_MONITORING", "LC_REGULATORY_REVIEW")).toBe(false);
    expect(stageReached(CATALOG, "LC_POST_RELEASE_MONITORING", "LC_PROVIDED")).toBe(true);
    expect(stageReached(CATALOG, "LC_SUSPENDED", "LC_POST_RELEASE_MONITORING")).toBe(false);
    expect(stageReached(CATALOG, "LC_SUSPENDED", "LC_WITHDRAWN")).toBe(true);
    expect(stageReached(CATALOG, "LC_WITHDRAWN", "LC_SUSPENDED")).toBe(false);
  });
});

describe("status resolution", () => {
  const NOW = "2026-06-01T00:00:00.000Z";
  it("is missing without evidence, attested by a met claim, not_applicable by such a claim", () => {
    expect(resolveStatus([], [], NOW).status).toBe("missing");
    expect(resolveStatus([att("a", "met", "2026-01-01")], [], NOW).status).toBe("attested");
    expect(resolveStatus([att("a", "not_applicable", "2026-01-01")], [], NOW).status).toBe("not_applicable");
  });

  it("lets the latest effective attestation win; a partial one leaves the duty missing but shown", () => {
    const r = resolveStatus(
      [att("a", "met", "2026-01-01"), att("b", "partially_met", "2026-03-01")],
      [],
      NOW,
    );
    expect(r).toMatchObject({ status: "missing", evidence: [{ type: "attestation", id: "b" }] });
    expect(resolveStatus([att("a", "met", "2026-07-01")], [], NOW).status).toBe("missing");
  });

  it("ranks the latest recorded finding above any attestation; inconclusive findings decide nothing", () => {
    const a = [att("a", "met", "2026-01-01")];
    expect(resolveStatus(a, [fnd("f1", "breached", "2026-02-01")], NOW).status).toBe("finding_breach");
    expect(
      resolveStatus(a, [fnd("f1", "breached", "2026-02-01"), fnd("f2", "met", "2026-03-01")], NOW).status,
    ).toBe("finding_met");
    expect(resolveStatus(a, [fnd("f1", "inconclusive", "2026-02-01")], NOW).status).toBe("attested");
  });
});

describe("engine evidence", () => {
  const HARM = "2026-05-01T00:00:00.000Z";
  it("ends an attestation where the next one on record by the harm begins, and drops partial claims", () => {
    const e = engineEvidence(
      "X",
      [
        att("a", "met", "2026-01-01"),
        att("b", "partially_met", "2026-03-01"),
        att("c", "met", "2026-04-01", "2026-06-01"),
      ],
      [],
      HARM,
    );
    expect(e.attestations).toEqual([
      { id: "a", effective_from: "2026-01-01", effective_to: "2026-03-01", recorded_at: "2026-01-01" },
      { id: "c", effective_from: "2026-04-01", effective_to: null, recorded_at: "2026-06-01" },
    ]);
  });

  it("maps findings to the engine's outcomes with open periods by default", () => {
    const e = engineEvidence(
      "X",
      [],
      [fnd("f", "breached", "2026-06-01"), fnd("g", "inconclusive", "2026-06-02")],
      HARM,
    );
    expect(e.findings).toEqual([
      {
        id: "f",
        outcome: "breach",
        effective_from: "1970-01-01T00:00:00.000Z",
        effective_to: null,
        recorded_at: "2026-06-01",
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { type EligibilityInput, evaluateEligibility } from "../../src/modules/compensation";

import { SEVERITIES } from "../../src/modules/incidents";
import { testRules } from "../helpers/compensation-world";

const DAY = 86_400_000;
const at = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

function base(): EligibilityInput {
  return {
    rules: testRules() as EligibilityInput["rules"],
    rules_version: 1,
    jurisdiction: "EU",
    severities: SEVERITIES,
    claim: {
      id: "c2",
      relationship: "patient",
      filed_at: "2026-06-01T12:00:00.000Z",
      discovered_at: "2026-05-21T09:00:00.000Z",
      interaction_at: "2026-05-19T18:00:00.000Z",
    },
    incident: {
      country: "FR",
      occurred_at: "2026-05-20T10:00:00.000Z",
      severity: "severe",
      event_type: "serious_injury",
      use_area: "U_PATIENT_GUIDED",
      setting: "consumer_app",
      outcome: "recovering",
      risk_codes: ["R_FALSE_INFO"],
    },
    determinations: [
      {
        rule: "exclusion:ORDINARY_CONSEQUENCE",
        applies: false,
        reason: "no underlying condition",
        decided_by: { kind: "fund", body: "Test fund" },
        recorded_at: "2026-06-02T00:00:00.000Z",
      },
    ],
    other_claims: [],
    assessment: null,
  };
}

const failing = (input: EligibilityInput) =>
  evaluateEligibility(input)
    .rules.filter((r) => r.result !== "pass")
    .map((r) => `${r.rule}:${r.result}`);

describe("evaluateEligibility, rule by rule", () => {
  it("passes every rule for the base case", () => {
    const e = evaluateEligibility(base());
    expect(e.overall).toBe("eligible");
    expect(e.harm_table_entry).toBe("HT-1");
  });

  const flips: [string, (i: EligibilityInput) => void, string[]][] = [
    [
      "jurisdiction",
      (i) => {
        i.incident.country = "CH";
      },
      ["jurisdiction:fail"],
    ],
    [
      "severity",
      (i) => {
        i.incident.severity = "mild";
      },
      ["severity_threshold:fail"],
    ],
    [
      "onset after the window",
      (i) => {
        i.incident.occurred_at = at(i.claim.interaction_at, 30.01);
      },
      ["onset_window:fail"],
    ],
    [
      "harm before the interaction",
      (i) => {
        i.incident.occurred_at = at(i.claim.interaction_at, -1);
      },
      ["onset_window:fail"],
    ],
    [
      "exclusion by recorded fact",
      (i) => {
        i.rules.exclusions[1] = { ...i.rules.exclusions[1], match: { outcomes: ["recovering"] } } as never;
      },
      ["exclusion:NEAR_MISS:fail"],
    ],
    [
      "exclusion without a determination",
      (i) => {
        i.determinations = [];
      },
      ["exclusion:ORDINARY_CONSEQUENCE:needs_review"],
    ],
    [
      "filing deadline",
      (i) => {
        i.claim.filed_at = at(i.claim.discovered_at, 1095.01);
      },
      ["filing_deadline:fail"],
    ],
    [
      "long-stop",
      (i) => {
        i.claim.interaction_at = "2022-01-01T00:00:00.000Z";
        i.incident.occurred_at = "2022-01-02T00:00:00.000Z";
        i.claim.discovered_at = "2025-12-01T00:00:00.000Z";
      },
      ["long_stop:fail"],
    ],
    [
      "duplicate",
      (i) => {
        i.other_claims = [
          { id: "c1", relationship: "patient", filed_at: "2026-05-30T00:00:00.000Z", denied: false },
        ];
      },
      ["duplicate_claim:fail"],
    ],
  ];
  for (const [name, flip, expected] of flips) {
    it(`fails only ${expected.join(", ")} when ${name}`, () => {
      const input = base();
      flip(input);
      expect(failing(input)).toEqual(expected);
    });
  }

  it("counts the last instant of a deadline or window as inside it", () => {
    const input = base();
    input.claim.filed_at = at(input.claim.discovered_at, 1095);
    input.incident.occurred_at = at(input.claim.interaction_at, 30);
    expect(failing(input)).toEqual([]);
  });

  it("uses the death deadline for a fatal harm", () => {
    const input = base();
    input.incident.severity = "fatal";
    input.incident.outcome = "fatal";
    input.claim.filed_at = at(input.claim.discovered_at, 800);
    expect(failing(input)).toEqual(["filing_deadline:fail"]);
    expect(evaluateEligibility(input).rules.find((r) => r.rule === "filing_deadline")?.detail).toMatch(
      /a death is 730 days/,
    );
  });

  it("lets a determination outweigh a matching fact, and names who decided", () => {
    const input = base();
    input.rules.exclusions[1] = {
      ...input.rules.exclusions[1],
      match: { outcomes: ["recovering"] },
    } as never;
    input.determinations.push({
      rule: "exclusion:NEAR_MISS",
      applies: false,
      reason: "Harm reached the patient",
      decided_by: { kind: "court", body: "Court X" },
      recorded_at: "2026-06-03T00:00:00.000Z",
    });
    const rule = evaluateEligibility(input).rules.find((r) => r.rule === "exclusion:NEAR_MISS");
    expect(rule).toMatchObject({ result: "pass", decided_by: { kind: "court", body: "Court X" } });
  });

  it("ignores an earlier claim that was denied, and a carer's claim", () => {
    const input = base();
    input.other_claims = [
      { id: "c1", relationship: "patient", filed_at: "2026-05-30T00:00:00.000Z", denied: true },
      { id: "c0", relationship: "carer", filed_at: "2026-05-29T00:00:00.000Z", denied: false },
    ];
    expect(failing(input)).toEqual([]);
  });

  it("sends an off-table claim to review when the fund admits them, and fails it when it does not", () => {
    const input = base();
    input.incident.risk_codes = ["R_PRIVACY"];
    expect(failing(input)).toContain("harm_table_match:fail");
    input.rules.off_table.admitted = true;
    expect(failing(input)).toEqual([
      "harm_table_match:needs_review",
      "onset_window:needs_review",
      "severity_threshold:needs_review",
      "causation:needs_review",
    ]);
    expect(evaluateEligibility(input).overall).toBe("needs_review");
  });

  it("rests causation on the frozen assessment where the table does not presume it", () => {
    const input = base();
    input.incident.risk_codes = ["R_BIAS"];
    const assessment = {
      id: "a1",
      ruleset: "eu-pld-2024",
      ruleset_version: 3,
      recorded_at: "2026-06-01T00:00:00.000Z",
      liable: [] as string[],
      undecided: [] as string[],
    };
    const causation = () => evaluateEligibility(input).rules.find((r) => r.rule === "causation");
    expect(causation()?.result).toBe("needs_review");
    input.assessment = { ...assessment };
    expect(causation()).toMatchObject({ result: "fail", assessment: { id: "a1" } });
    input.assessment = { ...assessment, undecided: ["x"] };
    expect(causation()?.result).toBe("needs_review");
    input.assessment = { ...assessment, liable: ["x"] };
    expect(causation()?.result).toBe("pass");
    expect(evaluateEligibility(input).harm_table_entry).toBe("HT-2");
  });
});

import { describe, expect, it } from "vitest";
import { legalFactsAsOf } from "../../src/modules/liability";

describe("legalFactsAsOf", () => {
  const rows = [
    { id: "01b", fact: "normal_use", value: true, recorded_at: "2026-03-01T00:00:00Z" },
    { id: "01c", fact: "normal_use", value: false, recorded_at: "2026-04-01T00:00:00Z" },
    { id: "01a", fact: "high_risk", value: false, recorded_at: "2026-02-01T00:00:00Z" },
    { id: "01d", fact: "not_a_fact", value: true, recorded_at: "2026-01-01T00:00:00Z" },
  ];
  it("takes the latest decision recorded by the evaluation time and leaves the rest unrecorded", () => {
    expect(legalFactsAsOf(rows, "2026-03-15T00:00:00Z")).toEqual({
      high_risk: false,
      normal_use: true,
      obvious_malfunction: null,
      evidence_reasonably_accessible: null,
      excessive_difficulty: null,
    });
    expect(legalFactsAsOf(rows, "2026-05-01T00:00:00Z").normal_use).toBe(false);
    expect(legalFactsAsOf(rows, "2026-01-15T00:00:00Z").high_risk).toBeNull();
    expect(legalFactsAsOf([...rows].reverse(), "2026-05-01T00:00:00Z")).toEqual(
      legalFactsAsOf(rows, "2026-05-01T00:00:00Z"),
    );
  });
});

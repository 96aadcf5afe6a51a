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
    const at = legalFactsAsOf(rows, "2026-03-15T00:00:00Z");
    expect(at.values).toMatchObject({ high_risk: false, normal_use: true, obvious_malfunction: null });
    expect(at.values.not_a_fact).toBeUndefined();
    expect(at.sources.normal_use).toEqual({ id: "01b", decided_by: "regulator" });
    expect(legalFactsAsOf(rows, "2026-05-01T00:00:00Z").values.normal_use).toBe(false);
    expect(legalFactsAsOf(rows, "2026-01-15T00:00:00Z").values.high_risk).toBeNull();
    expect(legalFactsAsOf([...rows].reverse(), "2026-05-01T00:00:00Z")).toEqual(
      legalFactsAsOf(rows, "2026-05-01T00:00:00Z"),
    );
  });

  it("a court's decision outranks a later regulator's; actor facts are keyed by actor; dates travel along", () => {
    const facts = legalFactsAsOf(
      [
        {
          id: "02a",
          fact: "excessive_difficulty",
          value: true,
          decided_by: "court",
          recorded_at: "2026-03-01T00:00:00Z",
        },
        {
          id: "02b",
          fact: "excessive_difficulty",
          value: false,
          decided_by: "regulator",
          recorded_at: "2026-04-01T00:00:00Z",
        },
        {
          id: "02c",
          fact: "substantially_modified",
          actor_id: "A1",
          value: true,
          recorded_at: "2026-04-01T00:00:00Z",
        },
        {
          id: "02d",
          fact: "injured_person_aware",
          value: true,
          fact_date: "2026-02-10T00:00:00.000Z",
          decided_by: "court",
          recorded_at: "2026-04-02T00:00:00Z",
        },
      ],
      "2026-05-01T00:00:00Z",
    );
    expect(facts.values.excessive_difficulty).toBe(true);
    expect(facts.sources.excessive_difficulty).toEqual({ id: "02a", decided_by: "court" });
    expect(facts.values["A1:substantially_modified"]).toBe(true);
    expect(facts.values.substantially_modified).toBeUndefined();
    expect(facts.dates.injured_person_aware).toBe("2026-02-10T00:00:00.000Z");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { registryCausality } from "../../src/modules/incidents";
import { createTestApp } from "../helpers/harness";
import { compileFhirSchema, expectValidFhir } from "../incidents/fhir-schema";
import { liabilityWorld } from "./liability-world";

beforeAll(() => {
  compileFhirSchema();
}, 60_000);

describe("FHIR export carries the registry's causality", () => {
  it("maps a frozen presumption that applies to a probable product relatedness, validated against R4", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const incident = await w.fileHarm();
    const exportFhir = async () => {
      const res = await t.call("GET", "/v1/incidents/export?format=fhir", { as: "regulator" });
      expect(res.status).toBe(200);
      expectValidFhir(res.json);
      return res.json.entry[0].resource.suspectEntity[0];
    };
    expect((await exportFhir()).causality).toBeUndefined();

    const frozen = await t.call("POST", `/v1/incidents/${incident.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "who-2024-reversed-burden" },
    });
    expect(frozen.status).toBe(201);
    expect(frozen.json.assessments.some((a: any) => a.presumption === "applies")).toBe(true);
    const [causality] = (await exportFhir()).causality;
    expect(causality.assessment.coding[0].code).toBe("Probably-Likely");
    expect(causality.method.text).toBe("who-2024-reversed-burden v1");
  });
});

describe("registryCausality", () => {
  const frozen = (result: { presumption: any; rebutted: boolean }[]) => ({
    ruleset_id: "eu-pld-2024",
    ruleset_version: 1,
    recorded_at: "2026-06-01T00:00:00Z",
    result,
  });
  it("is probable only for an unrebutted presumption, unlikely when none applies, unassessable otherwise", () => {
    expect(registryCausality(frozen([{ presumption: "applies", rebutted: false }]), null)?.assessment).toBe(
      "probable",
    );
    expect(registryCausality(frozen([{ presumption: "applies", rebutted: true }]), null)?.assessment).toBe(
      "unlikely",
    );
    expect(
      registryCausality(frozen([{ presumption: "does_not_apply", rebutted: false }]), null)?.assessment,
    ).toBe("unlikely");
    expect(
      registryCausality(frozen([{ presumption: "insufficient_information", rebutted: false }]), null)
        ?.assessment,
    ).toBe("unassessable");
    expect(registryCausality(undefined, "not_confirmed")?.assessment).toBe("unlikely");
    expect(registryCausality(undefined, "confirmed")).toBeNull();
    expect(registryCausality(undefined, null)).toBeNull();
  });
});

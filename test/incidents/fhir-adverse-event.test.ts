import { beforeAll, describe, expect, it } from "vitest";
import {
  CASE_STATUSES,
  CAUSALITY_ASSESSMENTS,
  CAUSALITY_METHODS,
  EVENT_TYPES,
  OUTCOMES,
  PATIENT_SEXES,
  registrySystems,
  SEVERITIES,
  toAdverseEvent,
} from "../../src/modules/incidents";
import { incidentFixture } from "./fhir-fixtures";
import { compileFhirSchema, expectValidFhir, validateFhir } from "./fhir-schema";

beforeAll(compileFhirSchema, 60_000);

const T = "http://terminology.hl7.org/CodeSystem";
const sys = registrySystems();

describe("toAdverseEvent", () => {
  const ae = toAdverseEvent(incidentFixture());

  it("produces a schema-valid R4 AdverseEvent", () => {
    expectValidFhir(ae);
  });

  it("maps identity, dates and actuality", () => {
    expect(ae).toMatchObject({
      resourceType: "AdverseEvent",
      id: "0190f3c2-7a1b-7c3d-8e4f-5a6b7c8d9e0f",
      identifier: { system: sys.incidentReference, value: "INC-2026-000123" },
      actuality: "actual",
      date: "2026-03-01T09:30:00.000Z",
      detected: "2026-03-02T08:00:00Z",
      recordedDate: "2026-03-03T12:15:00Z",
    });
  });

  it("codes the event type first, then every risk code", () => {
    expect(ae.event?.coding?.map((c) => [c.system, c.code])).toEqual([
      [sys.eventType, "serious_injury"],
      [sys.risk, "R_FALSE_INFO"],
      [sys.risk, "R_AUTOMATION_BIAS"],
    ]);
  });

  it("uses R4 category, seriousness, severity and outcome codes", () => {
    expect(ae.category?.map((c) => c.coding?.[0]?.code)).toEqual([
      "product-problem",
      "medical-device-use-error",
    ]);
    expect(ae.category?.[0]?.coding?.[0]?.system).toBe(`${T}/adverse-event-category`);
    expect(ae.seriousness?.coding?.[0]).toMatchObject({
      system: `${T}/adverse-event-seriousness`,
      code: "Serious",
    });
    expect(ae.severity?.coding?.[0]).toMatchObject({ system: `${T}/adverse-event-severity`, code: "severe" });
    expect(ae.outcome?.coding?.[0]).toMatchObject({
      system: `${T}/adverse-event-outcome`,
      code: "recovering",
    });
  });

  it("references an anonymous contained Patient with only age band, gender and language", () => {
    const patient = ae.contained?.find((r) => r.resourceType === "Patient");
    expect(ae.subject).toEqual({ reference: "#patient" });
    expect(patient).toEqual({
      resourceType: "Patient",
      id: "patient",
      extension: [{ url: sys.ageBandExtension, valueString: "40-49" }],
      gender: "female",
      communication: [{ language: { coding: [{ system: "urn:ietf:bcp:47", code: "sw" }] } }],
    });
  });

  it("falls back to a contained Group when nothing is known about the patient", () => {
    const anon = toAdverseEvent(incidentFixture({ patient: { age_band: null, sex: null } }));
    expect(anon.subject).toEqual({ reference: "#subject" });
    expect(anon.contained?.find((r) => r.id === "subject")?.resourceType).toBe("Group");
    expectValidFhir(anon);
  });

  it("points suspectEntity at a contained Device with causality", () => {
    expect(ae.suspectEntity).toEqual([
      {
        instance: { reference: "#device", display: "TriageAssist 2.3.1" },
        causality: [
          {
            assessment: {
              coding: [
                {
                  system: `${T}/adverse-event-causality-assess`,
                  code: "Probably-Likely",
                  display: "Probably/Likely",
                },
              ],
            },
            productRelatedness: "Harm is typically consistent with the reported output defect.",
            method: {
              coding: [
                { system: `${T}/adverse-event-causality-method`, code: "Checklist", display: "Checklist" },
              ],
              text: "pld-2024-art10@v1",
            },
          },
        ],
      },
    ]);
    const device = ae.contained?.find((r) => r.resourceType === "Device");
    expect(device).toMatchObject({
      manufacturer: "Example Health AI Ltd",
      version: [{ value: "2.3.1" }],
      identifier: expect.arrayContaining([{ system: sys.productRegistration, value: "LMMR-2026-000042" }]),
    });
  });

  it("records country/setting in a contained Location and status/closure in an extension", () => {
    expect(ae.location).toEqual({ reference: "#location" });
    expect(ae.contained?.find((r) => r.resourceType === "Location")).toMatchObject({
      address: { country: "KE" },
    });
    expect(ae.extension?.find((e) => e.url === sys.caseStatusExtension)?.extension).toEqual([
      { url: "status", valueCoding: { system: sys.caseStatus, code: "closed" } },
      { url: "closedAt", valueDateTime: "2026-04-01T00:00:00Z" },
      { url: "closureReason", valueString: "corrective_action_taken" },
    ]);
  });

  it("stays valid with only the required fields", () => {
    const minimal = toAdverseEvent(
      incidentFixture({
        aware_at: null,
        closure: null,
        causality: null,
        status: "received",
        patient: {},
        product: { product_id: "p1", registration_number: "LMMR-2026-000001", name: "X" },
      }),
    );
    expect(minimal.detected).toBeUndefined();
    expect(minimal.suspectEntity?.[0]?.causality).toBeUndefined();
    expectValidFhir(minimal);
  });

  it("leaves out an id that is not a valid FHIR id", () => {
    expect(toAdverseEvent(incidentFixture({ id: "not a fhir id!" })).id).toBeUndefined();
  });

  it("allows another system base", () => {
    const other = toAdverseEvent(incidentFixture(), { systemBase: "https://registry.example.net/fhir/" });
    expect(other.identifier?.system).toBe("https://registry.example.net/fhir/sid/incident-reference");
  });
});

describe("every enum value maps to a schema-valid resource", () => {
  const cases: [string, Parameters<typeof incidentFixture>[0]][] = [
    ...EVENT_TYPES.map((v) => [`event_type=${v}`, { event_type: v }] as [string, object]),
    ...SEVERITIES.map((v) => [`severity=${v}`, { severity: v }] as [string, object]),
    ...OUTCOMES.map((v) => [`outcome=${v}`, { outcome: v }] as [string, object]),
    ...CASE_STATUSES.map((v) => [`status=${v}`, { status: v }] as [string, object]),
    ...PATIENT_SEXES.map((v) => [`sex=${v}`, { patient: { sex: v } }] as [string, object]),
    ...CAUSALITY_ASSESSMENTS.map(
      (v) => [`causality=${v}`, { causality: { assessment: v } }] as [string, object],
    ),
    ...CAUSALITY_METHODS.map(
      (v) => [`method=${v}`, { causality: { assessment: "possible", method: v } }] as [string, object],
    ),
  ];

  it.each(cases)("%s", (_name, overrides) => {
    expectValidFhir(toAdverseEvent(incidentFixture(overrides)));
  });

  it("maps near misses to potential events and severities to R4 severity", () => {
    expect(toAdverseEvent(incidentFixture({ event_type: "near_miss" })).actuality).toBe("potential");
    const severityOf = (severity: (typeof SEVERITIES)[number]) =>
      toAdverseEvent(incidentFixture({ severity })).severity?.coding?.[0]?.code;
    expect(SEVERITIES.map(severityOf)).toEqual([undefined, "mild", "moderate", "severe", "severe", "severe"]);
  });

  it("maps outcomes and seriousness", () => {
    const outcomeOf = (outcome: (typeof OUTCOMES)[number]) =>
      toAdverseEvent(incidentFixture({ outcome })).outcome?.coding?.[0]?.code;
    expect(OUTCOMES.map(outcomeOf)).toEqual([
      "resolved",
      "recovering",
      "ongoing",
      "resolvedWithSequelae",
      "fatal",
      "unknown",
    ]);
    const seriousness = (o: Parameters<typeof incidentFixture>[0]) =>
      toAdverseEvent(incidentFixture({ outcome: "recovering", ...o })).seriousness?.coding?.[0]?.code;
    expect(seriousness({ event_type: "death", severity: "fatal" })).toBe("SeriousResultsInDeath");
    expect(seriousness({ event_type: "injury", severity: "life_threatening" })).toBe(
      "SeriousIsLifeThreatening",
    );
    expect(seriousness({ event_type: "serious_injury", severity: "moderate" })).toBe("Serious");
    expect(seriousness({ event_type: "injury", severity: "mild" })).toBe("Non-serious");
    expect(seriousness({ event_type: "near_miss", severity: "none" })).toBe("Non-serious");
  });

  it("maps intersex to administrative gender other", () => {
    const ae = toAdverseEvent(incidentFixture({ patient: { sex: "intersex" } }));
    expect(ae.contained?.find((r) => r.resourceType === "Patient")).toMatchObject({ gender: "other" });
  });
});

describe("the schema check can fail", () => {
  const ae = toAdverseEvent(incidentFixture());

  it.each([
    ["an actuality outside the required binding", { ...ae, actuality: "maybe" }, "/actuality"],
    [
      "an R5-only element (contributingFactor)",
      { ...ae, contributingFactor: [{ itemReference: {} }] },
      "contributingFactor",
    ],
    ["a missing subject", { ...ae, subject: undefined }, "subject"],
    ["a malformed dateTime", { ...ae, date: "01/03/2026" }, "/date"],
    ["identifier as an array (it is 0..1 in R4)", { ...ae, identifier: [ae.identifier] }, "/identifier"],
  ])("rejects %s", (_name, broken, where) => {
    const result = validateFhir(JSON.parse(JSON.stringify(broken)));
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain(where);
  });
});

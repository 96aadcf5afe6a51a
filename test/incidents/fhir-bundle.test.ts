import { beforeAll, describe, expect, it } from "vitest";
import type { FhirResource } from "../../src/modules/incidents";
import {
  type BundleOptions,
  bundleEntry,
  bundleHead,
  bundleTail,
  toAdverseEvent,
  toBundle,
} from "../../src/modules/incidents";
import { incidentFixture } from "./fhir-fixtures";
import { compileFhirSchema, expectValidFhir, validateFhir } from "./fhir-schema";

beforeAll(compileFhirSchema, 60_000);

const events = [
  toAdverseEvent(incidentFixture()),
  toAdverseEvent(
    incidentFixture({
      id: "0190f3c2-7a1b-7c3d-8e4f-000000000002",
      reference: "INC-2026-000124",
      event_type: "near_miss",
    }),
  ),
  toAdverseEvent(incidentFixture({ id: "inc-3", reference: "INC-2026-000125", patient: {} })),
];

function streamed(resources: readonly FhirResource[], options: BundleOptions): string {
  let out = bundleHead(options);
  resources.forEach((r, i) => {
    out += bundleEntry(r, i === 0, options);
  });
  return out + bundleTail(resources.length, options);
}

describe("toBundle", () => {
  it("builds a schema-valid collection Bundle with urn:uuid fullUrls for UUID ids", () => {
    const bundle = toBundle(events, { timestamp: "2026-05-01T00:00:00Z" });
    expectValidFhir(bundle);
    expect(bundle.type).toBe("collection");
    expect(bundle.total).toBeUndefined();
    expect(bundle.entry?.map((e) => e.fullUrl)).toEqual([
      "urn:uuid:0190f3c2-7a1b-7c3d-8e4f-5a6b7c8d9e0f",
      "urn:uuid:0190f3c2-7a1b-7c3d-8e4f-000000000002",
      undefined,
    ]);
  });

  it("builds a searchset with search.mode, total and server fullUrls", () => {
    const bundle = toBundle(events, { type: "searchset", total: 40, baseUrl: "https://r.example.org/fhir/" });
    expectValidFhir(bundle);
    expect(bundle.total).toBe(40);
    expect(bundle.entry?.[2]).toMatchObject({
      fullUrl: "https://r.example.org/fhir/AdverseEvent/inc-3",
      search: { mode: "match" },
    });
  });

  it("omits entry for an empty Bundle (FHIR JSON forbids empty arrays)", () => {
    const bundle = toBundle([], { type: "searchset" });
    expect(bundle).toEqual({ resourceType: "Bundle", type: "searchset", total: 0 });
    expectValidFhir(bundle);
  });

  it("fails validation when an entry is broken, naming the entry", () => {
    const broken = toBundle([{ ...events[0], actuality: "maybe" } as FhirResource]);
    const result = validateFhir(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain("/entry/0/resource/actuality");
  });

  it("rejects an unknown resourceType", () => {
    expect(validateFhir(toBundle([{ resourceType: "Incident", id: "x" }])).valid).toBe(false);
  });
});

describe("streaming Bundle", () => {
  const variants: [string, BundleOptions][] = [
    ["collection", { timestamp: "2026-05-01T00:00:00Z", id: "export-1" }],
    ["searchset", { type: "searchset", baseUrl: "https://r.example.org/fhir" }],
    ["searchset with total", { type: "searchset", total: 99 }],
  ];

  for (const [name, options] of variants) {
    it.each([0, 1, 3])(`${name} with %i entries equals toBundle and validates`, (n) => {
      const text = streamed(events.slice(0, n), options);
      const parsed = JSON.parse(text);
      expect(parsed).toEqual(toBundle(events.slice(0, n), options));
      expectValidFhir(parsed);
    });
  }

  it("writes plain JSON pieces without buffering the whole Bundle", () => {
    expect(bundleHead()).toBe('{"resourceType":"Bundle","type":"collection"');
    expect(bundleEntry({ resourceType: "Basic" }, true)).toBe(
      ',"entry":[{"resource":{"resourceType":"Basic"}}',
    );
    expect(bundleEntry({ resourceType: "Basic" }, false)).toBe(',{"resource":{"resourceType":"Basic"}}');
    expect(bundleTail(2)).toBe("]}");
    expect(bundleTail(0, { type: "searchset" })).toBe(',"total":0}');
  });
});

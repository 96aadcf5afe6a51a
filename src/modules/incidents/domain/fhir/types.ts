/**
 * The subset of FHIR R4 (4.0.1) datatypes and resources this registry emits. Hand-written rather than
 * pulled from a types package: the mapping only needs a handful of elements, and a narrow type makes
 * an accidental extra element (which the official schema would reject) a compile error.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Identifier {
  system: string;
  value: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueCoding?: Coding;
  valueDateTime?: string;
  extension?: Extension[];
}

export interface Patient {
  resourceType: "Patient";
  id: string;
  extension?: Extension[];
  gender?: "male" | "female" | "other" | "unknown";
  communication?: { language: CodeableConcept }[];
}

export interface Group {
  resourceType: "Group";
  id: string;
  type: "person";
  actual: boolean;
  name?: string;
}

export interface Device {
  resourceType: "Device";
  id: string;
  identifier?: Identifier[];
  manufacturer?: string;
  deviceName?: { name: string; type: "user-friendly-name" | "model-name" | "manufacturer-name" | "other" }[];
  version?: { value: string }[];
}

export interface Location {
  resourceType: "Location";
  id: string;
  type?: CodeableConcept[];
  address?: { country: string };
}

export type ContainedResource = Patient | Group | Device | Location;

export interface AdverseEventCausality {
  assessment?: CodeableConcept;
  productRelatedness?: string;
  method?: CodeableConcept;
}

export interface AdverseEvent {
  resourceType: "AdverseEvent";
  id?: string;
  contained?: ContainedResource[];
  extension?: Extension[];
  identifier?: Identifier;
  actuality: "actual" | "potential";
  category?: CodeableConcept[];
  event?: CodeableConcept;
  subject: Reference;
  date?: string;
  detected?: string;
  recordedDate?: string;
  location?: Reference;
  seriousness?: CodeableConcept;
  severity?: CodeableConcept;
  outcome?: CodeableConcept;
  suspectEntity?: { instance: Reference; causality?: AdverseEventCausality[] }[];
}

/** Anything with a resourceType can go into a Bundle; an id gives it a resolvable fullUrl. */
export interface FhirResource {
  resourceType: string;
  id?: string;
}

export interface BundleEntry<R extends FhirResource = FhirResource> {
  fullUrl?: string;
  resource: R;
  search?: { mode: "match" | "include" };
}

export interface Bundle<R extends FhirResource = FhirResource> {
  resourceType: "Bundle";
  id?: string;
  type: "collection" | "searchset";
  timestamp?: string;
  total?: number;
  entry?: BundleEntry<R>[];
}

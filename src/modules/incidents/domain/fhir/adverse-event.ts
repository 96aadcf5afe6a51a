/**
 * Incident → FHIR R4 AdverseEvent.
 *
 * Shape decisions (all checked against the official R4 JSON schema in test/unit/fhir-adverse-event.test.ts):
 * - subject is required in R4. The registry never exports who was harmed, so it points to a contained,
 *   anonymous Patient holding only age band (extension), gender and communication language; when none
 *   of these is known it points to a contained Group (type person, actual false), an honest "someone".
 * - event carries the registry event type as its first coding, then one coding per catalog risk code
 *   (registry code systems). R4 allows only one `event`, so the risks ride along in it.
 * - category: "product-problem" and/or "medical-device-use-error" (see codes.ts), as the LMM product is
 *   reported like software as a medical device.
 * - suspectEntity.instance → contained Device for the product version; causality from the registry's
 *   assessment, if any (method "checklist" fits rule-based presumption checks).
 * - R4 has no contributingFactor (added in R5) and the official schema rejects unknown elements; the
 *   use-related factors are carried by the use-error category and the risk codings instead.
 * - R4 has no status either: case status and closure go in a registry extension, use area in another.
 * - country and care setting go to a contained Location (address.country, type) via `location`.
 * - id is the incident id when it is a valid FHIR id (UUIDs are); otherwise it is left out rather than
 *   altered, and the INC reference in `identifier` still identifies the event.
 */
import {
  CAUSALITY_CODING,
  CAUSALITY_METHOD_CODING,
  type CaseStatus,
  type CausalityAssessment,
  type CausalityMethod,
  categoryCodings,
  EVENT_TYPE_DISPLAY,
  type EventType,
  GENDER,
  OUTCOME_CODING,
  type Outcome,
  type PatientSex,
  type Severity,
  seriousnessCoding,
  severityCoding,
} from "./codes";
import { type RegistrySystems, registrySystems } from "./systems";
import type {
  AdverseEvent,
  AdverseEventCausality,
  ContainedResource,
  Device,
  Extension,
  Group,
  Patient,
} from "./types";

export interface IncidentForFhir {
  id: string;
  /** Human reference, e.g. "INC-2026-000123". */
  reference: string;
  /** ISO 8601 date-times with zone (UTC "…Z"). */
  occurred_at: string;
  aware_at?: string | null;
  reported_at: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  setting: string;
  use_area: string;
  event_type: EventType;
  severity: Severity;
  outcome: Outcome;
  risks: readonly { code: string; name: string }[];
  status: CaseStatus;
  closure?: { closed_at?: string | null; reason: string } | null;
  patient: { age_band?: string | null; sex?: PatientSex | null; language?: string | null };
  product: {
    product_id: string;
    registration_number: string;
    name: string;
    version_id?: string | null;
    version?: string | null;
    manufacturer_name?: string | null;
  };
  causality?: {
    assessment: CausalityAssessment;
    method?: CausalityMethod | null;
    /** Ruleset name/version used, shown as the method text. */
    ruleset?: string | null;
    rationale?: string | null;
  } | null;
}

export interface FhirMappingOptions {
  /** Base URI of the registry's own code systems and identifier namespaces. */
  systemBase?: string;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** The code system of a Patient's communication language (BCP 47 tags). */
export const LANGUAGE_SYSTEM = "urn:ietf:bcp:47";

/**
 * What the Device shows where the export row has no registered product: its name falls back to the
 * reporter's product text, then to this (the export drops the identifiers of an unmatched incident).
 */
export const PRODUCT_PLACEHOLDER = {
  productId: "unmatched",
  registrationNumber: "unregistered",
  name: "Unidentified product",
} as const;

/** A near miss harmed no one: R4 calls it a "potential" event. */
export const actualityOf = (eventType: EventType): AdverseEvent["actuality"] =>
  eventType === "near_miss" ? "potential" : "actual";
// Built once: an export maps every incident, and the URIs only change with a configured base.
const DEFAULT_SYSTEMS = registrySystems();

export function toAdverseEvent(incident: IncidentForFhir, options: FhirMappingOptions = {}): AdverseEvent {
  const sys = options.systemBase === undefined ? DEFAULT_SYSTEMS : registrySystems(options.systemBase);
  const subject = subjectResource(incident.patient, sys.ageBandExtension);
  const device = deviceResource(incident.product, sys);
  const riskCodes = incident.risks.map((r) => r.code);
  const severity = severityCoding(incident.severity);

  const event: AdverseEvent = {
    resourceType: "AdverseEvent",
    ...(FHIR_ID.test(incident.id) ? { id: incident.id } : {}),
    contained: [
      subject,
      device,
      {
        resourceType: "Location",
        id: "location",
        type: [{ coding: [{ system: sys.setting, code: incident.setting }] }],
        address: { country: incident.country },
      },
    ],
    extension: [
      { url: sys.useAreaExtension, valueCoding: { system: sys.useArea, code: incident.use_area } },
      caseStatusExtension(incident, sys.caseStatusExtension, sys.caseStatus),
    ],
    identifier: { system: sys.incidentReference, value: incident.reference },
    actuality: actualityOf(incident.event_type),
    category: categoryCodings(incident.event_type, riskCodes).map((coding) => ({ coding: [coding] })),
    event: {
      coding: [
        {
          system: sys.eventType,
          code: incident.event_type,
          display: EVENT_TYPE_DISPLAY[incident.event_type],
        },
        ...incident.risks.map((r) => ({ system: sys.risk, code: r.code, display: r.name })),
      ],
      text: EVENT_TYPE_DISPLAY[incident.event_type],
    },
    subject: { reference: `#${subject.id}` },
    date: incident.occurred_at,
    ...(incident.aware_at ? { detected: incident.aware_at } : {}),
    recordedDate: incident.reported_at,
    location: { reference: "#location" },
    seriousness: {
      coding: [seriousnessCoding(incident.event_type, incident.severity, incident.outcome)],
    },
    ...(severity ? { severity: { coding: [severity] } } : {}),
    outcome: { coding: [OUTCOME_CODING[incident.outcome]] },
    suspectEntity: [
      {
        instance: { reference: "#device", display: deviceDisplay(incident.product) },
        ...(incident.causality ? { causality: [causalityOf(incident.causality)] } : {}),
      },
    ],
  };
  return event;
}

function subjectResource(patient: IncidentForFhir["patient"], ageBandUrl: string): Patient | Group {
  if (!patient.age_band && !patient.sex && !patient.language) return anonymousSubject();
  const resource: Patient = { resourceType: "Patient", id: "patient" };
  if (patient.age_band) resource.extension = [{ url: ageBandUrl, valueString: patient.age_band }];
  if (patient.sex) resource.gender = GENDER[patient.sex];
  if (patient.language) {
    resource.communication = [
      { language: { coding: [{ system: LANGUAGE_SYSTEM, code: patient.language }] } },
    ];
  }
  return resource;
}

function deviceResource(product: IncidentForFhir["product"], sys: RegistrySystems): ContainedResource {
  const device: Device = {
    resourceType: "Device",
    id: "device",
    identifier: [
      { system: sys.productRegistration, value: product.registration_number },
      { system: sys.product, value: product.product_id },
      ...(product.version_id ? [{ system: sys.productVersion, value: product.version_id }] : []),
    ],
    deviceName: [{ name: product.name, type: "user-friendly-name" }],
  };
  if (product.manufacturer_name) device.manufacturer = product.manufacturer_name;
  if (product.version) device.version = [{ value: product.version }];
  return device;
}

function deviceDisplay(product: IncidentForFhir["product"]): string {
  return product.version ? `${product.name} ${product.version}` : product.name;
}

/** The subject when nothing about the person is known: an honest "someone" (see the header). */
export function anonymousSubject(): Group {
  return { resourceType: "Group", id: "subject", type: "person", actual: false, name: "Affected person" };
}

export function causalityOf(c: NonNullable<IncidentForFhir["causality"]>): AdverseEventCausality {
  const result: AdverseEventCausality = { assessment: { coding: [CAUSALITY_CODING[c.assessment]] } };
  if (c.rationale) result.productRelatedness = c.rationale;
  if (c.method || c.ruleset) {
    result.method = {
      ...(c.method ? { coding: [CAUSALITY_METHOD_CODING[c.method]] } : {}),
      ...(c.ruleset ? { text: c.ruleset } : {}),
    };
  }
  return result;
}

function caseStatusExtension(incident: IncidentForFhir, url: string, system: string): Extension {
  const parts: Extension[] = [{ url: "status", valueCoding: { system, code: incident.status } }];
  if (incident.closure?.closed_at) parts.push({ url: "closedAt", valueDateTime: incident.closure.closed_at });
  if (incident.closure?.reason) parts.push({ url: "closureReason", valueString: incident.closure.reason });
  return { url, extension: parts };
}

import {
  byReporter,
  deadlineFields,
  type FormField,
  filled,
  fromRegistry,
  isoCountry,
  notAvailable,
  type ReportType,
  registryFacts,
} from "./fields";
import type { ReportFormInput } from "./input";

/** MIR 7.3.1 sections 3 to 5, and the registry context shown beside them. */

/** 4.3.3(b), verbatim helptext values; the last three must not be cumulative. */
export const MIR_DENOMINATOR_BASES = {
  active_installed_base: "Active installed base",
  devices_implanted: "Number of devices implanted",
  units_distributed_since_conformity: "Units distributed from the date of declaration of conformity",
  placed_on_market_or_put_into_service: "Devices placed on the market or put into service",
  units_distributed_per_period: "Units distributed within each time period",
  tests_performed: "Number of tests performed",
  episodes_of_use: "Number of episodes of use",
  other: "Other -describe",
} as const;

/** 4.3.3(c): one row per period, counts for the country of the incident, EEA+CH+TR and worldwide. */
export interface SimilarIncidentsRow {
  period: "N" | "N-1" | "N-2" | "N-3";
  country_similar_incidents: number;
  country_devices_on_market: number;
  eea_ch_tr_similar_incidents: number;
  eea_ch_tr_devices_on_market: number;
  worldwide_similar_incidents: number;
  worldwide_devices_on_market: number;
}

export type Gender = "male" | "female" | "other" | "unknown";

const DISCLAIMER =
  "Submission of this report does not represent a conclusion by the manufacturer and/or authorised representative or the national competent authority that the content of this report is complete or accurate, that the medical device(s) listed failed in any manner and/or that the medical device(s) caused or contributed to the alleged serious incident.";

/** The registry's sexes onto the form's genders (intersex has no own box). */
const GENDER: Record<string, Gender> = {
  male: "male",
  female: "female",
  intersex: "other",
  other: "other",
  unknown: "unknown",
};
const WITHHELD_REPORTER = "the registry never discloses who reported to it";

export function incidentInformation(input: ReportFormInput) {
  const { incident } = input;
  const gender = incident.patient.sex ? GENDER[incident.patient.sex.toLowerCase()] : undefined;
  const codes = "the registry codes risks in its own catalogue, not in IMDRF terms";
  return {
    incident_description: fromRegistry(
      "Description of the incident",
      incident.description,
      "incident.description",
      "the description is withheld from this view as identifying",
    ),
    imdrf_annex_a_codes: byReporter<string[]>("IMDRF medical device problem codes (Annex A)", codes),
    number_of_patients: notAvailable<number>(
      "Number of patients involved",
      "the registry counts reports, not patients",
    ),
    current_device_location: byReporter<string>("Current location of the device"),
    device_operator: byReporter<"healthcare_professional" | "lay_user_patient" | "other">(
      "Operator of the device at the time of the incident",
    ),
    device_usage: byReporter<string>("Usage of the device"),
    remedial_action_patient: byReporter<string>("Remedial action taken for the patient"),
    imdrf_annex_e_codes: byReporter<string[]>(
      "IMDRF clinical signs, symptoms and conditions codes (Annex E)",
      codes,
    ),
    imdrf_annex_f_codes: byReporter<string[]>("IMDRF health impact codes (Annex F)", codes),
    patient_age: fromRegistry(
      "Patient age",
      incident.patient.age_band,
      "incident.patient.age_band (an age band; the registry never records exact age)",
      "not recorded",
    ),
    patient_gender: gender
      ? filled("Gender", gender, `incident.patient.sex (${incident.patient.sex})`)
      : notAvailable<Gender>(
          "Gender",
          incident.patient.sex ? `unmapped value ${incident.patient.sex}` : "not recorded",
        ),
    patient_weight_kg: notAvailable<number>("Weight (kg)", "the registry does not record it"),
    patient_height_cm: notAvailable<number>("Height (cm)", "the registry does not record it"),
    patient_medical_history: notAvailable<string>(
      "Patient's prior medical history / medication / health conditions",
      "the registry does not record it",
    ),
    initial_reporter_role: byReporter<"healthcare_professional" | "patient" | "lay_user" | "other">(
      "Initial reporter role",
      WITHHELD_REPORTER,
    ),
    hcf_name: byReporter<string>("Healthcare facility name", "the registry does not record facility names"),
    hcf_country: fromRegistry(
      "Healthcare facility country",
      isoCountry(incident.country),
      "incident.country (the country of occurrence)",
      "not recorded",
    ),
    hcf_report_number: byReporter<string>("Healthcare facility's report number"),
  };
}

export function manufacturersAnalysis() {
  const final = "for final reports";
  const counts = "Counts per time period (N to N-3): similar incidents and devices on the market";
  return {
    preliminary_analysis: byReporter<string>("Manufacturer's preliminary analysis"),
    initial_corrective_actions: byReporter<string>("Initial corrective / preventive actions implemented"),
    further_investigations: byReporter<string>("Further investigations"),
    final_investigation_results: byReporter<string>(
      "Manufacturer's final comments / results of the investigation and conclusion",
      final,
    ),
    non_reportable_rationale: byReporter<string>(
      "Rationale why the incident is not reportable",
      "for final (non-reportable) reports",
    ),
    risk_assessment_reviewed: byReporter<boolean>("Has the risk assessment been reviewed?", final),
    risk_assessment_no_review_rationale: byReporter<string>("If not, rationale", final),
    risk_assessment_adequate: byReporter<boolean>("Is the risk assessment still adequate?", final),
    risk_assessment_results: byReporter<string>("Results of the risk assessment", final),
    imdrf_annex_b_codes: byReporter<string[]>("IMDRF type of investigation codes (Annex B)", final),
    imdrf_annex_c_codes: byReporter<string[]>("IMDRF investigation findings codes (Annex C)", final),
    imdrf_annex_d_codes: byReporter<string[]>("IMDRF investigation conclusion codes (Annex D)", final),
    imdrf_annex_g_codes: byReporter<string[]>("IMDRF component codes (Annex G)", final),
    corrective_action_description: byReporter<string>(
      "Description of remedial action/corrective action/preventive action/Field Safety Corrective Action",
      final,
    ),
    action_schedule: byReporter<string>(
      "Time schedule for the implementation of the identified actions",
      final,
    ),
    similar_incidents_device_scope: byReporter<string>(
      "Specify medical device identification e.g. based on model, product platform, batches, serial number range etc.",
      final,
    ),
    denominator_basis: byReporter<keyof typeof MIR_DENOMINATOR_BASES>(
      "Number of devices on the market based on",
      final,
    ),
    similar_incidents_matrix: byReporter<SimilarIncidentsRow[]>(counts, final),
    similar_incidents_method: byReporter<string>(
      "Comments on how similar (serious) incidents and associated number of devices on the market were determined",
      final,
    ),
  };
}

export function registryContext(input: ReportFormInput, type: FormField<ReportType>) {
  const { flags } = input.incident;
  return {
    ...registryFacts(input),
    ...deadlineFields(input, type.value ?? "initial"),
    serious_public_health_threat: filled(
      "Serious public health threat flag (MDR Art. 2(66))",
      flags.serious_public_health_threat === true,
      "incident.flags.serious_public_health_threat",
    ),
    unanticipated_deterioration: filled(
      "Unanticipated serious deterioration flag (MDR Art. 87(4)-(5))",
      flags.unanticipated_deterioration === true,
      "incident.flags.unanticipated_deterioration",
    ),
  };
}

export function generalComments() {
  return {
    general_comments: byReporter<string>("General comments"),
    disclaimer: filled("Disclaimer", DISCLAIMER, "inferred: the AI Act draft's copy of the MIR disclaimer"),
  };
}

import { type Art349Limb, classify } from "./art73-classification";
import {
  byReporter,
  deadlineFields,
  type FormField,
  filled,
  fromRegistry,
  notAvailable,
  type ReportType,
  registryFacts,
} from "./fields";
import type { ReportFormInput } from "./input";

/** Sections 2 to 5 of the Art. 73 draft template, and the registry context shown beside them. */

const DISCLAIMER =
  "Submission of this report does not represent a conclusion by the provider and/or authorised representative or the market surveillance authority that the content of this report is complete or accurate, that the AI system(s) listed failed in any manner and/or that the AI system(s) caused or contributed to the alleged serious incident.";

const WITHHELD_REPORTER = "the registry never discloses who reported to it";

export function aiSystem(input: ReportFormInput) {
  const p = input.product;
  const noProduct = "the incident is not matched to a registered product";
  const absent = (label: string, what: string) =>
    notAvailable<string>(label, p ? `the registry does not record the ${what}` : noProduct);
  return {
    eu_database_registration_id: absent("EU database registration ID", "Art. 71 EU database ID"),
    ai_system_name: fromRegistry("Name of the AI system", p?.name, "product.name", noProduct),
    ai_system_description: fromRegistry(
      "Description",
      p?.intended_purpose,
      "product.intended_purpose (inferred: intended purpose as description)",
      noProduct,
    ),
    nomenclature: absent("Nomenclature", "nomenclature"),
    model: absent("Model", "model"),
    catalogue_number: absent("Catalogue / reference number", "catalogue number"),
    serial_number: absent("Serial number", "serial number"),
    lot_batch_number: absent("Lot / batch number", "lot or batch"),
    software_version: fromRegistry(
      "Software version",
      p?.version,
      "product.version (the version involved)",
      p ? "the version involved is not recorded" : noProduct,
    ),
    firmware_version: absent("Firmware version", "firmware version"),
  };
}

export function incidentInformation(input: ReportFormInput) {
  const { incident } = input;
  return {
    what_went_wrong: fromRegistry(
      "Nature of incident: what went wrong",
      incident.description,
      "incident.description",
      "the description is withheld from this view as identifying",
    ),
    effects: filled(
      "Nature of incident: effects",
      `Event type: ${incident.event_type}; severity: ${incident.severity}; outcome: ${incident.outcome}`,
      "incident.event_type, incident.severity, incident.outcome (registry vocabulary)",
    ),
    likely_causality: byReporter<string>("Nature of incident: likely causality"),
    number_affected: notAvailable<number>(
      "Number of users affected",
      "the registry counts reports, not affected persons",
    ),
    operator_type: byReporter<"professional_user" | "other">("Operator at the time of the incident"),
    remedial_actions_at_site: byReporter<string>("Remedial actions taken by the user or operator"),
    initial_reporter_name: byReporter<string>("Initial reporter: name", WITHHELD_REPORTER),
    initial_reporter_role: byReporter<string>("Initial reporter: role", WITHHELD_REPORTER),
    initial_reporter_contact: byReporter<string>("Initial reporter: contact details", WITHHELD_REPORTER),
  };
}

export function providersAnalysis() {
  const final = "for final reports";
  return {
    preliminary_results: byReporter<string>(
      "Provider's preliminary comments: preliminary results and conclusions of the investigation",
    ),
    initial_corrective_actions: byReporter<string>("Initial corrective / preventive actions taken"),
    further_investigations_planned: byReporter<string>("Planned further investigations"),
    root_cause_conclusion: byReporter<string>("Cause investigation and conclusion", final),
    non_reportable_rationale: byReporter<string>(
      "Rationale why the incident is not reportable",
      "for final (non-reportable) reports",
    ),
    risk_assessment_reviewed: byReporter<boolean>("Has the risk assessment been reviewed?", final),
    risk_assessment_still_adequate: byReporter<boolean>(
      "If yes, is the risk assessment still adequate?",
      final,
    ),
    risk_assessment_results: byReporter<string>("Results of the risk assessment", final),
  };
}

export function generalComments() {
  return {
    general_comments: byReporter<string>("General comments"),
    disclaimer: filled("Disclaimer", DISCLAIMER, "form text as transcribed by a secondary source (S1)"),
    affirmation_date: byReporter<string>("Date"),
    signatory_name: byReporter<string>("Name of signatory"),
  };
}

export function registryContext(input: ReportFormInput, type: FormField<ReportType>) {
  const p = input.product;
  const risk = p?.ai_act_risk_class;
  const limbs = classify(input).limbs;
  return {
    ...registryFacts(input),
    ...deadlineFields(input, type.value ?? "initial"),
    art_3_49_limbs: limbs.length
      ? filled("Art. 3(49) limbs the registry record meets", limbs, "incident.event_type, severity, flags")
      : notAvailable<Art349Limb[]>("Art. 3(49) limbs the registry record meets", "none derivable"),
    widespread_infringement: filled(
      "Widespread infringement, Art. 3(61) (shortens the period to 2 days, Art. 73(3))",
      input.incident.flags.widespread_infringement === true,
      "incident.flags.widespread_infringement",
    ),
    ai_act_risk_class: fromRegistry(
      "AI Act risk class (registry)",
      risk ? (risk.basis ? `${risk.value} (${risk.basis})` : risk.value) : null,
      "product.ai_act_risk_class",
      "not recorded",
    ),
    medical_device: fromRegistry(
      "Medical device regime (registry; Art. 73(10) limits reporting for MDR/IVDR devices)",
      p?.medical_device
        ? [p.medical_device.value, p.medical_device.device_class].filter(Boolean).join(" class ")
        : null,
      "product.medical_device",
      "not recorded",
    ),
    markets: p?.markets.length
      ? filled(
          "Markets where the product is placed",
          p.markets.map(({ territory, placed_at }) => ({ territory, placed_at })),
          "product.markets",
        )
      : notAvailable<{ territory: string; placed_at: string }[]>(
          "Markets where the product is placed",
          "no market recorded",
        ),
  };
}

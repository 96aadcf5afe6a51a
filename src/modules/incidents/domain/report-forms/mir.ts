import {
  byReporter,
  calendarDate,
  contactBlock,
  type FormField,
  type FormIdentity,
  filled,
  fromRegistry,
  notAvailable,
  prefilledReport,
  prefixed,
  REPORT_TYPE_LABELS,
  reportType,
} from "./fields";
import type { ReportFormActor, ReportFormInput } from "./input";
import { deviceInformation } from "./mir-device";
import {
  generalComments,
  incidentInformation,
  MIR_DENOMINATOR_BASES,
  manufacturersAnalysis,
  registryContext,
} from "./mir-sections";

export { MIR_DENOMINATOR_BASES, type SimilarIncidentsRow } from "./mir-sections";

/**
 * The Manufacturer Incident Report (MIR) form 7.3.1 for serious incidents under MDR Art. 87, prefilled
 * from the registry. Field names follow /law/report-forms/eu-mdr-art87.schema.json, whose $comment says
 * which labels are verbatim from the form and which come from secondary sources.
 */
export const MIR_FORM: FormIdentity = {
  id: "eu-mdr-mir",
  title: "Manufacturer Incident Report (MIR) for Serious Incidents (MDR/IVDR) and Incidents (AIMDD/MDD/IVDD)",
  version: "7.3.1",
  source:
    "https://health.ec.europa.eu/medical-devices-sector/new-regulations/guidance-mdcg-endorsed-documents-and-other-guidance/pmsv-reporting-forms_en",
};

export const MIR_SECTION_TITLES = {
  administrative_information: "1. Administrative information",
  medical_device_information: "2. Medical device information",
  incident_information: "3. Incident information",
  manufacturers_analysis: "4. Manufacturer's analysis",
  general_comments: "5. General comments",
  registry_context: "Registry context (not part of the official form)",
} as const;

/** Field 1.2(g), verbatim from the 7.3.1 form; MDR Art. 87(3)-(5) periods 2 / 10 / 10 / 15 days. */
export const MIR_CLASSIFICATION_LABELS = {
  serious_public_health_threat: "Serious public health threat",
  death: "Death",
  unanticipated_serious_deterioration: "Unanticipated serious deterioration in state of health",
  all_other_reportable_incidents: "All other reportable incidents",
} as const;
export type MirClassification = keyof typeof MIR_CLASSIFICATION_LABELS;
export type MirSubmitterRole = "manufacturer" | "authorised_representative" | "other";
export const MIR_OPTION_LABELS: Record<string, Record<string, string>> = {
  report_type: REPORT_TYPE_LABELS,
  incident_classification: MIR_CLASSIFICATION_LABELS,
  submitter_role: {
    manufacturer: "Manufacturer",
    authorised_representative: "Authorised representative",
    other: "Other, please specify",
  },
  patient_gender: { male: "Male", female: "Female", other: "Other", unknown: "Unknown" },
  applicable_legislation: { mdr: "MDR", ivdr: "IVDR", aimdd: "AIMDD", mdd: "MDD", ivdd: "IVDD" },
  denominator_basis: MIR_DENOMINATOR_BASES,
};

/** The most stringent box that the record supports (one box only, as on the form). */
function classification(input: ReportFormInput): FormField<MirClassification> {
  const { event_type, severity, flags } = input.incident;
  const label = "Classification of serious incident";
  const death = event_type === "death" || severity === "fatal";
  if (flags.serious_public_health_threat) {
    // One box only: the 2-day threat outranks a death, which the description must then carry.
    const also = death ? "; the incident was also a death: state it in section 3" : "";
    return filled(
      label,
      "serious_public_health_threat",
      `incident.flags.serious_public_health_threat${also}`,
    );
  }
  if (death) return filled(label, "death", `incident.event_type ${event_type}, severity ${severity}`);
  if (flags.unanticipated_deterioration)
    return filled(label, "unanticipated_serious_deterioration", "incident.flags.unanticipated_deterioration");
  return filled(
    label,
    "all_other_reportable_incidents",
    "no public health threat, death or unanticipated deterioration recorded",
  );
}

function submitterRole(role: string): MirSubmitterRole {
  // The registry's provider (or developer) is the one placing the device on the market: the MDR manufacturer.
  if (role === "provider" || role === "developer" || role === "manufacturer") return "manufacturer";
  return role === "authorised_representative" ? "authorised_representative" : "other";
}

function administrative(input: ReportFormInput) {
  const { incident, reporting_actor: actor } = input;
  const role = submitterRole(actor.role);
  const occurred = calendarDate(incident.occurred_at);
  const noDate = "incident.occurred_at is not a date";
  const srn = (a: ReportFormActor | null) => a?.identifiers.eudamed_srn;
  const manufacturer = role === "manufacturer" ? actor : null;
  const ar = input.authorised_representative;
  return {
    nca_name: notAvailable<string>(
      "Name of receiving national competent authority (NCA)",
      `the NCA of ${incident.country}, the country of occurrence; the registry holds no NCA directory`,
    ),
    nca_eudamed_number: notAvailable<string>("EUDAMED number of NCA", "the registry holds no NCA directory"),
    nca_reference_number: byReporter<string>(
      "Reference number assigned by NCA for this incident",
      'assigned by the NCA; enter "Unknown" in follow-up and final reports if none was given',
    ),
    eudamed_reference_number: byReporter<string>("Reference number assigned by EUDAMED for this incident"),
    report_submission_date: byReporter<string>("Date of report submission"),
    incident_date_from: fromRegistry("Date of incident: from", occurred, "incident.occurred_at", noDate),
    incident_date_to: fromRegistry("Date of incident: to", occurred, "incident.occurred_at", noDate),
    awareness_date: fromRegistry(
      "Manufacturer awareness date of the incident",
      calendarDate(input.awareness?.aware_at),
      "awareness.aware_at",
      "the registry holds no awareness record for this actor",
    ),
    awareness_date_reportability: byReporter<string>(
      "Manufacturer awareness date of reportability",
      "if it differs from the awareness date of the incident, explain why in section 5",
    ),
    report_type: reportType(input, "Type of report"),
    next_report_expected_date: byReporter<string>(
      "In case of initial and follow-up reports, please indicate the expected date of the next report",
    ),
    incident_classification: classification(input),
    form_version: filled("Form version", "7.3.1", "the template this report follows"),
    submitter_role: filled("Submitter of the report", role, `reporting_actor.role (${actor.role})`),
    submitter_role_other_text:
      role === "other"
        ? filled("Other, please specify", actor.role, "reporting_actor.role")
        : notAvailable<string>("Other, please specify", "not applicable"),
    manufacturer_incident_ref: byReporter<string>("Manufacturer's reference number for this incident"),
    related_mir_refs: byReporter<{ nca: string; eudamed: string; manufacturer: string }[]>(
      "If this incident involves multiple devices from the same manufacturer, please list the reference numbers of the other MIR forms",
    ),
    fsca_refs: byReporter<{ nca: string; eudamed: string; manufacturer: string }[]>(
      "If this incident is covered under an FSCA, please provide the relevant numbers",
    ),
    psr_ids: byReporter<string[]>("Periodic summary report (PSR) ID"),
    pmcf_pmpf_flag: byReporter<boolean>("Is the incident part of a PMCF/PMPF investigation?"),
    pmcf_pmpf_ids: byReporter<string[]>("EUDAMED ID of PMCF/PMPF investigation"),
    ...prefixed("manufacturer", {
      ...contactBlock(
        "Manufacturer",
        manufacturer,
        "reporting_actor",
        "the submitter is not the manufacturer",
      ),
      srn: manufacturer
        ? fromRegistry(
            "Manufacturer: SRN",
            srn(manufacturer),
            "reporting_actor.identifiers.eudamed_srn",
            "no SRN recorded",
          )
        : notAvailable<string>("Manufacturer: SRN", "the submitter is not the manufacturer"),
    }),
    ...prefixed("ar", {
      ...contactBlock(
        "Authorised representative",
        ar,
        "authorised_representative",
        "no authorised representative recorded",
      ),
      srn: fromRegistry(
        "Authorised representative: SRN",
        srn(ar),
        "authorised_representative.identifiers.eudamed_srn",
        ar ? "no SRN recorded" : "no authorised representative recorded",
      ),
    }),
    ...prefixed(
      "submitter",
      contactBlock(
        "Submitter (if not manufacturer or authorised representative)",
        role === "other" ? actor : null,
        "reporting_actor",
        "not applicable: the manufacturer or its authorised representative submits",
      ),
    ),
  };
}

function sections(input: ReportFormInput) {
  const administrative_information = administrative(input);
  return {
    administrative_information,
    medical_device_information: deviceInformation(input),
    incident_information: incidentInformation(input),
    manufacturers_analysis: manufacturersAnalysis(),
    general_comments: generalComments(),
    registry_context: registryContext(input, administrative_information.report_type),
  };
}

export type MirSections = ReturnType<typeof sections>;

export interface MirReport {
  form: FormIdentity;
  regime: "eu-mdr-art87";
  generated_at: string;
  sections: MirSections;
}

/** Builds the prefilled MIR; throws ReportFormRegimeError for another regime's input. */
export function mirReport(input: ReportFormInput): MirReport {
  return prefilledReport(input, "eu-mdr-art87", MIR_FORM, sections);
}

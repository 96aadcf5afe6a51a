import { ART73_CLASSIFICATION_LABELS, classificationField } from "./art73-classification";
import {
  aiSystem,
  generalComments,
  incidentInformation,
  providersAnalysis,
  registryContext,
} from "./art73-sections";
import {
  byReporter,
  calendarDate,
  contactBlock,
  type FormIdentity,
  filled,
  fromRegistry,
  isoCountry,
  notAvailable,
  prefilledReport,
  prefixed,
  REPORT_TYPE_LABELS,
  reportType,
  utcInstant,
} from "./fields";
import type { ReportFormInput } from "./input";

export {
  ART73_CLASSIFICATION_LABELS,
  type Art73Classification,
  type Art349Limb,
} from "./art73-classification";

/**
 * The Commission's draft Art. 73 serious-incident report for high-risk AI systems (v1.0.0, 26 Sep 2025),
 * prefilled from the registry. Field names and labels follow /law/report-forms/eu-ai-act-art73.schema.json,
 * whose $comment says which labels are verbatim and which come from secondary transcriptions.
 */
export const ART73_FORM: FormIdentity = {
  id: "eu-ai-act-art73-serious-incident-report",
  title: "Incident Report for Serious Incidents under the AI Act (High-risk AI systems)",
  version: "1.0.0",
  source: "https://ec.europa.eu/newsroom/dae/redirection/document/119623",
};

export const ART73_SECTION_TITLES = {
  administrative_information: "1. Administrative information",
  ai_system_information: "2. AI system information",
  incident_information: "3. Incident information",
  providers_analysis: "4. Provider's analysis",
  general_comments: "5. General comments",
  registry_context: "Registry context (not part of the official form)",
} as const;

export const ART73_SUBMITTER_ROLES = ["provider", "deployer", "authorised_representative", "other"] as const;
export type Art73SubmitterRole = (typeof ART73_SUBMITTER_ROLES)[number];
export const ART73_OPTION_LABELS: Record<string, Record<string, string>> = {
  report_type: REPORT_TYPE_LABELS,
  incident_classification: ART73_CLASSIFICATION_LABELS,
  submitter_role: {
    provider: "Provider",
    deployer: "Deployer",
    authorised_representative: "Authorised representative",
    other: "Other",
  },
  operator_type: { professional_user: "Professional user", other: "Other" },
};

function submitterRole(role: string): Art73SubmitterRole {
  return (ART73_SUBMITTER_ROLES as readonly string[]).includes(role) ? (role as Art73SubmitterRole) : "other";
}

function administrative(input: ReportFormInput) {
  const { incident, reporting_actor: actor } = input;
  const role = submitterRole(actor.role);
  const occurred = calendarDate(incident.occurred_at);
  const type = reportType(input, "Type of report");
  const noDate = "incident.occurred_at is not a date";
  return {
    msa_country: fromRegistry(
      "Responsible market surveillance authority: country",
      isoCountry(incident.country) ?? isoCountry(input.deployer?.country),
      isoCountry(incident.country)
        ? "incident.country (Art. 73(1): where the incident occurred)"
        : "deployer.country",
      "neither the country of occurrence nor the deployer's country is recorded",
    ),
    msa_name: notAvailable<string>(
      "Responsible market surveillance authority: name",
      "the registry holds no directory of market surveillance authorities",
    ),
    msa_reference_number: byReporter<string>(
      "Responsible market surveillance authority: reference number",
      "assigned by the authority; give it on follow-up and final reports",
    ),
    report_submission_date: byReporter<string>("Date of report submission"),
    incident_date_from: fromRegistry("Date of incident: from", occurred, "incident.occurred_at", noDate),
    incident_date_to: fromRegistry("Date of incident: to", occurred, "incident.occurred_at", noDate),
    detection_datetime: fromRegistry(
      "Date and time of detection",
      utcInstant(input.awareness?.aware_at),
      "awareness.aware_at (when the reporting actor became aware of the incident)",
      "the registry holds no awareness record for this actor",
    ),
    awareness_date_of_reportability: byReporter<string>(
      "Manufacturer awareness date of reportability",
      "when the provider established the causal link or its reasonable likelihood (Art. 73(2)); the registry records only awareness of the incident",
    ),
    report_type: type,
    next_report_expected_date: byReporter<string>("Expected date of next report"),
    incident_classification: classificationField(input),
    submitter_role: filled("Submitter of the report", role, `reporting_actor.role (${actor.role})`),
    submitter_role_other_text:
      role === "other"
        ? filled("Submitter of the report: other, please specify", actor.role, "reporting_actor.role")
        : notAvailable<string>("Submitter of the report: other, please specify", "not applicable"),
    provider_incident_ref: byReporter<string>("Provider's reference number for this incident"),
    ...prefixed(
      "provider",
      contactBlock(
        "Provider",
        role === "provider" ? actor : null,
        "reporting_actor",
        "the provider is not the submitter and is not in the registry input",
      ),
    ),
    ...prefixed(
      "ar",
      contactBlock(
        "Authorised representative",
        input.authorised_representative,
        "authorised_representative",
        "no authorised representative recorded",
      ),
    ),
    ...prefixed(
      "submitter",
      contactBlock(
        "Submitter (if not provider or authorised representative)",
        role === "provider" || role === "authorised_representative" ? null : actor,
        "reporting_actor",
        "not applicable: the provider or its authorised representative submits",
      ),
    ),
    other_reports: byReporter<
      { reported_under_regulation_law: string; authority: string; reference: string }[]
    >(
      "Information about other incident obligations: Under Regulation/Law",
      input.product?.medical_device && input.product.medical_device.value !== "none"
        ? "the product is recorded as a medical device: list any MIR under Regulation (EU) 2017/745 or 2017/746"
        : "e.g. NIS2, CER, DORA, GDPR Art. 33",
    ),
  };
}

function sections(input: ReportFormInput) {
  const administrative_information = administrative(input);
  return {
    administrative_information,
    ai_system_information: aiSystem(input),
    incident_information: incidentInformation(input),
    providers_analysis: providersAnalysis(),
    general_comments: generalComments(),
    registry_context: registryContext(input, administrative_information.report_type),
  };
}

export type Art73Sections = ReturnType<typeof sections>;

export interface Art73Report {
  form: FormIdentity;
  regime: "eu-ai-act-art73";
  generated_at: string;
  sections: Art73Sections;
}

/** Builds the prefilled Art. 73 report; throws ReportFormRegimeError for another regime's input. */
export function art73Report(input: ReportFormInput): Art73Report {
  return prefilledReport(input, "eu-ai-act-art73", ART73_FORM, sections);
}

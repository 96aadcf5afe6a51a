/**
 * What the registry knows that a regulator's report form asks for (issue 11). Assembled by the service
 * layer from the incident, its value chain, the product's regulatory profile and the deadline rows; the
 * form builders are pure. Nothing about the reporter's identity is in here, by construction.
 */
export interface ReportFormActor {
  id: string;
  name: string;
  country: string;
  /** Registry identifiers, e.g. { lei, eudamed_srn }. */
  identifiers: Record<string, string>;
  contact_email: string | null;
}

export interface ReportFormInput {
  regime: "eu-ai-act-art73" | "eu-mdr-art87";
  /** When the form was generated (ISO 8601 UTC). */
  generated_at: string;
  incident: {
    id: string;
    reference: string;
    occurred_at: string;
    received_at: string;
    country: string;
    setting: string;
    use_area: string | null;
    event_type: string;
    severity: string;
    outcome: string;
    /** Regulator view only; null when withheld as identifying. */
    description: string | null;
    risk_codes: string[];
    flags: Record<string, boolean>;
    /** Patient attributes as recorded (bands, never exact values); null where not recorded. */
    patient: { age_band: string | null; sex: string | null };
    /** How many reports the incident gathers (not who filed them). */
    report_count: number;
  };
  product: {
    id: string;
    registration_number: string;
    name: string;
    kind: string;
    intended_purpose: string;
    version: string | null;
    version_released_at: string | null;
    ai_act_risk_class: { value: string; basis: string | null } | null;
    medical_device: { value: string; device_class: string | null } | null;
    markets: { territory: string; placed_at: string }[];
  } | null;
  /** The actor that owes the report (the manufacturer / provider, or the deployer where Art. 73 passes to it). */
  reporting_actor: ReportFormActor & { role: string };
  /** Its authorised representative in the Union, where recorded. */
  authorised_representative: ReportFormActor | null;
  deployer: ReportFormActor | null;
  /** The reporting actor's awareness that started the clock. */
  awareness: { source: string; aware_at: string } | null;
  /** The deadline rows for this regime and actor (rule id, citation, due_at, status, met_at). */
  deadlines: {
    rule_id: string;
    kind: string;
    citation: string;
    due_at: string | null;
    status: string;
    met_at: string | null;
  }[];
  /** Whether the actor has filed an initial (incomplete) report already; decides the report type. */
  reports_filed: { kind: "initial" | "complete"; submitted_at: string }[];
}

import type { ReportFormActor, ReportFormInput } from "./input";

/**
 * The parts both report forms share: the field shape, the report-type and deadline choices, and the
 * value helpers. A regulator has to see which fields the registry filled and which it could not, so a
 * field never carries a value without saying where it came from, and never hides that it is empty.
 */

/**
 * `not_available`: the registry would be the place to hold it but holds nothing for this incident (or
 * withholds it). `to_be_completed_by_reporter`: only the submitting actor can supply it (its analysis,
 * its contacts and references, the submission itself).
 */
export type FieldStatus = "filled" | "not_available" | "to_be_completed_by_reporter";

/** `value` is non-null exactly when `status` is "filled"; the JSON Schemas enforce the same rule. */
export interface FormField<T> {
  label: string;
  value: T | null;
  status: FieldStatus;
  source?: string;
}

export interface FormIdentity {
  id: string;
  title: string;
  version: string;
  source: string;
}

export const filled = <T>(label: string, value: T, source: string): FormField<T> => ({
  label,
  value,
  status: "filled",
  source,
});

export const notAvailable = <T>(label: string, why: string): FormField<T> => ({
  label,
  value: null,
  status: "not_available",
  source: why,
});

export const byReporter = <T>(label: string, why?: string): FormField<T> =>
  why === undefined
    ? { label, value: null, status: "to_be_completed_by_reporter" }
    : { label, value: null, status: "to_be_completed_by_reporter", source: why };

/** Filled when the registry has a value, otherwise not available with the reason given. */
export const fromRegistry = <T>(
  label: string,
  value: T | null | undefined,
  source: string,
  why: string,
): FormField<T> => (value == null || value === "" ? notAvailable(label, why) : filled(label, value, source));

/** Thrown when a builder is handed another regime's input: its deadlines would be the wrong ones. */
export class ReportFormRegimeError extends Error {
  readonly code = "report_form_regime_mismatch";
  constructor(expected: string, actual: string) {
    super(`report form for ${expected} was given input for ${actual}`);
    this.name = "ReportFormRegimeError";
  }
}

export function assertRegime(input: ReportFormInput, expected: ReportFormInput["regime"]): void {
  if (input.regime !== expected) throw new ReportFormRegimeError(expected, input.regime);
}

/** The envelope every prefilled form shares: which form, which regime, when, and its sections. */
export function prefilledReport<R extends ReportFormInput["regime"], S>(
  input: ReportFormInput,
  regime: R,
  form: FormIdentity,
  sections: (input: ReportFormInput) => S,
): { form: FormIdentity; regime: R; generated_at: string; sections: S } {
  assertRegime(input, regime);
  return {
    form: { ...form },
    regime,
    generated_at: utcInstant(input.generated_at) ?? input.generated_at,
    sections: sections(input),
  };
}

/** The calendar date as written (an incident at 23:30+01:00 happened that local day, not the UTC one). */
export function calendarDate(timestamp: string | null | undefined): string | null {
  const match = timestamp ? /^(\d{4}-\d{2}-\d{2})/.exec(timestamp) : null;
  return match?.[1] ?? null;
}

/** An ISO 3166-1 alpha-2 code, or null: a form's country box takes nothing else. */
export const isoCountry = (code: string | null | undefined): string | null =>
  code && /^[A-Z]{2}$/.test(code) ? code : null;

/** Normalised to UTC ISO 8601, so every datetime on a form has one shape; null when unparseable. */
export function utcInstant(timestamp: string | null | undefined): string | null {
  const ms = timestamp ? Date.parse(timestamp) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The report-type codes both templates use (the AI Act draft copies MIR 7.3.1 field 1.2(e)). */
export const REPORT_TYPES = [
  "initial",
  "follow_up",
  "combined_initial_final",
  "final_reportable",
  "final_non_reportable",
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_TYPE_LABELS: Record<ReportType, string> = {
  initial: "Initial",
  follow_up: "Follow up",
  combined_initial_final: "Combined initial and final",
  final_reportable: "Final (Reportable incident)",
  final_non_reportable: "Final (Non-reportable incident)",
};

/**
 * The first report is "initial". After one, the registry cannot know whether the next one closes the
 * investigation, so it proposes "follow_up" (which presumes no conclusion) and says how to change it.
 */
export function reportType(input: ReportFormInput, label: string): FormField<ReportType> {
  const first = [...input.reports_filed].sort((a, b) => a.submitted_at.localeCompare(b.submitted_at))[0];
  if (first === undefined) {
    return filled(
      label,
      "initial",
      "reports_filed is empty: the actor has filed no report yet; choose combined_initial_final if this report is already complete",
    );
  }
  return filled(
    label,
    "follow_up",
    `inferred from reports_filed: a ${first.kind} report was filed on ${calendarDate(first.submitted_at)}; choose final_reportable or final_non_reportable instead when this report concludes the investigation`,
  );
}

/** The deadline row this report answers: the initial one before any report, the complete one after. */
export function dueDeadline(
  input: ReportFormInput,
  type: ReportType,
): ReportFormInput["deadlines"][number] | null {
  const kind = type === "initial" ? "initial" : "complete";
  return input.deadlines.find((d) => d.kind === kind) ?? null;
}

export function deadlineFields(input: ReportFormInput, type: ReportType) {
  const row = dueDeadline(input, type);
  const due = utcInstant(row?.due_at);
  const none = "no deadline row for this report in the registry";
  return {
    report_due_at:
      row && due
        ? filled("Due date of this report (registry computation)", due, `deadlines[${row.rule_id}].due_at`)
        : notAvailable<string>(
            "Due date of this report (registry computation)",
            row ? `${row.citation} sets no period for this report` : none,
          ),
    report_due_rule: row
      ? filled("Deadline rule and citation", `${row.rule_id}: ${row.citation}`, "deadlines.rule_id, citation")
      : notAvailable<string>("Deadline rule and citation", none),
    report_deadline_status: row
      ? filled("Deadline status", row.status, "deadlines.status")
      : notAvailable<string>("Deadline status", none),
  };
}

/** Registry facts both forms show beside the official fields, so the regulator can trace the prefill. */
export function registryFacts(input: ReportFormInput) {
  const { incident, product } = input;
  return {
    registry_incident_reference: filled(
      "Registry incident reference",
      incident.reference,
      "incident.reference",
    ),
    registry_product_registration_number: fromRegistry(
      "Registry product registration number",
      product?.registration_number,
      "product.registration_number",
      "the incident is not matched to a registered product",
    ),
    registry_received_at: fromRegistry(
      "First received by the registry",
      utcInstant(incident.received_at),
      "incident.received_at",
      "not recorded",
    ),
    awareness_source: fromRegistry(
      "How the reporting actor became aware",
      input.awareness?.source,
      "awareness.source",
      "the registry holds no awareness record for this actor",
    ),
    event_type: filled("Event type (registry vocabulary)", incident.event_type, "incident.event_type"),
    severity: filled("Severity (registry vocabulary)", incident.severity, "incident.severity"),
    outcome: filled("Outcome (registry vocabulary)", incident.outcome, "incident.outcome"),
    risk_codes: incident.risk_codes.length
      ? filled("Registry risk codes", [...incident.risk_codes], "incident.risk_codes")
      : notAvailable<string[]>("Registry risk codes", "no risk code recorded"),
    care_setting: filled("Care setting", incident.setting, "incident.setting"),
    use_area: fromRegistry("Use area", incident.use_area, "incident.use_area", "not recorded"),
    reports_gathered: filled(
      "Reports the registry holds on this incident",
      incident.report_count,
      "incident.report_count",
    ),
  };
}

type Prefixed<P extends string, O> = { [K in keyof O as `${P}_${K & string}`]: O[K] };

/** Prefixes every key, keeping the types: `prefixed("ar", { name })` is `{ ar_name }`. */
export function prefixed<P extends string, O extends object>(prefix: P, fields: O): Prefixed<P, O> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}_${k}`, v])) as Prefixed<P, O>;
}

/**
 * An organisation's contact block (MIR 1.3.2 layout, which the AI Act draft copies). The registry knows
 * the organisation; the contact person, street and phone are the actor's own to give.
 */
export function contactBlock(party: string, actor: ReportFormActor | null, path: string, absent: string) {
  const reg = (label: string, value: string | null | undefined, key: string): FormField<string> =>
    actor
      ? fromRegistry(label, value, `${path}.${key}`, "not recorded in the registry")
      : notAvailable(label, absent);
  const own = (label: string): FormField<string> => (actor ? byReporter(label) : notAvailable(label, absent));
  return {
    name: reg(`${party}: organisation name`, actor?.name, "name"),
    address_street: own(`${party}: street and number`),
    city: own(`${party}: city`),
    postcode: own(`${party}: postcode`),
    country: reg(`${party}: country`, isoCountry(actor?.country), "country"),
    contact_first_name: own(`${party}: contact person first name`),
    contact_last_name: own(`${party}: contact person last name`),
    email: reg(`${party}: e-mail`, actor?.contact_email, "contact_email"),
    phone: own(`${party}: phone`),
  };
}

import { byReporter, type FormField, filled } from "./fields";
import type { ReportFormInput } from "./input";

/**
 * Art. 73 field 1.2(g) from the registry record. The registry knows which Art. 3(49) limb an incident
 * meets; the draft template splits (b) and (d) into two boxes each, which only the provider can tick, so
 * those are left to it rather than guessed.
 */

/** Field 1.2(g): the Commission's unpacking of Art. 3(49); wording in the notes is a paraphrase. */
export const ART73_CLASSIFICATION_LABELS = {
  death: "Death of a person",
  serious_harm_health: "Serious harm to a person's health",
  ci_disruption_management:
    "Serious and irreversible disruption of the management of critical infrastructure",
  ci_disruption_operation: "Serious and irreversible disruption of the operation of critical infrastructure",
  fundamental_rights_infringement:
    "Infringement of obligations under Union law intended to protect fundamental rights",
  serious_harm_property: "Serious harm to property",
  serious_harm_environment: "Serious harm to the environment",
  other_reportable: "All other reportable incidents",
} as const;
export type Art73Classification = keyof typeof ART73_CLASSIFICATION_LABELS;

export type Art349Limb = "a" | "b" | "c" | "d";

const DEATH_SEVERITIES = ["fatal"];
const SERIOUS_HARM_SEVERITIES = ["severe", "life_threatening"];
/** Which Art. 3(49) limbs the record meets, and the 1.2(g) values that follow without a guess. */
export function classify(input: ReportFormInput) {
  const { event_type, severity, flags } = input.incident;
  const limbs: Art349Limb[] = [];
  const codes: Art73Classification[] = [];
  const choices: string[] = [];
  if (event_type === "death" || DEATH_SEVERITIES.includes(severity)) codes.push("death");
  else if (event_type === "serious_injury" || SERIOUS_HARM_SEVERITIES.includes(severity))
    codes.push("serious_harm_health");
  if (codes.length) limbs.push("a");
  // The registry records (b) and (d) as one flag each; the form splits them, so the provider ticks.
  if (flags.critical_infrastructure_disruption) {
    limbs.push("b");
    choices.push("Art. 3(49)(b) applies: tick ci_disruption_management and/or ci_disruption_operation");
  }
  if (flags.fundamental_rights_infringement) {
    limbs.push("c");
    codes.push("fundamental_rights_infringement");
  }
  if (flags.property_or_environment_harm) {
    limbs.push("d");
    choices.push("Art. 3(49)(d) applies: tick serious_harm_property and/or serious_harm_environment");
  }
  return { limbs, codes, choices };
}

export function classificationField(input: ReportFormInput): FormField<Art73Classification[]> {
  const label = "Classification of serious incident";
  const { codes, choices } = classify(input);
  const basis = "incident.event_type, incident.severity, incident.flags";
  if (choices.length) {
    const known = codes.length ? `; the record also gives ${codes.join(", ")}` : "";
    return byReporter(label, `${choices.join("; ")}${known} (${basis})`);
  }
  if (codes.length) return filled(label, codes, basis);
  return byReporter(
    label,
    `the record meets no Art. 3(49) limb; tick other_reportable if the incident is reportable`,
  );
}

/**
 * Qualifications of an incident that reporting regimes test (issue 11). Art. 3(49)(b)-(d) AI Act are
 * separate triggers, so each is its own flag; Art. 3(61) widespread infringement is not the same thing
 * as 3(49)(c) and only shortens the period (Art. 73(3)). MDR Art. 2(66) and 87(4)-(5) need the public
 * health threat and "unanticipated" qualifications. `provider_unreachable` (Art. 26(5)) is set by a
 * regulator and turns the Art. 73 duty onto the deployer.
 */
export const HARM_FLAGS = [
  "widespread_infringement",
  "critical_infrastructure_disruption",
  "fundamental_rights_infringement",
  "property_or_environment_harm",
  "serious_public_health_threat",
  "unanticipated_deterioration",
] as const;
export const INCIDENT_FLAGS = [...HARM_FLAGS, "provider_unreachable"] as const;
export type IncidentFlag = (typeof INCIDENT_FLAGS)[number];

/** snake_case API name → camelCase drizzle column. */
export const flagColumn = (flag: IncidentFlag) =>
  flag.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as FlagColumn;
export type FlagColumn =
  | "widespreadInfringement"
  | "criticalInfrastructureDisruption"
  | "fundamentalRightsInfringement"
  | "propertyOrEnvironmentHarm"
  | "seriousPublicHealthThreat"
  | "unanticipatedDeterioration"
  | "providerUnreachable";

// Computed once: flagsOf runs per row of an export, where a regex per flag per row showed in profiles.
const FLAG_COLUMNS = INCIDENT_FLAGS.map((f) => [f, flagColumn(f)] as const);

export function flagsOf(row: Record<FlagColumn, boolean>): Record<IncidentFlag, boolean> {
  const flags = {} as Record<IncidentFlag, boolean>;
  for (const [flag, column] of FLAG_COLUMNS) flags[flag] = row[column];
  return flags;
}

/** The columns to set for the flags given (absent ones untouched). */
export function flagValues(input: Partial<Record<IncidentFlag, boolean | undefined>>) {
  const out: Partial<Record<FlagColumn, boolean>> = {};
  for (const f of INCIDENT_FLAGS) {
    const v = input[f];
    if (v !== undefined) out[flagColumn(f)] = v;
  }
  return out;
}

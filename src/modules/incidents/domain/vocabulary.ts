/**
 * The harm vocabulary shared by filing, queries and exports (openFDA/MAUDE-style event types, an
 * ordered severity scale whose index is the stored `severity_rank`, and outcomes that map onto FHIR).
 */
export const EVENT_TYPES = ["death", "serious_injury", "injury", "malfunction", "near_miss"] as const;
/** Ordered: the index is the stored `severity_rank`, so "at least moderate" is a range query. */
export const SEVERITIES = ["none", "mild", "moderate", "severe", "life_threatening", "fatal"] as const;
export const OUTCOMES = [
  "recovered",
  "recovering",
  "not_recovered",
  "recovered_with_sequelae",
  "fatal",
  "unknown",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Incident status workflow (regulator-driven). Pure: no DB, no HTTP.
 * received → triaged → under_investigation → closed, with early closure for out-of-scope reports and
 * reopening when new evidence arrives. `duplicate` closure happens only through a merge, so a
 * duplicate always points at the incident it duplicates.
 */
export const INCIDENT_STATUSES = ["received", "triaged", "under_investigation", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const CLOSURES = ["confirmed", "not_confirmed", "duplicate", "out_of_scope"] as const;
export type Closure = (typeof CLOSURES)[number];

const NEXT: Record<IncidentStatus, IncidentStatus[]> = {
  received: ["triaged", "closed"],
  triaged: ["under_investigation", "closed"],
  under_investigation: ["closed"],
  closed: ["under_investigation"],
};

/** Confirming or refuting a harm needs an investigation first; out_of_scope can be decided on triage. */
const CLOSURE_FROM: Record<Closure, IncidentStatus[]> = {
  confirmed: ["under_investigation"],
  not_confirmed: ["under_investigation"],
  out_of_scope: ["received", "triaged", "under_investigation"],
  duplicate: [],
};

export type TransitionCheck = { ok: true } | { ok: false; reason: string; allowed: IncidentStatus[] };

export function checkIncidentTransition(
  from: IncidentStatus,
  to: IncidentStatus,
  closure: Closure | undefined,
  mergedInto: string | null,
): TransitionCheck {
  const allowed = NEXT[from];
  if (mergedInto !== null) {
    return {
      ok: false,
      reason: "The incident was merged into another; follow that one instead",
      allowed: [],
    };
  }
  if (!allowed.includes(to))
    return { ok: false, reason: `An incident cannot move from ${from} to ${to}`, allowed };
  if (to === "closed" && closure !== undefined && !CLOSURE_FROM[closure].includes(from)) {
    const reason =
      closure === "duplicate"
        ? "Close a duplicate by merging it into the incident it duplicates (POST …/merge)"
        : `Closure ${closure} needs status ${CLOSURE_FROM[closure].join(" or ")}, not ${from}`;
    return { ok: false, reason, allowed };
  }
  return { ok: true };
}

/** Merging is allowed from any status, into any incident that is not itself merged away. */
export function checkMerge(
  source: { id: string; mergedIntoId: string | null },
  target: { id: string; mergedIntoId: string | null },
): string | undefined {
  if (source.id === target.id) return "An incident cannot be merged into itself";
  if (source.mergedIntoId !== null) return "The incident was already merged";
  if (target.mergedIntoId !== null)
    return "The target was itself merged; merge into the incident it points to";
  return undefined;
}

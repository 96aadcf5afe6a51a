import type { Deps } from "../../../deps";
import type { Principal } from "../../../platform/auth/principal";
import { callerRole } from "../../../platform/auth/principal";
import { newId } from "../../../platform/crypto/ids";
import type { InsertShape } from "../../../platform/db/prepared-statements";
import * as t from "../schema";

export type IncidentEventType =
  | "received"
  | "status_changed"
  | "merged_into"
  | "merged_from"
  | "product_matched"
  | "updated"
  | "report_added"
  | "addition_added"
  | "response_added";

/** Every history row has the same shape: its insert is rendered once (platform/db/prepared-statements.ts). */
const EVENT: InsertShape<typeof t.incidentEvents> = { table: t.incidentEvents };

/** An insert into the incident's history, for the same batch as the change it records. */
export function eventInsert(
  deps: Pick<Deps, "db" | "prepared">,
  principal: Principal,
  incidentId: string,
  type: IncidentEventType,
  at: string,
  fields: {
    from?: string | null;
    to?: string | null;
    closure?: string | null;
    detail?: Record<string, unknown>;
  } = {},
) {
  return deps.prepared.insert(deps.db, EVENT, {
    id: newId(),
    incidentId,
    type,
    fromStatus: fields.from ?? null,
    toStatus: fields.to ?? null,
    closure: fields.closure ?? null,
    detail: fields.detail ?? {},
    at,
    byRole: callerRole(principal),
  });
}

/** Event types and detail keys a reporter may see on the receipt (no other party's identity or text). */
export const RECEIPT_EVENT_TYPES: ReadonlySet<string> = new Set([
  "received",
  "status_changed",
  "merged_into",
  "product_matched",
  "report_added",
  "addition_added",
  "response_added",
]);
export const RECEIPT_DETAIL_KEYS = ["into_reference", "response_kind"] as const;

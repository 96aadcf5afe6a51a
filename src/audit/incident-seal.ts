import { eq, isNull, type SQL } from "drizzle-orm";
import * as t from "../db/schema";

/**
 * Guard for an in-place update of a sealed incident: the row still carries the seal that was read.
 * The new seal is computed from the row as read plus the change, so a row changed meanwhile (by any
 * route) must make this write fail (409) rather than seal content the row does not have.
 */
export const stillSealedAs = (incident: { auditSeq: number | null }): SQL =>
  incident.auditSeq === null ? isNull(t.incidents.auditSeq) : eq(t.incidents.auditSeq, incident.auditSeq);

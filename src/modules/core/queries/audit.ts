import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { auditCheckpoints } from "../../../platform/audit/schema";
import type { Db } from "../../../platform/db/client";
import { auditLog } from "../../../platform/db/schema";
import { CursorKey, decodeCursor } from "../../../platform/http/cursor";

/** Audit entries in chain order; fetches one beyond `limit` so the caller can tell there is more. */
export function listAuditEntries(
  db: Db,
  q: {
    entity?: string | undefined;
    entity_id?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const where: (SQL | undefined)[] = [];
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entity_id) where.push(eq(auditLog.entityId, q.entity_id));
  if (q.cursor) where.push(gt(auditLog.seq, decodeCursor(q.cursor, CursorKey.seq)[0]));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(asc(auditLog.seq))
    .limit(q.limit + 1);
}

/** Signed checkpoints in chain order, one beyond `limit` like listAuditEntries. */
export const listCheckpoints = (db: Db, q: { limit: number; cursor?: string | undefined }) =>
  db
    .select()
    .from(auditCheckpoints)
    .where(q.cursor ? gt(auditCheckpoints.seq, decodeCursor(q.cursor, CursorKey.seq)[0]) : undefined)
    .orderBy(asc(auditCheckpoints.seq))
    .limit(q.limit + 1);

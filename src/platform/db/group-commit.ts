import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "./client";

/**
 * One write waiting for its commit: the statements it needs (built once its audit entries are
 * placed in the chain, see commit.ts) and how to settle its caller. `run` gets every write of a group
 * at once and must settle each of them, exactly once.
 */
export interface QueuedWrite<W> {
  write: W;
  resolve: (results: unknown[]) => void;
  reject: (error: unknown) => void;
}

export type GroupRunner<W> = (db: Db, group: QueuedWrite<W>[]) => Promise<void>;

/**
 * The per-process write queue (one per `createApp` deps, never module state). Writes that arrive
 * while a commit is in flight wait and then commit together, as one group: one libSQL batch, i.e. one
 * transaction and one fsync, however many filings it carries. On libSQL's local client a batch runs
 * synchronously, so the wait is the gap between two commits, no timer: an idle server commits a lone
 * write at once.
 *
 * Groups are per database handle (a test or tool may give one deps object another `db`). With
 * `grouping: false` every write commits on its own, at once (the Worker: a D1 or Turso call must run
 * in the request that owns it, and an isolate's requests must not settle each other's promises).
 */
export interface CommitQueue<W> {
  submit(db: Db, write: W): Promise<unknown[]>;
}

export interface CommitQueueOptions<W> {
  grouping: boolean;
  /** Commits one group (platform/db/group-runner.ts commitGroup); the same for every write of a queue. */
  run: GroupRunner<W>;
  /** A bound on one batch: a long queue commits as several groups, not one unbounded statement list. */
  maxGroup?: number;
}

export function createCommitQueue<W>({
  grouping,
  run,
  maxGroup = 64,
}: CommitQueueOptions<W>): CommitQueue<W> {
  const lanes = new Map<Db, { pending: QueuedWrite<W>[]; draining: boolean }>();

  async function drain(db: Db) {
    const lane = lanes.get(db);
    if (!lane) return;
    lane.draining = true;
    try {
      while (lane.pending.length > 0) {
        // One turn of the event loop lets requests already past their reads join this group.
        await new Promise((resolve) => setImmediate(resolve));
        const group = lane.pending.splice(0, maxGroup);
        try {
          await run(db, group);
        } catch (error) {
          // `run` settles every write itself; this only keeps an unexpected throw from stalling the lane.
          for (const queued of group) queued.reject(error);
        }
      }
    } finally {
      lane.draining = false;
      lanes.delete(db);
    }
  }

  return {
    submit(db, write) {
      return new Promise((resolve, reject) => {
        const queued = { write, resolve, reject };
        if (!grouping) {
          run(db, [queued]).catch(reject);
          return;
        }
        let lane = lanes.get(db);
        if (!lane) {
          lane = { pending: [], draining: false };
          lanes.set(db, lane);
        }
        lane.pending.push(queued);
        if (!lane.draining) void drain(db);
      });
    },
  };
}

/** The statement list a batch call needs: drizzle types it as a non-empty tuple. */
export type Batch = [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

DROP INDEX `incidents_occurred_idx`;--> statement-breakpoint
CREATE INDEX `incidents_occurred_idx` ON `incidents` (`occurred_at`,`id`,`received_at`);--> statement-breakpoint
-- ---- Hand-written (issue 14); not in the drizzle snapshot. Keep this block when regenerating. ----
-- Search keys in received order, so a text search pages inside FTS5 (queries/fts-page.ts) instead of
-- collecting and sorting every match (q=insulin: ~67k matches at 1M). The FTS rowid, until now the
-- insertion number, becomes (hour of received_at) << 20 | n, n counting the incidents received in
-- that hour: rowid order is then received order to the hour, and a page sorts at most the one hour
-- it stops in. Exact because a later hour always has a larger rowid, whatever the insertion order.
-- An hour holds 2^20 incidents; the insert trigger refuses one more rather than misorder it.
-- received_at must be canonical ISO-8601 UTC (toISOString), where text order is time order; the
-- triggers refuse any other form. The index is rebuilt once: ~30-40 s at 1M incidents.
DROP TRIGGER `incidents_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `incidents_fts_update`;
--> statement-breakpoint
DROP TRIGGER `incidents_fts_delete`;
--> statement-breakpoint
DROP TABLE `incidents_fts`;
--> statement-breakpoint
DROP TABLE `incident_search_keys`;
--> statement-breakpoint
CREATE TABLE `incident_search_keys` (
  `rowid` integer PRIMARY KEY,
  `incident_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
INSERT INTO `incident_search_keys` (`rowid`, `incident_id`)
  SELECT ((cast(strftime('%s', `received_at`) as integer) / 3600) << 20)
      + row_number() OVER (PARTITION BY cast(strftime('%s', `received_at`) as integer) / 3600
                           ORDER BY `received_at`, `id`) - 1,
    `id`
  FROM `incidents`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `incidents_fts` USING fts5(
  description,
  content='',
  contentless_delete=1,
  tokenize='trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `incidents_fts` (`rowid`, `description`)
  SELECT k.`rowid`, i.`description` FROM `incident_search_keys` k CROSS JOIN `incidents` i ON i.`id` = k.`incident_id`
  ORDER BY k.`rowid`;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_insert` AFTER INSERT ON `incidents` BEGIN
  SELECT RAISE(ABORT, 'received_at must be an ISO-8601 UTC instant with milliseconds')
    WHERE strftime('%Y-%m-%dT%H:%M:%fZ', new.`received_at`) IS NOT new.`received_at`;
  SELECT RAISE(ABORT, 'more than 2^20 incidents received in one hour')
    WHERE (SELECT `rowid` FROM `incident_search_keys`
           WHERE `rowid` < ((cast(strftime('%s', new.`received_at`) as integer) / 3600 + 1) << 20)
           ORDER BY `rowid` DESC LIMIT 1)
        = ((cast(strftime('%s', new.`received_at`) as integer) / 3600 + 1) << 20) - 1;
  INSERT INTO `incident_search_keys` (`rowid`, `incident_id`) VALUES (
    max(
      coalesce((SELECT `rowid` FROM `incident_search_keys`
                WHERE `rowid` < ((cast(strftime('%s', new.`received_at`) as integer) / 3600 + 1) << 20)
                ORDER BY `rowid` DESC LIMIT 1) + 1, 0),
      (cast(strftime('%s', new.`received_at`) as integer) / 3600) << 20),
    new.`id`);
  INSERT INTO `incidents_fts` (`rowid`, `description`)
    VALUES ((SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = new.`id`), new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_update` AFTER UPDATE OF `description` ON `incidents` BEGIN
  UPDATE `incidents_fts` SET `description` = new.`description`
    WHERE `rowid` = (SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = new.`id`);
END;
--> statement-breakpoint
-- received_at is written once at filing; should it ever change, the search key follows it.
CREATE TRIGGER `incidents_fts_rekey` AFTER UPDATE OF `received_at` ON `incidents`
WHEN new.`received_at` IS NOT old.`received_at` BEGIN
  SELECT RAISE(ABORT, 'received_at must be an ISO-8601 UTC instant with milliseconds')
    WHERE strftime('%Y-%m-%dT%H:%M:%fZ', new.`received_at`) IS NOT new.`received_at`;
  DELETE FROM `incidents_fts`
    WHERE `rowid` = (SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = old.`id`);
  DELETE FROM `incident_search_keys` WHERE `incident_id` = old.`id`;
  INSERT INTO `incident_search_keys` (`rowid`, `incident_id`) VALUES (
    max(
      coalesce((SELECT `rowid` FROM `incident_search_keys`
                WHERE `rowid` < ((cast(strftime('%s', new.`received_at`) as integer) / 3600 + 1) << 20)
                ORDER BY `rowid` DESC LIMIT 1) + 1, 0),
      (cast(strftime('%s', new.`received_at`) as integer) / 3600) << 20),
    new.`id`);
  INSERT INTO `incidents_fts` (`rowid`, `description`)
    VALUES ((SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = new.`id`), new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incidents_fts`
    WHERE `rowid` = (SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = old.`id`);
  DELETE FROM `incident_search_keys` WHERE `incident_id` = old.`id`;
END;

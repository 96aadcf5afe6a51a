CREATE TABLE `incident_month_counts` (
	`dimension` text NOT NULL,
	`value` text NOT NULL,
	`month` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`dimension`, `value`, `month`)
);
--> statement-breakpoint
CREATE TABLE `incident_risk_counts` (
	`risk_code` text NOT NULL,
	`severity` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`risk_code`, `severity`)
);
--> statement-breakpoint
CREATE TABLE `incident_start_counts` (
	`product_id` text NOT NULL,
	`version_id` text NOT NULL,
	`deployment_id` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`product_id`, `version_id`, `deployment_id`)
);
--> statement-breakpoint
CREATE INDEX `incidents_countable_start_idx` ON `incidents` (`product_id`,`product_version_id`,`deployment_id`) WHERE "incidents"."merged_into_id" is null;
--> statement-breakpoint
-- ---- Hand-written (issue 14); not in the drizzle snapshot. Keep this block when regenerating. ----
-- Backfill the statistics rollups (stats-schema.ts) from the existing rows, then keep them exact with
-- triggers: a trigger runs inside the writing statement, so the rollups change in the same transaction
-- (the same audited batch) as the incident rows they count, whichever service writes them. Incidents
-- are never deleted and incident_risks is append-only (0009), so insert and update are all there is.
INSERT INTO `incident_start_counts` (`product_id`, `version_id`, `deployment_id`, `n`)
  SELECT coalesce(`product_id`, ''), coalesce(`product_version_id`, ''), coalesce(`deployment_id`, ''), count(*)
  FROM `incidents` WHERE `merged_into_id` IS NULL
  GROUP BY `product_id`, `product_version_id`, `deployment_id`;
--> statement-breakpoint
-- One sequential pass over incidents (a LEFT JOIN keeps incidents as the outer loop), each probing
-- its codes in incident_risks' primary key: driven from incident_risks instead, every code would cost
-- a random lookup of its incident row.
INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
  SELECT coalesce(r.`risk_code`, ''), i.`severity`, count(*)
  FROM `incidents` i LEFT JOIN `incident_risks` r ON r.`incident_id` = i.`id`
  WHERE i.`merged_into_id` IS NULL
  GROUP BY r.`risk_code`, i.`severity`;
--> statement-breakpoint
-- A new countable incident: its start, and its risk codes ('' while it has none; filing inserts the
-- codes right after the incident, and the next trigger moves the count from '' to them).
CREATE TRIGGER `incident_stats_counts_insert` AFTER INSERT ON `incidents`
WHEN new.`merged_into_id` IS NULL BEGIN
  INSERT INTO `incident_start_counts` (`product_id`, `version_id`, `deployment_id`, `n`)
    VALUES (coalesce(new.`product_id`, ''), coalesce(new.`product_version_id`, ''), coalesce(new.`deployment_id`, ''), 1)
    ON CONFLICT (`product_id`, `version_id`, `deployment_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
    SELECT `risk_code`, new.`severity`, 1 FROM `incident_risks` WHERE `incident_id` = new.`id`
    ON CONFLICT (`risk_code`, `severity`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
    SELECT '', new.`severity`, 1 WHERE NOT EXISTS (SELECT 1 FROM `incident_risks` WHERE `incident_id` = new.`id`)
    ON CONFLICT (`risk_code`, `severity`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- A risk code added to a countable incident (at filing); its first code takes it out of ''.
CREATE TRIGGER `incident_stats_counts_risk_insert` AFTER INSERT ON `incident_risks`
WHEN (SELECT `merged_into_id` IS NULL FROM `incidents` WHERE `id` = new.`incident_id`) BEGIN
  INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
    SELECT new.`risk_code`, `severity`, 1 FROM `incidents` WHERE `id` = new.`incident_id`
    ON CONFLICT (`risk_code`, `severity`) DO UPDATE SET `n` = `n` + 1;
  UPDATE `incident_risk_counts` SET `n` = `n` - 1
    WHERE `risk_code` = '' AND `severity` = (SELECT `severity` FROM `incidents` WHERE `id` = new.`incident_id`)
      AND (SELECT count(*) FROM `incident_risks` WHERE `incident_id` = new.`incident_id`) = 1;
END;
--> statement-breakpoint
-- A change to what the rollups count by (severity correction, product matching, merge): the old
-- contribution out (when it was countable), the new one in (when it is).
CREATE TRIGGER `incident_stats_counts_update_old`
AFTER UPDATE OF `severity`, `merged_into_id`, `product_id`, `product_version_id`, `deployment_id` ON `incidents`
WHEN old.`merged_into_id` IS NULL AND (old.`severity` IS NOT new.`severity`
  OR new.`merged_into_id` IS NOT NULL OR old.`product_id` IS NOT new.`product_id`
  OR old.`product_version_id` IS NOT new.`product_version_id` OR old.`deployment_id` IS NOT new.`deployment_id`) BEGIN
  UPDATE `incident_start_counts` SET `n` = `n` - 1
    WHERE `product_id` = coalesce(old.`product_id`, '') AND `version_id` = coalesce(old.`product_version_id`, '')
      AND `deployment_id` = coalesce(old.`deployment_id`, '');
  UPDATE `incident_risk_counts` SET `n` = `n` - 1
    WHERE `severity` = old.`severity` AND (
      `risk_code` IN (SELECT `risk_code` FROM `incident_risks` WHERE `incident_id` = old.`id`)
      OR (`risk_code` = '' AND NOT EXISTS (SELECT 1 FROM `incident_risks` WHERE `incident_id` = old.`id`)));
END;
--> statement-breakpoint
CREATE TRIGGER `incident_stats_counts_update_new`
AFTER UPDATE OF `severity`, `merged_into_id`, `product_id`, `product_version_id`, `deployment_id` ON `incidents`
WHEN new.`merged_into_id` IS NULL AND (old.`severity` IS NOT new.`severity`
  OR old.`merged_into_id` IS NOT NULL OR old.`product_id` IS NOT new.`product_id`
  OR old.`product_version_id` IS NOT new.`product_version_id` OR old.`deployment_id` IS NOT new.`deployment_id`) BEGIN
  INSERT INTO `incident_start_counts` (`product_id`, `version_id`, `deployment_id`, `n`)
    VALUES (coalesce(new.`product_id`, ''), coalesce(new.`product_version_id`, ''), coalesce(new.`deployment_id`, ''), 1)
    ON CONFLICT (`product_id`, `version_id`, `deployment_id`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
    SELECT `risk_code`, new.`severity`, 1 FROM `incident_risks` WHERE `incident_id` = new.`id`
    ON CONFLICT (`risk_code`, `severity`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `incident_risk_counts` (`risk_code`, `severity`, `n`)
    SELECT '', new.`severity`, 1 WHERE NOT EXISTS (SELECT 1 FROM `incident_risks` WHERE `incident_id` = new.`id`)
    ON CONFLICT (`risk_code`, `severity`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- Month counts: one sequential pass copies the few columns counted into a narrow helper table, then
-- each dimension is grouped from it (one pass over `incidents` with a row per dimension and incident
-- in a single sort took ~10x longer).
CREATE TABLE `stats_month_backfill` AS
  SELECT substr(`occurred_at`, 1, 7) AS `month`, `country`, `severity`, `event_type`, `outcome`, `age_band`, `sex`, `language`, `disability`, `use_area`, `setting`
  FROM `incidents` WHERE `merged_into_id` IS NULL;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'country', coalesce(`country`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'severity', coalesce(`severity`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'event_type', coalesce(`event_type`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'outcome', coalesce(`outcome`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'age_band', coalesce(`age_band`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'sex', coalesce(`sex`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'language', coalesce(`language`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'disability', coalesce(`disability`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'use_area', coalesce(`use_area`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
  SELECT 'setting', coalesce(`setting`, ''), `month`, count(*) FROM `stats_month_backfill` GROUP BY 2, 3;
--> statement-breakpoint
DROP TABLE `stats_month_backfill`;
--> statement-breakpoint
CREATE TRIGGER `incident_month_counts_insert` AFTER INSERT ON `incidents`
WHEN new.`merged_into_id` IS NULL BEGIN
  INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
    SELECT column1, column2, substr(new.`occurred_at`, 1, 7), 1 FROM (VALUES ('country', coalesce(new.`country`, '')), ('severity', coalesce(new.`severity`, '')), ('event_type', coalesce(new.`event_type`, '')), ('outcome', coalesce(new.`outcome`, '')), ('age_band', coalesce(new.`age_band`, '')), ('sex', coalesce(new.`sex`, '')), ('language', coalesce(new.`language`, '')), ('disability', coalesce(new.`disability`, '')), ('use_area', coalesce(new.`use_area`, '')), ('setting', coalesce(new.`setting`, ''))) WHERE true
    ON CONFLICT (`dimension`, `value`, `month`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `incident_month_counts_update_old` AFTER UPDATE OF `occurred_at`, `country`, `severity`, `event_type`, `outcome`, `age_band`, `sex`, `language`, `disability`, `use_area`, `setting`, `merged_into_id` ON `incidents`
WHEN old.`merged_into_id` IS NULL AND (new.`merged_into_id` IS NOT NULL OR old.`occurred_at` IS NOT new.`occurred_at` OR old.`country` IS NOT new.`country` OR old.`severity` IS NOT new.`severity` OR old.`event_type` IS NOT new.`event_type` OR old.`outcome` IS NOT new.`outcome` OR old.`age_band` IS NOT new.`age_band` OR old.`sex` IS NOT new.`sex` OR old.`language` IS NOT new.`language` OR old.`disability` IS NOT new.`disability` OR old.`use_area` IS NOT new.`use_area` OR old.`setting` IS NOT new.`setting`) BEGIN
  UPDATE `incident_month_counts` SET `n` = `n` - 1
    WHERE `month` = substr(old.`occurred_at`, 1, 7) AND (`dimension`, `value`) IN (VALUES ('country', coalesce(old.`country`, '')), ('severity', coalesce(old.`severity`, '')), ('event_type', coalesce(old.`event_type`, '')), ('outcome', coalesce(old.`outcome`, '')), ('age_band', coalesce(old.`age_band`, '')), ('sex', coalesce(old.`sex`, '')), ('language', coalesce(old.`language`, '')), ('disability', coalesce(old.`disability`, '')), ('use_area', coalesce(old.`use_area`, '')), ('setting', coalesce(old.`setting`, '')));
END;
--> statement-breakpoint
CREATE TRIGGER `incident_month_counts_update_new` AFTER UPDATE OF `occurred_at`, `country`, `severity`, `event_type`, `outcome`, `age_band`, `sex`, `language`, `disability`, `use_area`, `setting`, `merged_into_id` ON `incidents`
WHEN new.`merged_into_id` IS NULL AND (old.`merged_into_id` IS NOT NULL OR old.`occurred_at` IS NOT new.`occurred_at` OR old.`country` IS NOT new.`country` OR old.`severity` IS NOT new.`severity` OR old.`event_type` IS NOT new.`event_type` OR old.`outcome` IS NOT new.`outcome` OR old.`age_band` IS NOT new.`age_band` OR old.`sex` IS NOT new.`sex` OR old.`language` IS NOT new.`language` OR old.`disability` IS NOT new.`disability` OR old.`use_area` IS NOT new.`use_area` OR old.`setting` IS NOT new.`setting`) BEGIN
  INSERT INTO `incident_month_counts` (`dimension`, `value`, `month`, `n`)
    SELECT column1, column2, substr(new.`occurred_at`, 1, 7), 1 FROM (VALUES ('country', coalesce(new.`country`, '')), ('severity', coalesce(new.`severity`, '')), ('event_type', coalesce(new.`event_type`, '')), ('outcome', coalesce(new.`outcome`, '')), ('age_band', coalesce(new.`age_band`, '')), ('sex', coalesce(new.`sex`, '')), ('language', coalesce(new.`language`, '')), ('disability', coalesce(new.`disability`, '')), ('use_area', coalesce(new.`use_area`, '')), ('setting', coalesce(new.`setting`, ''))) WHERE true
    ON CONFLICT (`dimension`, `value`, `month`) DO UPDATE SET `n` = `n` + 1;
END;

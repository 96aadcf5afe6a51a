-- Full-text search over incident descriptions (issue 6, `q`).
-- Tokenizer: trigram (case-folded, diacritics removed) rather than unicode61, because reports arrive in
-- any language: unicode61 splits on spaces and punctuation, so Chinese, Japanese or Thai text (no spaces)
-- becomes one giant token and is unsearchable; trigram matches any substring of >= 3 characters in any
-- script. Costs: a larger index and no stemming; shorter terms are matched with LIKE by the query layer.
-- Contentless (content='') with contentless_delete=1: the text already lives in incidents.description,
-- so it is not stored twice, and rows can still be deleted/updated by rowid.
-- incidents has a TEXT primary key, so its implicit rowid may be renumbered by VACUUM; the FTS rowid is
-- therefore taken from incident_search_keys, whose INTEGER PRIMARY KEY is stable.
CREATE TABLE `incident_search_keys` (
  `rowid` integer PRIMARY KEY,
  `incident_id` text NOT NULL UNIQUE
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `incidents_fts` USING fts5(
  description,
  content='',
  contentless_delete=1,
  tokenize='trigram remove_diacritics 1'
);
--> statement-breakpoint
INSERT INTO `incident_search_keys` (`incident_id`) SELECT `id` FROM `incidents` ORDER BY `rowid`;
--> statement-breakpoint
INSERT INTO `incidents_fts` (`rowid`, `description`)
  SELECT k.`rowid`, i.`description` FROM `incidents` i JOIN `incident_search_keys` k ON k.`incident_id` = i.`id`;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_insert` AFTER INSERT ON `incidents` BEGIN
  INSERT INTO `incident_search_keys` (`incident_id`) VALUES (new.`id`);
  INSERT INTO `incidents_fts` (`rowid`, `description`)
    VALUES ((SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = new.`id`), new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_update` AFTER UPDATE OF `description` ON `incidents` BEGIN
  UPDATE `incidents_fts` SET `description` = new.`description`
    WHERE `rowid` = (SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fts_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM `incidents_fts`
    WHERE `rowid` = (SELECT `rowid` FROM `incident_search_keys` WHERE `incident_id` = old.`id`);
  DELETE FROM `incident_search_keys` WHERE `incident_id` = old.`id`;
END;

-- Rows written before row seals existed (0010) cannot be sealed now: SQLite has no SHA-256, and their
-- audit entries hashed other payloads. They are listed here, once, so verification can tell them from
-- an unsealed row inserted later (which fails verification); and `audit_seal_epoch` is the last audit
-- entry before seals, whose entries are not expected to have sealed a row. Both tables are read-only.
CREATE TABLE `audit_legacy_rows` (
  `table_name` text NOT NULL,
  `row_id` text NOT NULL,
  PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
CREATE TABLE `audit_seal_epoch` (
  `seq` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `audit_seal_epoch` (`seq`) SELECT coalesce(max(`seq`), 0) FROM `audit_log`;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'incidents', `id` FROM `incidents` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'incident_reports', `id` FROM `incident_reports` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'incident_responses', `id` FROM `incident_responses` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'attestations', `id` FROM `attestations` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'findings', `id` FROM `findings` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'obligation_links', `id` FROM `obligation_links` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'disclosures', `id` FROM `disclosures` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'disclosure_orders', `id` FROM `disclosure_orders` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'disclosure_order_responses', `id` FROM `disclosure_order_responses` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'rebuttals', `id` FROM `rebuttals` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'rebuttal_decisions', `id` FROM `rebuttal_decisions` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'causality_assessments', `id` FROM `causality_assessments` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
INSERT INTO `audit_legacy_rows` (`table_name`, `row_id`) SELECT 'incident_legal_facts', `id` FROM `incident_legal_facts` WHERE `audit_seq` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `audit_legacy_rows_no_insert` BEFORE INSERT ON `audit_legacy_rows` BEGIN
  SELECT RAISE(ABORT, 'audit_legacy_rows is read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_legacy_rows_no_update` BEFORE UPDATE ON `audit_legacy_rows` BEGIN
  SELECT RAISE(ABORT, 'audit_legacy_rows is read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_legacy_rows_no_delete` BEFORE DELETE ON `audit_legacy_rows` BEGIN
  SELECT RAISE(ABORT, 'audit_legacy_rows is read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_seal_epoch_no_insert` BEFORE INSERT ON `audit_seal_epoch` BEGIN
  SELECT RAISE(ABORT, 'audit_seal_epoch is read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_seal_epoch_no_update` BEFORE UPDATE ON `audit_seal_epoch` BEGIN
  SELECT RAISE(ABORT, 'audit_seal_epoch is read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_seal_epoch_no_delete` BEFORE DELETE ON `audit_seal_epoch` BEGIN
  SELECT RAISE(ABORT, 'audit_seal_epoch is read-only');
END;

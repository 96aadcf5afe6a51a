CREATE TABLE `audit_checkpoints` (
	`seq` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL,
	`at` text NOT NULL,
	`jws` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `incident_responses` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `incident_responses` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `incidents` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `incident_reports` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `incident_reports` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `attestations` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `attestations` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `causality_assessments` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `causality_assessments` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `disclosure_order_responses` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `disclosure_order_responses` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `disclosure_orders` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `disclosure_orders` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `findings` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `findings` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `incident_legal_facts` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `incident_legal_facts` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `obligation_links` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `obligation_links` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `rebuttal_decisions` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `rebuttal_decisions` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `rebuttals` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `rebuttals` ADD `audit_sha256` text;--> statement-breakpoint
ALTER TABLE `disclosures` ADD `audit_seq` integer;--> statement-breakpoint
ALTER TABLE `disclosures` ADD `audit_sha256` text;--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_update` BEFORE UPDATE ON `audit_checkpoints` BEGIN
  SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_delete` BEFORE DELETE ON `audit_checkpoints` BEGIN
  SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;

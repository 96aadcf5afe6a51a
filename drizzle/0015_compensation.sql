CREATE TABLE `compensation_claim_appeals` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`decision_id` text NOT NULL,
	`grounds` text NOT NULL,
	`filed_at` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`claim_id`) REFERENCES `compensation_claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `compensation_claim_appeals_decision_idx` ON `compensation_claim_appeals` (`decision_id`);--> statement-breakpoint
CREATE TABLE `compensation_claim_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`appeal_id` text,
	`appeal_outcome` text,
	`decision` text NOT NULL,
	`award_minor` integer NOT NULL,
	`award_by_kind` text NOT NULL,
	`reasons` text NOT NULL,
	`override_reason` text,
	`eligibility` text NOT NULL,
	`decided_at` text NOT NULL,
	`decided_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`claim_id`) REFERENCES `compensation_claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`appeal_id`) REFERENCES `compensation_claim_appeals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensation_claim_decisions_claim_idx` ON `compensation_claim_decisions` (`claim_id`,`decided_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `compensation_claim_decisions_first_idx` ON `compensation_claim_decisions` (`claim_id`) WHERE "compensation_claim_decisions"."appeal_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `compensation_claim_decisions_appeal_idx` ON `compensation_claim_decisions` (`appeal_id`) WHERE "compensation_claim_decisions"."appeal_id" is not null;--> statement-breakpoint
CREATE TABLE `compensation_claim_determinations` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`rule` text NOT NULL,
	`applies` integer NOT NULL,
	`reason` text NOT NULL,
	`decided_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`claim_id`) REFERENCES `compensation_claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensation_claim_determinations_claim_idx` ON `compensation_claim_determinations` (`claim_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `compensation_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`fund_id` text NOT NULL,
	`rules_version` integer NOT NULL,
	`incident_id` text NOT NULL,
	`relationship` text NOT NULL,
	`losses` text NOT NULL,
	`claimed_minor` integer NOT NULL,
	`claimant_jwe` text NOT NULL,
	`receipt_token_hash` text NOT NULL,
	`discovered_at` text NOT NULL,
	`interaction_at` text NOT NULL,
	`filed_at` text NOT NULL,
	`filed_via` text NOT NULL,
	`filed_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`fund_id`) REFERENCES `compensation_funds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensation_claims_fund_idx` ON `compensation_claims` (`fund_id`,`filed_at`,`id`);--> statement-breakpoint
CREATE INDEX `compensation_claims_incident_idx` ON `compensation_claims` (`incident_id`);--> statement-breakpoint
CREATE INDEX `compensation_claims_receipt_idx` ON `compensation_claims` (`receipt_token_hash`);--> statement-breakpoint
CREATE TABLE `compensation_fund_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`fund_id` text NOT NULL,
	`version` integer NOT NULL,
	`rules` text NOT NULL,
	`effective_from` text NOT NULL,
	`published_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`fund_id`) REFERENCES `compensation_funds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `compensation_fund_rules_version_idx` ON `compensation_fund_rules` (`fund_id`,`version`);--> statement-breakpoint
CREATE TABLE `compensation_funds` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`currency` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text
);
--> statement-breakpoint
CREATE TABLE `compensation_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`fund_id` text NOT NULL,
	`transaction_id` text NOT NULL,
	`kind` text NOT NULL,
	`account` text NOT NULL,
	`debit_minor` integer NOT NULL,
	`credit_minor` integer NOT NULL,
	`claim_id` text,
	`recourse_id` text,
	`actor_id` text,
	`reference` text,
	`at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`fund_id`) REFERENCES `compensation_funds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensation_ledger_fund_idx` ON `compensation_ledger` (`fund_id`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `compensation_ledger_account_idx` ON `compensation_ledger` (`fund_id`,`account`);--> statement-breakpoint
CREATE INDEX `compensation_ledger_claim_idx` ON `compensation_ledger` (`claim_id`) WHERE "compensation_ledger"."claim_id" is not null;--> statement-breakpoint
CREATE TABLE `compensation_recourse` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`fund_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`causality_assessment_id` text NOT NULL,
	`basis` text NOT NULL,
	`opened_at` text NOT NULL,
	`opened_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`claim_id`) REFERENCES `compensation_claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fund_id`) REFERENCES `compensation_funds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensation_recourse_claim_idx` ON `compensation_recourse` (`claim_id`);--> statement-breakpoint
CREATE INDEX `compensation_recourse_actor_idx` ON `compensation_recourse` (`actor_id`);--> statement-breakpoint
CREATE TABLE `compensation_recourse_outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`recourse_id` text NOT NULL,
	`status` text NOT NULL,
	`recovered_minor` integer NOT NULL,
	`note` text NOT NULL,
	`decided_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`recourse_id`) REFERENCES `compensation_recourse`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `compensation_recourse_outcomes_recourse_idx` ON `compensation_recourse_outcomes` (`recourse_id`);--> statement-breakpoint
-- Issue 13: compensation records are evidence, append-only like the rest (see 0009): a change is a new row.
CREATE TRIGGER `compensation_funds_no_update` BEFORE UPDATE ON `compensation_funds` BEGIN
  SELECT RAISE(ABORT, 'compensation_funds is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_funds_no_delete` BEFORE DELETE ON `compensation_funds` BEGIN
  SELECT RAISE(ABORT, 'compensation_funds is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_fund_rules_no_update` BEFORE UPDATE ON `compensation_fund_rules` BEGIN
  SELECT RAISE(ABORT, 'compensation_fund_rules is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_fund_rules_no_delete` BEFORE DELETE ON `compensation_fund_rules` BEGIN
  SELECT RAISE(ABORT, 'compensation_fund_rules is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claims_no_update` BEFORE UPDATE ON `compensation_claims` BEGIN
  SELECT RAISE(ABORT, 'compensation_claims is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claims_no_delete` BEFORE DELETE ON `compensation_claims` BEGIN
  SELECT RAISE(ABORT, 'compensation_claims is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_determinations_no_update` BEFORE UPDATE ON `compensation_claim_determinations` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_determinations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_determinations_no_delete` BEFORE DELETE ON `compensation_claim_determinations` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_determinations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_appeals_no_update` BEFORE UPDATE ON `compensation_claim_appeals` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_appeals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_appeals_no_delete` BEFORE DELETE ON `compensation_claim_appeals` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_appeals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_decisions_no_update` BEFORE UPDATE ON `compensation_claim_decisions` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_claim_decisions_no_delete` BEFORE DELETE ON `compensation_claim_decisions` BEGIN
  SELECT RAISE(ABORT, 'compensation_claim_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_recourse_no_update` BEFORE UPDATE ON `compensation_recourse` BEGIN
  SELECT RAISE(ABORT, 'compensation_recourse is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_recourse_no_delete` BEFORE DELETE ON `compensation_recourse` BEGIN
  SELECT RAISE(ABORT, 'compensation_recourse is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_recourse_outcomes_no_update` BEFORE UPDATE ON `compensation_recourse_outcomes` BEGIN
  SELECT RAISE(ABORT, 'compensation_recourse_outcomes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_recourse_outcomes_no_delete` BEFORE DELETE ON `compensation_recourse_outcomes` BEGIN
  SELECT RAISE(ABORT, 'compensation_recourse_outcomes is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_ledger_no_update` BEFORE UPDATE ON `compensation_ledger` BEGIN
  SELECT RAISE(ABORT, 'compensation_ledger is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `compensation_ledger_no_delete` BEFORE DELETE ON `compensation_ledger` BEGIN
  SELECT RAISE(ABORT, 'compensation_ledger is append-only');
END;

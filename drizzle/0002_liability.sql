CREATE TABLE `attestations` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`product_id` text NOT NULL,
	`obligation_code` text NOT NULL,
	`status` text NOT NULL,
	`disclosure_ids` text NOT NULL,
	`evidence_sha256` text,
	`statement` text NOT NULL,
	`effective_from` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attestations_actor_idx` ON `attestations` (`actor_id`,`obligation_code`);--> statement-breakpoint
CREATE INDEX `attestations_product_idx` ON `attestations` (`product_id`,`recorded_at`,`id`);--> statement-breakpoint
CREATE TABLE `causality_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`ruleset_id` text NOT NULL,
	`ruleset_version` integer NOT NULL,
	`evaluated_at` text NOT NULL,
	`input` text NOT NULL,
	`input_sha256` text NOT NULL,
	`input_hashes` text NOT NULL,
	`result` text NOT NULL,
	`result_sha256` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `causality_assessments_incident_idx` ON `causality_assessments` (`incident_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `disclosure_order_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`disclosure_ids` text NOT NULL,
	`statement` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `disclosure_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dor_order_idx` ON `disclosure_order_responses` (`order_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `disclosure_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`items` text NOT NULL,
	`due_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosure_orders_incident_idx` ON `disclosure_orders` (`incident_id`,`actor_id`);--> statement-breakpoint
CREATE INDEX `disclosure_orders_actor_idx` ON `disclosure_orders` (`actor_id`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`product_id` text,
	`obligation_code` text NOT NULL,
	`result` text NOT NULL,
	`basis` text NOT NULL,
	`decided_at` text NOT NULL,
	`period_from` text,
	`period_to` text,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_actor_idx` ON `findings` (`actor_id`,`obligation_code`);--> statement-breakpoint
CREATE INDEX `findings_recorded_idx` ON `findings` (`recorded_at`,`id`);--> statement-breakpoint
CREATE TABLE `obligation_links` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`obligation_code` text NOT NULL,
	`rationale` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `obligation_links_incident_idx` ON `obligation_links` (`incident_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `rebuttal_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`rebuttal_id` text NOT NULL,
	`accepted` integer NOT NULL,
	`reason` text NOT NULL,
	`decided_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`rebuttal_id`) REFERENCES `rebuttals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rebuttal_decisions_rebuttal_idx` ON `rebuttal_decisions` (`rebuttal_id`);--> statement-breakpoint
CREATE TABLE `rebuttals` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`ruleset_id` text NOT NULL,
	`condition_id` text NOT NULL,
	`statement` text NOT NULL,
	`evidence` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rebuttals_incident_idx` ON `rebuttals` (`incident_id`,`actor_id`);
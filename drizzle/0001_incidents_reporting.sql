CREATE TABLE `incident_events` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`type` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`closure` text,
	`detail` text NOT NULL,
	`at` text NOT NULL,
	`by_role` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_events_incident_idx` ON `incident_events` (`incident_id`,`at`);--> statement-breakpoint
CREATE TABLE `incident_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`evidence` text NOT NULL,
	`product_id` text,
	`stage_transition_id` text,
	`submitted_by_sub` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_responses_incident_idx` ON `incident_responses` (`incident_id`,`submitted_at`);--> statement-breakpoint
ALTER TABLE `incidents` ADD `description_identifying` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `product_matched_at` text;--> statement-breakpoint
CREATE INDEX `incidents_deployment_idx` ON `incidents` (`deployment_id`);--> statement-breakpoint
CREATE INDEX `incidents_merged_idx` ON `incidents` (`merged_into_id`);--> statement-breakpoint
ALTER TABLE `incident_reports` ADD `identifying_text` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incident_reports` ADD `filing` text;--> statement-breakpoint
CREATE INDEX `reports_receipt_idx` ON `incident_reports` (`receipt_token_hash`);
CREATE TABLE `incident_legal_facts` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`fact` text NOT NULL,
	`value` integer NOT NULL,
	`basis` text NOT NULL,
	`decided_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_legal_facts_incident_idx` ON `incident_legal_facts` (`incident_id`,`fact`,`recorded_at`);
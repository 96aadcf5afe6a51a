CREATE TABLE `incident_actor_awareness` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`aware_at` text NOT NULL,
	`source` text NOT NULL,
	`evidence` text,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_actor_awareness_incident_idx` ON `incident_actor_awareness` (`incident_id`,`actor_id`);--> statement-breakpoint
CREATE TABLE `actor_relations` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`relation` text NOT NULL,
	`of_actor_id` text NOT NULL,
	`product_id` text,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`of_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actor_relations_actor_idx` ON `actor_relations` (`actor_id`);--> statement-breakpoint
CREATE INDEX `actor_relations_of_actor_idx` ON `actor_relations` (`of_actor_id`);--> statement-breakpoint
CREATE TABLE `product_regulatory_facts` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`version_id` text,
	`fact` text NOT NULL,
	`value` text NOT NULL,
	`qualifier` text,
	`territory` text,
	`effective_from` text NOT NULL,
	`source` text NOT NULL,
	`decided_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `product_regulatory_facts_product_idx` ON `product_regulatory_facts` (`product_id`,`fact`,`effective_from`);--> statement-breakpoint
ALTER TABLE `incidents` ADD `fundamental_rights_infringement` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `property_or_environment_harm` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `serious_public_health_threat` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `unanticipated_deterioration` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `provider_unreachable` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Issue 11: the new evidence tables are append-only like the others (see 0009).
CREATE TRIGGER `incident_actor_awareness_no_update` BEFORE UPDATE ON `incident_actor_awareness` BEGIN
  SELECT RAISE(ABORT, 'incident_actor_awareness is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_actor_awareness_no_delete` BEFORE DELETE ON `incident_actor_awareness` BEGIN
  SELECT RAISE(ABORT, 'incident_actor_awareness is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `actor_relations_no_update` BEFORE UPDATE ON `actor_relations` BEGIN
  SELECT RAISE(ABORT, 'actor_relations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `actor_relations_no_delete` BEFORE DELETE ON `actor_relations` BEGIN
  SELECT RAISE(ABORT, 'actor_relations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_regulatory_facts_no_update` BEFORE UPDATE ON `product_regulatory_facts` BEGIN
  SELECT RAISE(ABORT, 'product_regulatory_facts is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_regulatory_facts_no_delete` BEFORE DELETE ON `product_regulatory_facts` BEGIN
  SELECT RAISE(ABORT, 'product_regulatory_facts is append-only');
END;

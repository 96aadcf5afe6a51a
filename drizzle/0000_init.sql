CREATE TABLE `catalog_actors` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_liability_points` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_lifecycle_stages` (
	`code` text PRIMARY KEY NOT NULL,
	`order` integer NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_obligation_actors` (
	`obligation_code` text NOT NULL,
	`actor_code` text NOT NULL,
	PRIMARY KEY(`obligation_code`, `actor_code`)
);
--> statement-breakpoint
CREATE INDEX `coa_actor_idx` ON `catalog_obligation_actors` (`actor_code`);--> statement-breakpoint
CREATE TABLE `catalog_obligations` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`stage` text NOT NULL,
	`strength` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `catalog_obligations_stage_idx` ON `catalog_obligations` (`stage`);--> statement-breakpoint
CREATE TABLE `catalog_principles` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_risk_obligations` (
	`risk_code` text NOT NULL,
	`obligation_code` text NOT NULL,
	PRIMARY KEY(`risk_code`, `obligation_code`)
);
--> statement-breakpoint
CREATE INDEX `cro_obligation_idx` ON `catalog_risk_obligations` (`obligation_code`);--> statement-breakpoint
CREATE TABLE `catalog_risks` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text,
	`category` text,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalog_use_areas` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor_sub` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`payload_sha256` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`,`seq`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE TABLE `incident_risks` (
	`incident_id` text NOT NULL,
	`risk_code` text NOT NULL,
	PRIMARY KEY(`incident_id`, `risk_code`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_risks_code_idx` ON `incident_risks` (`risk_code`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`status` text NOT NULL,
	`closure` text,
	`product_id` text,
	`product_version_id` text,
	`deployment_id` text,
	`product_name_text` text,
	`occurred_at` text NOT NULL,
	`aware_at` text,
	`received_at` text NOT NULL,
	`country` text NOT NULL,
	`setting` text NOT NULL,
	`use_area` text,
	`description` text NOT NULL,
	`event_type` text NOT NULL,
	`severity` text NOT NULL,
	`severity_rank` integer NOT NULL,
	`outcome` text NOT NULL,
	`age_band` text,
	`sex` text,
	`language` text,
	`disability` text,
	`ethnicity` text,
	`patient_knew_ai_was_used` text,
	`widespread_infringement` integer DEFAULT false NOT NULL,
	`critical_infrastructure_disruption` integer DEFAULT false NOT NULL,
	`merged_into_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deployment_id`) REFERENCES `deployments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_reference_idx` ON `incidents` (`reference`);--> statement-breakpoint
CREATE INDEX `incidents_received_idx` ON `incidents` (`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_occurred_idx` ON `incidents` (`occurred_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_product_idx` ON `incidents` (`product_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `incidents_version_idx` ON `incidents` (`product_version_id`);--> statement-breakpoint
CREATE INDEX `incidents_status_idx` ON `incidents` (`status`);--> statement-breakpoint
CREATE TABLE `incident_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`kind` text NOT NULL,
	`reporter_role` text NOT NULL,
	`anonymous` integer NOT NULL,
	`submitted_by_sub` text,
	`actor_id` text,
	`contact_jwe` text,
	`body` text NOT NULL,
	`receipt_token_hash` text,
	`supersedes_report_id` text,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_incident_idx` ON `incident_reports` (`incident_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `reports_actor_idx` ON `incident_reports` (`actor_id`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`roles` text NOT NULL,
	`country` text NOT NULL,
	`contact_email` text NOT NULL,
	`identifiers` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name`);--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` text PRIMARY KEY NOT NULL,
	`product_version_id` text NOT NULL,
	`product_id` text NOT NULL,
	`deployer_actor_id` text NOT NULL,
	`setting` text NOT NULL,
	`country` text NOT NULL,
	`languages` text NOT NULL,
	`population` text NOT NULL,
	`human_oversight` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`product_version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deployer_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deployments_product_idx` ON `deployments` (`product_id`);--> statement-breakpoint
CREATE INDEX `deployments_deployer_idx` ON `deployments` (`deployer_actor_id`);--> statement-breakpoint
CREATE INDEX `deployments_version_idx` ON `deployments` (`product_version_id`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`actor_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`uri` text,
	`sha256` text NOT NULL,
	`published` integer NOT NULL,
	`summary` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosures_product_idx` ON `disclosures` (`product_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `product_lineage` (
	`product_id` text NOT NULL,
	`parent_product_id` text NOT NULL,
	`relation` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`product_id`, `parent_product_id`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lineage_parent_idx` ON `product_lineage` (`parent_product_id`);--> statement-breakpoint
CREATE TABLE `product_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`version` text NOT NULL,
	`released_at` text,
	`changelog` text NOT NULL,
	`substantial_modification` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `versions_product_version_idx` ON `product_versions` (`product_id`,`version`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`registration_number` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`intended_purpose` text NOT NULL,
	`use_areas` text NOT NULL,
	`modalities` text NOT NULL,
	`languages` text NOT NULL,
	`developer_actor_id` text NOT NULL,
	`provider_actor_id` text,
	`stage` text NOT NULL,
	`registered_at` text NOT NULL,
	FOREIGN KEY (`developer_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_registration_number_idx` ON `products` (`registration_number`);--> statement-breakpoint
CREATE INDEX `products_developer_idx` ON `products` (`developer_actor_id`);--> statement-breakpoint
CREATE INDEX `products_provider_idx` ON `products` (`provider_actor_id`);--> statement-breakpoint
CREATE INDEX `products_registered_idx` ON `products` (`registered_at`,`id`);--> statement-breakpoint
CREATE TABLE `stage_transitions` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`from_stage` text,
	`to_stage` text NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`by_sub` text NOT NULL,
	`by_role` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stage_transitions_product_idx` ON `stage_transitions` (`product_id`,`at`);--> statement-breakpoint
CREATE TABLE `version_bases` (
	`version_id` text NOT NULL,
	`base_version_id` text NOT NULL,
	PRIMARY KEY(`version_id`, `base_version_id`),
	FOREIGN KEY (`version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`base_version_id`) REFERENCES `product_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `version_bases_base_idx` ON `version_bases` (`base_version_id`);
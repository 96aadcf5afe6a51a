CREATE INDEX `incidents_status_received_idx` ON `incidents` (`status`,`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_product_received_idx` ON `incidents` (`product_id`,`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_event_type_received_idx` ON `incidents` (`event_type`,`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_country_received_idx` ON `incidents` (`country`,`received_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_severity_rank_idx` ON `incidents` (`severity_rank`,`received_at`);
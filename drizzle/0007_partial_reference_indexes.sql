DROP INDEX `incidents_version_idx`;--> statement-breakpoint
DROP INDEX `incidents_deployment_idx`;--> statement-breakpoint
DROP INDEX `incidents_merged_idx`;--> statement-breakpoint
CREATE INDEX `incidents_version_idx` ON `incidents` (`product_version_id`) WHERE "incidents"."product_version_id" is not null;--> statement-breakpoint
CREATE INDEX `incidents_deployment_idx` ON `incidents` (`deployment_id`) WHERE "incidents"."deployment_id" is not null;--> statement-breakpoint
CREATE INDEX `incidents_merged_idx` ON `incidents` (`merged_into_id`) WHERE "incidents"."merged_into_id" is not null;
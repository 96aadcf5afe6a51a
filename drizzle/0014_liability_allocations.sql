CREATE TABLE `liability_allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`counterparty_actor_id` text NOT NULL,
	`product_id` text,
	`share_basis_points` integer,
	`waives_recourse` integer NOT NULL,
	`reference` text NOT NULL,
	`effective_from` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_sub` text NOT NULL,
	`audit_seq` integer,
	`audit_sha256` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counterparty_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `liability_allocations_actor_idx` ON `liability_allocations` (`actor_id`);--> statement-breakpoint
CREATE INDEX `liability_allocations_counterparty_idx` ON `liability_allocations` (`counterparty_actor_id`);--> statement-breakpoint
-- Evidence like the rest: append-only (see 0009).
CREATE TRIGGER `liability_allocations_no_update` BEFORE UPDATE ON `liability_allocations` BEGIN
  SELECT RAISE(ABORT, 'liability_allocations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `liability_allocations_no_delete` BEFORE DELETE ON `liability_allocations` BEGIN
  SELECT RAISE(ABORT, 'liability_allocations is append-only');
END;

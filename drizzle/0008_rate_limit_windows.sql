CREATE TABLE `rate_limit_windows` (
	`bucket` text NOT NULL,
	`client_hash` text NOT NULL,
	`window_start` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`hits` integer DEFAULT 0 NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`bucket`, `client_hash`, `window_start`)
);
--> statement-breakpoint
CREATE INDEX `rate_limit_windows_expiry_idx` ON `rate_limit_windows` (`expires_at`);
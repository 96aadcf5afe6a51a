CREATE TABLE `batch_guards` (
	`ok` integer NOT NULL
);

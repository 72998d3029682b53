CREATE TABLE `briefings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`issued_on` text NOT NULL,
	`issued_at` integer NOT NULL,
	`issued_by_id` integer,
	`issued_by_name` text,
	`office` text NOT NULL,
	`file_name` text NOT NULL,
	`content_hash` text NOT NULL,
	`bytes` blob NOT NULL,
	`stages` text NOT NULL,
	FOREIGN KEY (`issued_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `briefings_number_unique` ON `briefings` (`number`);--> statement-breakpoint
CREATE TABLE `office_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`office` text NOT NULL,
	`report_to` text DEFAULT '' NOT NULL,
	`copy_to` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by_name` text
);

CREATE TABLE `checklist_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` integer,
	`created_by_name` text,
	`options` text NOT NULL,
	`content_hash` text NOT NULL,
	`rows` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `checklist_versions_round_idx` ON `checklist_versions` (`round_id`);
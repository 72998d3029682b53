CREATE TABLE `review_bulk_refusals` (
	`user_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`disposition_id` integer NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	PRIMARY KEY(`user_id`, `round_id`, `disposition_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`disposition_id`) REFERENCES `dispositions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_bulk_refusals_disposition_idx` ON `review_bulk_refusals` (`disposition_id`);
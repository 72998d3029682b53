CREATE TABLE `campaign_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`item_count` integer DEFAULT 0 NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_events_round_unit_idx` ON `campaign_events` (`round_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `round_publications` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'decision' NOT NULL,
	`issuer` text DEFAULT '' NOT NULL,
	`doc_number` text DEFAULT '' NOT NULL,
	`issued_on` text,
	`subject` text DEFAULT '规范性文件' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`addressee` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`copy_to` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by_name` text,
	`published_at` integer,
	`published_by_id` integer,
	`published_by_name` text,
	`lists` text,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `dispositions` ADD `owner_unit_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `dispositions` ADD `unit_category` text;--> statement-breakpoint
ALTER TABLE `dispositions` ADD `unit_ground_id` integer REFERENCES review_grounds(id);--> statement-breakpoint
ALTER TABLE `dispositions` ADD `unit_reason` text;--> statement-breakpoint
ALTER TABLE `dispositions` ADD `office_note` text;--> statement-breakpoint
CREATE INDEX `dispositions_round_owner_idx` ON `dispositions` (`round_id`,`owner_unit_id`);--> statement-breakpoint
ALTER TABLE `review_rounds` ADD `mode` text DEFAULT 'office' NOT NULL;--> statement-breakpoint
ALTER TABLE `review_rounds` ADD `submit_by` text;
CREATE TABLE `tracking_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `disposition_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`disposition_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`document_id` integer,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`comment` text
);
--> statement-breakpoint
CREATE INDEX `disposition_history_disposition_idx` ON `disposition_history` (`disposition_id`);--> statement-breakpoint
CREATE INDEX `disposition_history_round_idx` ON `disposition_history` (`round_id`);--> statement-breakpoint
CREATE INDEX `disposition_history_document_idx` ON `disposition_history` (`document_id`);--> statement-breakpoint
CREATE TABLE `disposition_items` (
	`disposition_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	PRIMARY KEY(`disposition_id`, `item_id`),
	FOREIGN KEY (`disposition_id`) REFERENCES `dispositions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `tracking_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `disposition_items_item_idx` ON `disposition_items` (`item_id`);--> statement-breakpoint
CREATE TABLE `dispositions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`document_id` integer,
	`category` text,
	`ground_id` integer,
	`reason` text DEFAULT '' NOT NULL,
	`legal_basis` text DEFAULT '[]' NOT NULL,
	`responsible_unit` text,
	`deadline` text,
	`proposed_title` text,
	`proposed_scope` text,
	`gap` text,
	`draft_document_id` integer,
	`accepted_reasons` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ground_id`) REFERENCES `review_grounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`draft_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispositions_round_document_idx` ON `dispositions` (`round_id`,`document_id`);--> statement-breakpoint
CREATE INDEX `dispositions_document_idx` ON `dispositions` (`document_id`);--> statement-breakpoint
CREATE INDEX `dispositions_round_status_idx` ON `dispositions` (`round_id`,`status`);--> statement-breakpoint
CREATE TABLE `document_fingerprints` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`signature` blob,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_grounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`category` text NOT NULL,
	`action` text NOT NULL,
	`label` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_grounds_code_unique` ON `review_grounds` (`code`);--> statement-breakpoint
CREATE TABLE `review_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`scope` text DEFAULT '{}' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`created_at` integer NOT NULL,
	`created_by_id` integer,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_rounds_name_unique` ON `review_rounds` (`name`);
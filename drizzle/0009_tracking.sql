CREATE TABLE `tracking_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `tracking_reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tracking_attachments_report_idx` ON `tracking_attachments` (`report_id`);--> statement-breakpoint
CREATE TABLE `tracking_document_links` (
	`item_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`accepted` integer NOT NULL,
	`decided_at` integer NOT NULL,
	`decided_by_name` text,
	PRIMARY KEY(`item_id`, `document_id`),
	FOREIGN KEY (`item_id`) REFERENCES `tracking_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tracking_document_links_document_idx` ON `tracking_document_links` (`document_id`);--> statement-breakpoint
CREATE TABLE `tracking_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`reported_on` text NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`unit` text,
	`text` text NOT NULL,
	`stage_from` text,
	`stage_to` text,
	FOREIGN KEY (`item_id`) REFERENCES `tracking_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tracking_reports_item_idx` ON `tracking_reports` (`item_id`);--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `responsible_unit` text;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `lead` text;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `deadline` text;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `stage` text DEFAULT 'drafting' NOT NULL;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `keywords` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `updated_at` integer;
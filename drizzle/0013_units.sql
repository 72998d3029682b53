CREATE TABLE `document_units` (
	`document_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`role` text NOT NULL,
	`source` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`document_id`, `unit_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_units_unit_idx` ON `document_units` (`unit_id`,`role`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`codes` text DEFAULT '[]' NOT NULL,
	`kind` text DEFAULT 'department' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_name_unique` ON `units` (`name`);--> statement-breakpoint
ALTER TABLE `users` ADD `unit_id` integer;--> statement-breakpoint
ALTER TABLE `tracking_items` ADD `responsible_unit_id` integer REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `dispositions` ADD `responsible_unit_id` integer REFERENCES units(id);
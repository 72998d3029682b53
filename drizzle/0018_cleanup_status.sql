CREATE TABLE `document_version_keys` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`title_key` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_version_keys_title_key_idx` ON `document_version_keys` (`title_key`);--> statement-breakpoint
ALTER TABLE `documents` ADD `cleanup_status` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `cleanup_detail` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `revised_by_id` integer REFERENCES documents(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `documents_cleanup_status_idx` ON `documents` (`cleanup_status`);--> statement-breakpoint
CREATE INDEX `documents_revised_by_idx` ON `documents` (`revised_by_id`);
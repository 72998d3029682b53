ALTER TABLE `documents` ADD `kind` text DEFAULT 'official' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `evidence` text DEFAULT '{}' NOT NULL;
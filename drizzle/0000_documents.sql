CREATE TABLE `document_contents` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`search_text` text NOT NULL,
	`html` text,
	`structure` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `document_files` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`title` text NOT NULL,
	`wrapper_title` text,
	`doc_number` text,
	`issuer` text,
	`issued_on` text,
	`effective_on` text,
	`expires_on` text,
	`doc_type` text,
	`provisional` text,
	`level` text,
	`article_count` integer DEFAULT 0 NOT NULL,
	`citations` text DEFAULT '[]' NOT NULL,
	`repeals` text DEFAULT '[]' NOT NULL,
	`extracted` text NOT NULL,
	`overrides` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_expires_on_idx` ON `documents` (`expires_on`);
CREATE TABLE `document_pages` (
	`document_id` integer NOT NULL,
	`page_number` integer NOT NULL,
	`image` blob NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`text` text NOT NULL,
	`confidence` real,
	PRIMARY KEY(`document_id`, `page_number`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_state` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_pages` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_pages_done` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_confidence` real;--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_error` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `text_corrected_at` integer;--> statement-breakpoint
CREATE INDEX `documents_ocr_state_idx` ON `documents` (`ocr_state`);
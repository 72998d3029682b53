-- The units typed as free text before the managed list existed (accounts, dispositions, tracked items)
-- become units, and every row gets its unit's id and full name, so nothing is lost on an existing database.
-- Names are grouped as src/units/units.models.ts matches them: a city prefix of two to four characters
-- before 市 is split off ("平凉市财政局" → 平凉 + 市财政局), 人民政府 counts as 政府, and a name without a
-- prefix ("市财政局") joins the group of the city itself (the prefix most names carry), else the one
-- prefixed group with the same rest. The longest prefixed name becomes the
-- unit's name, the prefix-less one its short name, the other spellings its aliases.
CREATE TEMP TABLE `unit_names` (
	`name` text PRIMARY KEY NOT NULL,
	`prefix` text,
	`rest` text NOT NULL,
	`group_prefix` text,
	`unit_id` integer
);
--> statement-breakpoint
INSERT OR IGNORE INTO `unit_names` (`name`, `prefix`, `rest`)
SELECT n,
	CASE WHEN instr(n, '市') BETWEEN 3 AND 5 AND length(n) > instr(n, '市') THEN substr(n, 1, instr(n, '市') - 1) END,
	replace(CASE WHEN instr(n, '市') BETWEEN 3 AND 5 AND length(n) > instr(n, '市') THEN substr(n, instr(n, '市')) ELSE n END, '人民政府', '政府')
FROM (
	SELECT replace(replace(trim(`unit`), ' ', ''), '　', '') AS n FROM `users`
	UNION SELECT replace(replace(trim(`responsible_unit`), ' ', ''), '　', '') FROM `dispositions`
	UNION SELECT replace(replace(trim(`responsible_unit`), ' ', ''), '　', '') FROM `tracking_items`
) WHERE n IS NOT NULL AND n <> '';
--> statement-breakpoint
UPDATE `unit_names` SET `group_prefix` = `prefix` WHERE `prefix` IS NOT NULL;
--> statement-breakpoint
UPDATE `unit_names` SET `group_prefix` = coalesce(
	(SELECT o.`prefix` FROM `unit_names` o WHERE o.`rest` = `unit_names`.`rest` AND o.`prefix` = (
		SELECT c.`prefix` FROM `unit_names` c WHERE c.`prefix` IS NOT NULL GROUP BY c.`prefix` ORDER BY count(*) DESC, c.`prefix` LIMIT 1)),
	(SELECT min(o.`prefix`) FROM `unit_names` o WHERE o.`prefix` IS NOT NULL AND o.`rest` = `unit_names`.`rest`
		HAVING count(DISTINCT o.`prefix`) = 1))
WHERE `prefix` IS NULL;
--> statement-breakpoint
INSERT INTO `units` (`name`, `short_name`, `aliases`, `codes`, `kind`, `active`, `sort_order`, `created_at`, `updated_at`)
SELECT canonical, short, '[]', '[]', 'department', 1, 0, strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000 FROM (
	SELECT
		(SELECT x.`name` FROM `unit_names` x WHERE coalesce(x.`group_prefix`, '') = g.gp AND x.`rest` = g.`rest`
			ORDER BY x.`prefix` IS NULL, length(x.`name`) DESC, x.`name` LIMIT 1) AS canonical,
		(SELECT x.`name` FROM `unit_names` x WHERE coalesce(x.`group_prefix`, '') = g.gp AND x.`rest` = g.`rest` AND x.`prefix` IS NULL AND g.gp <> ''
			ORDER BY length(x.`name`), x.`name` LIMIT 1) AS short
	FROM (SELECT DISTINCT coalesce(`group_prefix`, '') AS gp, `rest` FROM `unit_names`) g
) WHERE canonical NOT IN (SELECT `name` FROM `units`);
--> statement-breakpoint
UPDATE `unit_names` SET `unit_id` = (SELECT u.`id` FROM `units` u WHERE u.`name` = (
	SELECT x.`name` FROM `unit_names` x WHERE coalesce(x.`group_prefix`, '') = coalesce(`unit_names`.`group_prefix`, '') AND x.`rest` = `unit_names`.`rest`
	ORDER BY x.`prefix` IS NULL, length(x.`name`) DESC, x.`name` LIMIT 1));
--> statement-breakpoint
UPDATE `units` SET `aliases` = (SELECT json_group_array(x.`name`) FROM `unit_names` x WHERE x.`unit_id` = `units`.`id` AND x.`name` <> `units`.`name` AND x.`name` <> coalesce(`units`.`short_name`, ''))
WHERE EXISTS (SELECT 1 FROM `unit_names` x WHERE x.`unit_id` = `units`.`id` AND x.`name` <> `units`.`name` AND x.`name` <> coalesce(`units`.`short_name`, ''));
--> statement-breakpoint
UPDATE `units` SET `kind` = CASE
	WHEN `name` LIKE '%政府' THEN 'government'
	WHEN `name` LIKE '中共%' OR `name` LIKE '%市委%' OR `name` LIKE '%党委%' THEN 'party'
	WHEN `name` LIKE '%人大%' OR `name` LIKE '%人民代表大会%' THEN 'congress'
	ELSE 'department' END
WHERE `id` IN (SELECT `unit_id` FROM `unit_names`);
--> statement-breakpoint
UPDATE `users` SET
	`unit_id` = (SELECT n.`unit_id` FROM `unit_names` n WHERE n.`name` = replace(replace(trim(`users`.`unit`), ' ', ''), '　', '')),
	`unit` = coalesce((SELECT u.`name` FROM `unit_names` n JOIN `units` u ON u.`id` = n.`unit_id` WHERE n.`name` = replace(replace(trim(`users`.`unit`), ' ', ''), '　', '')), `unit`);
--> statement-breakpoint
UPDATE `dispositions` SET
	`responsible_unit_id` = (SELECT n.`unit_id` FROM `unit_names` n WHERE n.`name` = replace(replace(trim(`dispositions`.`responsible_unit`), ' ', ''), '　', '')),
	`responsible_unit` = (SELECT u.`name` FROM `unit_names` n JOIN `units` u ON u.`id` = n.`unit_id` WHERE n.`name` = replace(replace(trim(`dispositions`.`responsible_unit`), ' ', ''), '　', ''))
WHERE `responsible_unit` IS NOT NULL;
--> statement-breakpoint
UPDATE `tracking_items` SET
	`responsible_unit_id` = (SELECT n.`unit_id` FROM `unit_names` n WHERE n.`name` = replace(replace(trim(`tracking_items`.`responsible_unit`), ' ', ''), '　', '')),
	`responsible_unit` = (SELECT u.`name` FROM `unit_names` n JOIN `units` u ON u.`id` = n.`unit_id` WHERE n.`name` = replace(replace(trim(`tracking_items`.`responsible_unit`), ' ', ''), '　', ''))
WHERE `responsible_unit` IS NOT NULL;
--> statement-breakpoint
DROP TABLE `unit_names`;

-- The brief's eight institutions and six mechanisms, seeded on a new installation; they are data an
-- administrator may change.
INSERT INTO `tracking_items` (`kind`, `name`, `sort_order`) VALUES
  ('institution', '党委决策制度', 1),
  ('institution', '专家咨询制度', 2),
  ('institution', '群众评议制度', 3),
  ('institution', '目标责任管理制度', 4),
  ('institution', '督查落实制度', 5),
  ('institution', '监督问责制度', 6),
  ('institution', '民主权利保障制度', 7),
  ('institution', '领导班子和领导干部实绩考核评价制度', 8),
  ('mechanism', '经济社会发展科学评价机制', 9),
  ('mechanism', '产业发展引导机制', 10),
  ('mechanism', '财税分配机制', 11),
  ('mechanism', '资源配置机制', 12),
  ('mechanism', '环保约束机制', 13),
  ('mechanism', '市、县(区)党委领导班子运行机制', 14);
--> statement-breakpoint
-- The official vocabulary of clean-up grounds. `action` is what the checklist writes as 清理意见.
INSERT INTO `review_grounds` (`code`, `category`, `action`, `label`, `sort_order`) VALUES
  ('keep_valid', 'keep', '继续有效', '符合上位法规定，仍需继续执行', 1),
  ('improve_conflicts_higher_law', 'improve', '修改', '部分内容与上位法不一致', 10),
  ('improve_cites_invalid', 'improve', '修改', '引用的文件已废止、失效或修改', 11),
  ('improve_outdated', 'improve', '修改', '部分内容不适应形势发展', 12),
  ('improve_provisional', 'improve', '修改', '暂行、试行期限过长，需修订转正', 13),
  ('improve_merge', 'improve', '修改', '与其他文件内容重复，需合并', 14),
  ('abolish_superseded', 'abolish', '废止', '已被新文件替代', 20),
  ('abolish_conflicts_higher_law', 'abolish', '废止', '与上位法不一致', 21),
  ('abolish_duplicate', 'abolish', '废止', '内容重复', 22),
  ('abolish_repealed', 'abolish', '宣布失效', '已被其他文件明令废止', 23),
  ('abolish_expired', 'abolish', '宣布失效', '适用期已过', 24),
  ('abolish_object_gone', 'abolish', '宣布失效', '调整对象已消失', 25),
  ('abolish_outdated', 'abolish', '宣布失效', '不适应形势发展', 26),
  ('create_gap', 'create', '新建', '缺少相应制度，需新建', 30);
--> statement-breakpoint
CREATE TRIGGER `disposition_history_no_update` BEFORE UPDATE ON `disposition_history`
BEGIN SELECT RAISE(ABORT, 'disposition_history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `disposition_history_no_delete` BEFORE DELETE ON `disposition_history`
BEGIN SELECT RAISE(ABORT, 'disposition_history is append-only'); END;

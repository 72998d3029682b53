import { parseArgs } from 'node:util';
import { createAuditRepository } from '../auth/audit.repository.js';
import type { AppDatabase } from '../db/database.js';
import { createUnitsRepository } from './units.repository.js';
import { recomputeDocumentUnits } from './units.usecases.js';

export const UNITS_USAGE = `  units list [--json]                      单位列表（全称、简称、机关代字、牵头文件数）
  units recompute [--include-manual]       按当前单位列表重新匹配全部文件的责任单位（默认保留手工指定的）`;

/** `zhidu units …`: the managed unit list, and the documents' responsible units proposed again after it changed. */
export function runUnitsCommand(args: string[], db: AppDatabase): number {
  const [subcommand, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false }, 'include-manual': { type: 'boolean', default: false } } });
  const unitsRepository = createUnitsRepository({ db });
  if (subcommand === 'list') {
    const led = unitsRepository.countLedDocuments();
    for (const unit of unitsRepository.list()) {
      const ledDocuments = led.get(unit.id) ?? 0;
      console.log(values.json
        ? JSON.stringify({ id: unit.id, name: unit.name, shortName: unit.shortName, aliases: unit.aliases, codes: unit.codes, kind: unit.kind, active: unit.active, ledDocuments })
        : [unit.id, unit.name, unit.shortName ?? '', unit.codes.join('、'), unit.active ? '在用' : '已停用', `牵头文件 ${ledDocuments}`].join('\t'));
    }
    return 0;
  }
  if (subcommand === 'recompute') {
    const summary = recomputeDocumentUnits({
      db, includeManual: values['include-manual'], actor: null, origin: { ip: 'cli', userAgent: 'zhidu cli' }, auditRepository: createAuditRepository({ db }),
    });
    console.log(values.json ? JSON.stringify(summary)
      : `已重新匹配 ${summary.documents} 件文件：${summary.withUnit} 件有责任单位，${summary.withoutUnit} 件未匹配，${summary.keptManual} 件为手工指定（保持不变）`);
    return 0;
  }
  console.error(`用法：\n${UNITS_USAGE}`);
  return 2;
}

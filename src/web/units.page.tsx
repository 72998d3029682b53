import type { toPublicUnit } from '../units/units.routes.js';
import { UNIT_KINDS, type UnitKind } from '../units/units.table.js';
import { Layout, type Viewer } from './layout.js';

type Unit = ReturnType<typeof toPublicUnit>;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  party: '党委及工作部门',
  congress: '人大',
  government: '政府',
  department: '政府工作部门',
  other: '其他单位',
};

const joined = (values: string[]) => values.join('、');

/** The administrator's list of the city's units: add, rename, give short names, aliases and 机关代字, deactivate. */
export function UnitsPage({ units, viewer, documentsWithoutUnit }: { units: Unit[]; viewer: Viewer; documentsWithoutUnit: number }) {
  const kindOptions = (selected: UnitKind) => UNIT_KINDS.map((kind) => <option value={kind} selected={kind === selected}>{UNIT_KIND_LABELS[kind]}</option>);
  const active = units.filter((unit) => unit.active).length;
  return (
    <Layout title="单位管理" active="/admin/units" viewer={viewer} scripts={['units.js']}>
      <h1>单位管理 <small>共 {units.length} 个单位，{active} 个在用</small></h1>
      <p class="muted">账号、清理意见和八项制度·六项机制的责任单位都从这里选择；文件的责任单位按发文机关和文号的机关代字（如 平政办发）与本表匹配。
        多个写法（平凉市财政局、市财政局）请写作同一单位的简称或别名。</p>
      <section class="card">
        <h2>新增单位</h2>
        <form id="new-unit-form" class="inline-form">
          <input name="name" placeholder="全称，如 平凉市财政局" required aria-label="单位全称" maxlength={60} />
          <input name="shortName" placeholder="简称，如 市财政局" aria-label="简称" maxlength={30} />
          <input name="aliases" placeholder="别名，用、分隔" aria-label="别名" />
          <input name="codes" placeholder="机关代字，如 平财发" aria-label="机关代字" />
          <select name="kind" aria-label="类别">{kindOptions('department')}</select>
          <input name="sortOrder" type="number" min="0" value="0" class="year" aria-label="排序" />
          <button type="submit">新增</button>
        </form>
        <p class="form-message" role="status" aria-live="polite"></p>
      </section>
      <section class="card">
        <h2>文件责任单位</h2>
        <p>单位或机关代字改动后，可按新的单位表重新匹配全部文件的责任单位（法制人员手工指定的保持不变）。
          {documentsWithoutUnit > 0 && <> 目前有 <a href="/documents?unit=none">{documentsWithoutUnit} 件文件</a>未匹配到责任单位。</>}</p>
        <button type="button" id="recompute-units" class="secondary">重新匹配文件责任单位</button>
        <span class="form-message" id="recompute-message" role="status" aria-live="polite"></span>
      </section>
      <table class="units card-table">
        <thead><tr><th>全称</th><th>简称</th><th>别名</th><th>机关代字</th><th>类别</th><th>排序</th><th>牵头文件</th><th>状态</th><th>操作</th></tr></thead>
        <tbody>
          {units.map((unit) => (
            <tr data-unit-id={String(unit.id)} class={unit.active ? '' : 'muted'}>
              <td data-label="全称"><input name="name" value={unit.name} aria-label="单位全称" maxlength={60} required /></td>
              <td data-label="简称"><input name="shortName" value={unit.shortName ?? ''} aria-label={`${unit.name} 的简称`} maxlength={30} /></td>
              <td data-label="别名"><input name="aliases" value={joined(unit.aliases)} aria-label={`${unit.name} 的别名`} /></td>
              <td data-label="机关代字"><input name="codes" value={joined(unit.codes)} aria-label={`${unit.name} 的机关代字`} /></td>
              <td data-label="类别"><select name="kind" aria-label={`${unit.name} 的类别`}>{kindOptions(unit.kind)}</select></td>
              <td data-label="排序"><input name="sortOrder" type="number" min="0" value={String(unit.sortOrder)} class="year" aria-label={`${unit.name} 的排序`} /></td>
              <td data-label="牵头文件">{unit.ledDocuments ? <a href={`/documents?unit=${unit.id}`}>{unit.ledDocuments}</a> : 0}</td>
              <td data-label="状态">{unit.active ? '在用' : '已停用'}</td>
              <td class="actions" data-label="操作">
                <button type="button" class="link" data-action="save">保存</button>
                <button type="button" class="link" data-action={unit.active ? 'deactivate' : 'activate'}>{unit.active ? '停用' : '启用'}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

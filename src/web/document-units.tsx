import type { DocumentUnitsView } from '../units/units.usecases.js';
import type { DocumentUnitSource, UnitRow } from '../units/units.table.js';

const SOURCE_LABELS: Record<DocumentUnitSource, string> = {
  doc_number: '按文号的机关代字匹配',
  issuer: '按发文机关匹配',
  manual: '法制人员指定',
};

/**
 * A document's responsible units (谁制定、谁清理): the lead and the others of a joint document, how they were
 * found, and for the legal office (`units` given) a form to set them from the managed list.
 */
export function DocumentUnitsPanel({ documentId, view, units }: { documentId: number; view: DocumentUnitsView; units: UnitRow[] | null }) {
  const chosen = new Set(view.others.map((unit) => unit.id));
  // Units already named stay selectable even when deactivated since.
  const offered = (units ?? []).filter((unit) => unit.active || unit.id === view.lead?.id || chosen.has(unit.id));
  return (
    <section class="document-units" aria-labelledby="document-units-heading">
      <h2 id="document-units-heading">责任单位</h2>
      <p id="document-units-summary">
        {view.lead ? <a href={`/documents?unit=${view.lead.id}`}>{view.lead.name}</a> : '未明确'}
        {view.others.length > 0 && <>（联合发文：{view.others.map((unit, index) => <>{index > 0 && '、'}<a href={`/documents?unit=${unit.id}`}>{unit.name}</a></>)}）</>}
        {view.source && <> <small class="evidence">{SOURCE_LABELS[view.source]}</small></>}
      </p>
      {units && (
        <form id="document-units-form" data-document-id={String(documentId)} class="units-form">
          <label><span>牵头单位</span>
            <select name="leadUnitId">
              <option value="">未明确</option>
              {offered.map((unit) => <option value={String(unit.id)} selected={unit.id === view.lead?.id}>{unit.name}</option>)}
            </select>
          </label>
          <label><span>联合发文的其他单位（可多选）</span>
            <select name="otherUnitIds" multiple size={4}>
              {offered.map((unit) => <option value={String(unit.id)} selected={chosen.has(unit.id)}>{unit.name}</option>)}
            </select>
          </label>
          <div class="form-actions"><button type="submit" class="secondary">保存责任单位</button><span class="form-message" role="status" aria-live="polite"></span></div>
        </form>
      )}
    </section>
  );
}

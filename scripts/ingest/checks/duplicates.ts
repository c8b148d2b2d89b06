// Two final-accounts documents for one department-year (a report and its corrected or
// altered re-publication): every figure they both state and state differently is a failed
// check naming both values, both files and where each was read.
import { agreement, sum } from '../../../src/lib/money.ts';
import type { Check, DepartmentYear, SourceRef } from '../../../src/lib/schema.ts';
import { fieldLabel, wan } from '../wording.ts';

interface Figure { value: number; label: string; source?: SourceRef }

/** `documents[0]` is the one read; the others are compared with it. */
export function duplicateChecks(documents: { file: string; entry: DepartmentYear }[]): Check[] {
  const [read, ...others] = documents;
  const published = figures(read.entry);
  const checks: Check[] = [];
  for (const other of others) {
    const stated = figures(other.entry);
    let agreeing = 0;
    let disagreeing = 0;
    for (const [field, a] of published) {
      const b = stated.get(field);
      if (!b) continue;
      if (agreement(a.value, b.value, 1) !== 'fail') {
        agreeing++;
        continue;
      }
      disagreeing++;
      const difference = sum([a.value, -b.value]).abs().toNumber();
      checks.push({
        id: 'sources.disagree', status: 'fail', kind: 'sources', field,
        message: `${a.label}：${read.file} 为 ${wan(a.value)}，${other.file} 为 ${wan(b.value)}，两者相差 ${wan(difference)}，超出尾数误差允许范围（0.01 万元）；采用 ${read.file} 的数字`,
        values: [
          { label: `${a.label}（${read.file}）`, value: a.value, ...(a.source ? { source: a.source } : {}) },
          { label: `${b.label}（${other.file}）`, value: b.value, ...(b.source ? { source: b.source } : {}) },
        ],
        difference,
        tolerance: 0.01,
        ...(a.source ? { source: a.source } : {}),
      });
    }
    if (agreeing > 0 && disagreeing === 0) {
      checks.push({ id: 'sources.disagree', status: 'pass', kind: 'sources', message: `${read.file} 与 ${other.file} 共同列出的 ${agreeing} 个数字全部相符` });
    }
  }
  return checks;
}

/** Every figure of an entry by its dotted field path. */
function figures(entry: DepartmentYear): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const put = (field: string, value: number | undefined, source?: SourceRef, name?: string) => {
    if (value !== undefined) out.set(field, { value, label: fieldLabel(field, name), ...(source ? { source } : {}) });
  };
  for (const [key, value] of Object.entries(entry.summary ?? {})) put(`summary.${key}`, value);
  for (const row of entry.expenditureByFunction ?? []) {
    for (const key of ['total', 'basic', 'project'] as const) put(`expenditureByFunction.${row.code}.${key}`, row[key], row.source, row.name);
  }
  const economic = entry.basicByEconomic;
  put('basicByEconomic.personnelTotal', economic?.personnelTotal);
  put('basicByEconomic.publicTotal', economic?.publicTotal);
  for (const row of economic?.rows ?? []) put(`basicByEconomic.${row.code}`, row.amount, row.source, row.name);
  for (const side of ['budget', 'actual'] as const) {
    for (const [key, value] of Object.entries(entry.threePublic?.[side] ?? {})) put(`threePublic.${side}.${key}`, value);
  }
  for (const item of entry.budgetExecution ?? []) {
    if (!item.code) continue;
    put(`budgetExecution.${item.code}.budget`, item.budget, item.source, item.path.at(-1));
    put(`budgetExecution.${item.code}.actual`, item.actual, item.source, item.path.at(-1));
  }
  put('operatingCosts', entry.operatingCosts);
  for (const [key, value] of Object.entries(entry.procurement ?? {})) put(`procurement.${key}`, value);
  return out;
}

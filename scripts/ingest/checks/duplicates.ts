// Two final-accounts documents for one department-year (a report and its corrected or
// altered re-publication): every figure they both state and state differently is a failed
// check naming both values, both files and where each was read.
import { agreement, formatWan, sum } from '../../../src/lib/money.ts';
import type { Check, DepartmentYear, SourceRef } from '../../../src/lib/schema.ts';

interface Figure { value: number; source?: SourceRef }

/** `documents[0]` is the one read; the others are compared with it. */
export function duplicateChecks(documents: { file: string; entry: DepartmentYear }[]): Check[] {
  const [read, ...others] = documents;
  const published = figures(read.entry);
  const checks: Check[] = [];
  for (const other of others) {
    const stated = figures(other.entry);
    let agreeing = 0;
    for (const [field, a] of published) {
      const b = stated.get(field);
      if (!b) continue;
      if (agreement(a.value, b.value, 1) !== 'fail') {
        agreeing++;
        continue;
      }
      const difference = sum([a.value, -b.value]).abs().toNumber();
      checks.push({
        id: 'sources.disagree', status: 'fail', kind: 'sources', field,
        message: `${field}: ${read.file} states ${formatWan(a.value)}, ${other.file} states ${formatWan(b.value)} (difference ${formatWan(difference)}); the figures of ${read.file} are published`,
        values: [
          { label: read.file, value: a.value, ...(a.source ? { source: a.source } : {}) },
          { label: other.file, value: b.value, ...(b.source ? { source: b.source } : {}) },
        ],
        difference,
        ...(a.source ? { source: a.source } : {}),
      });
    }
    if (agreeing > 0 && !checks.some((c) => c.values?.[1]?.label === other.file)) {
      checks.push({ id: 'sources.disagree', status: 'pass', kind: 'sources', message: `${read.file} and ${other.file} agree on all ${agreeing} figures they both state` });
    }
  }
  return checks;
}

/** Every figure of an entry by its dotted field path. */
function figures(entry: DepartmentYear): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const put = (field: string, value: number | undefined, source?: SourceRef) => {
    if (value !== undefined) out.set(field, { value, ...(source ? { source } : {}) });
  };
  for (const [key, value] of Object.entries(entry.summary ?? {})) put(`summary.${key}`, value);
  for (const row of entry.expenditureByFunction ?? []) {
    for (const key of ['total', 'basic', 'project'] as const) put(`expenditureByFunction.${row.code}.${key}`, row[key], row.source);
  }
  const economic = entry.basicByEconomic;
  put('basicByEconomic.personnelTotal', economic?.personnelTotal);
  put('basicByEconomic.publicTotal', economic?.publicTotal);
  for (const row of economic?.rows ?? []) put(`basicByEconomic.${row.code}`, row.amount, row.source);
  for (const side of ['budget', 'actual'] as const) {
    for (const [key, value] of Object.entries(entry.threePublic?.[side] ?? {})) put(`threePublic.${side}.${key}`, value);
  }
  for (const item of entry.budgetExecution ?? []) {
    if (!item.code) continue;
    put(`budgetExecution.${item.code}.budget`, item.budget, item.source);
    put(`budgetExecution.${item.code}.actual`, item.actual, item.source);
  }
  put('operatingCosts', entry.operatingCosts);
  for (const [key, value] of Object.entries(entry.procurement ?? {})) put(`procurement.${key}`, value);
  return out;
}

// Compare one truth entry with what the ingest published for that department-year:
// every stated figure is one field; a field matches when the published value is equal
// (numbers exactly, paths as joined strings). Rows are matched by code.
import type { TruthEntry } from './truth.ts';

export interface FieldMismatch {
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface Tally {
  fields: number;
  matched: number;
}

export interface Comparison extends Tally {
  mismatches: FieldMismatch[];
  /** Fields and matches by category: the field's first part (summary, expenditureByFunction, threePublic …). */
  categories: Record<string, Tally>;
}

export function categoryOf(field: string): string {
  const dot = field.indexOf('.');
  return dot < 0 ? field : field.slice(0, dot);
}

type Published = Record<string, any>;

function flatten(entry: TruthEntry | Published): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const put = (field: string, value: unknown) => {
    if (value !== undefined && value !== null) out.set(field, Array.isArray(value) ? value.join('/') : value);
  };
  put('department.name', entry.department?.name);
  put('year', entry.year);
  for (const [k, v] of Object.entries(entry.summary ?? {})) put(`summary.${k}`, v);
  for (const r of entry.expenditureByFunction ?? []) {
    for (const k of ['name', 'level', 'total', 'basic', 'project']) put(`expenditureByFunction.${r.code}.${k}`, r[k]);
  }
  const e = entry.basicByEconomic;
  if (e) {
    put('basicByEconomic.personnelTotal', e.personnelTotal);
    put('basicByEconomic.publicTotal', e.publicTotal);
    for (const r of e.rows ?? []) for (const k of ['name', 'level', 'amount']) put(`basicByEconomic.${r.code}.${k}`, r[k]);
  }
  for (const side of ['budget', 'actual']) {
    for (const [k, v] of Object.entries(entry.threePublic?.[side as 'budget'] ?? {})) put(`threePublic.${side}.${k}`, v);
  }
  for (const item of entry.budgetExecution ?? []) {
    for (const k of ['path', 'budget', 'actual', 'reason']) put(`budgetExecution.${item.code}.${k}`, item[k]);
  }
  put('operatingCosts', entry.operatingCosts);
  for (const [k, v] of Object.entries(entry.procurement ?? {})) put(`procurement.${k}`, v);
  put('performance.score', entry.performance?.score);
  put('performance.grade', entry.performance?.grade);
  return out;
}

/** Every field the truth states, checked against the published entry (absent counts as a miss). */
export function compareTruth(expected: TruthEntry, published: Published | undefined): Comparison {
  const want = flatten(expected);
  const have = published ? flatten(published) : new Map<string, unknown>();
  const mismatches: FieldMismatch[] = [];
  const categories: Record<string, Tally> = {};
  for (const [field, value] of want) {
    const tally = (categories[categoryOf(field)] ??= { fields: 0, matched: 0 });
    tally.fields++;
    if (have.get(field) === value) tally.matched++;
    else mismatches.push({ field, expected: value, actual: have.get(field) });
  }
  return { fields: want.size, matched: want.size - mismatches.length, mismatches, categories };
}

// 收入支出决算总表: the totals (summary) and the income side (income), each amount read from
// the amount column of the panel its label sits in; basic/project from the 支出决算表 合计 row.
import type { DepartmentYear, Summary, Table } from '../../../src/lib/schema.ts';
import { normaliseName } from './coded-row.ts';
import { entries, mainAmount, totalEntry } from './table-rows.ts';

const LABELS: [RegExp, keyof Summary][] = [
  [/^本年收入合计$/, 'incomeTotal'],
  [/^本年支出合计$/, 'expenditureTotal'],
  [/^年初结转(和|与)结余$/, 'openingBalance'],
  [/^年末结转(和|与)结余$/, 'closingBalance'],
  [/^(收入|收、支|收支)?总计$/, 'grandTotal'],
];

export function readSummary(t01: Table | undefined, t03: Table | undefined): Summary | undefined {
  const summary: Summary = {};
  for (const entry of t01 ? entries(t01).flat() : []) {
    const field = LABELS.find(([pattern]) => pattern.test(entry.label))?.[1];
    if (!field || summary[field] !== undefined) continue;
    const value = mainAmount(entry);
    if (value !== undefined) summary[field] = value;
  }
  const total = t03 ? totalEntry(t03) : undefined;
  if (total?.amounts.basic !== undefined) summary.basicExpenditure = total.amounts.basic;
  if (total?.amounts.project !== undefined) summary.projectExpenditure = total.amounts.project;
  return Object.keys(summary).length ? summary : undefined;
}

/** Income sources: the named rows of the income side above 本年收入合计, each with its amount. */
export function readIncome(t01: Table | undefined): DepartmentYear['income'] {
  const income: NonNullable<DepartmentYear['income']> = [];
  for (const row of t01 ? entries(t01) : []) {
    const entry = row.find((e) => e.panel === 0);
    if (!entry || entry.label === '') continue;
    if (/^本年收入合计$/.test(entry.label)) break;
    const amount = mainAmount(entry);
    if (amount === undefined) continue;
    const name = normaliseName(entry.name).replace(/^[一二三四五六七八九十]+、/, '');
    income.push({ name, amount, source: entry.source });
  }
  return income.length ? income : undefined;
}

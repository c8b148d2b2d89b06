// Real published reports (../shared/real, read from there, never copied): the PDF as the
// department published it must reproduce every figure of its hand-read truth; its
// pdftotext -layout conversion nearly all; the blank national template is never published.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import type { DepartmentYear } from '../../src/lib/schema.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';

const REAL = '../shared/real';
const available = existsSync(`${REAL}/truth.json`);
if (!available) console.warn(`${REAL} is missing: the real-report goldens are skipped`);

interface Truth {
  department: { name: string };
  year: number;
  summary: Record<string, number>;
  expenditureByFunction: { code: string; total: number; basic?: number; project?: number }[];
  basicByEconomic: { personnelTotal: number; publicTotal: number; rows: { code: string; amount: number }[] };
  threePublic: Record<'budget' | 'actual', Record<string, number>>;
  budgetExecution: { code: string; budget: number; actual: number }[];
  operatingCosts: number;
  procurement: { total: number };
}

/** Every figure of the truth as [what, expected, found]. */
function facts(truth: Truth, entry: DepartmentYear): [string, number, number | undefined][] {
  const out: [string, number, number | undefined][] = [];
  for (const [key, value] of Object.entries(truth.summary)) out.push([`summary.${key}`, value, entry.summary?.[key as keyof typeof entry.summary]]);
  for (const row of truth.expenditureByFunction) {
    const found = entry.expenditureByFunction?.find((r) => r.code === row.code);
    for (const key of ['total', 'basic', 'project'] as const) if (row[key] !== undefined) out.push([`function ${row.code}.${key}`, row[key]!, found?.[key]]);
  }
  const e = truth.basicByEconomic;
  out.push(['personnelTotal', e.personnelTotal, entry.basicByEconomic?.personnelTotal], ['publicTotal', e.publicTotal, entry.basicByEconomic?.publicTotal]);
  for (const row of e.rows) out.push([`economic ${row.code}`, row.amount, entry.basicByEconomic?.rows.find((r) => r.code === row.code)?.amount]);
  for (const side of ['budget', 'actual'] as const) {
    for (const [key, value] of Object.entries(truth.threePublic[side])) out.push([`threePublic.${side}.${key}`, value, entry.threePublic?.[side]?.[key as 'total']]);
  }
  for (const item of truth.budgetExecution) {
    const found = entry.budgetExecution?.find((i) => i.code === item.code);
    out.push([`budgetExecution ${item.code}.budget`, item.budget, found?.budget], [`budgetExecution ${item.code}.actual`, item.actual, found?.actual]);
  }
  out.push(['operatingCosts', truth.operatingCosts, entry.operatingCosts], ['procurement.total', truth.procurement.total, entry.procurement?.total]);
  return out;
}

describe.skipIf(!available)('real reports in ../shared/real', async () => {
  const truth = available ? JSON.parse(readFileSync(`${REAL}/truth.json`, 'utf8')).files : {};
  const read = (name: string) => new Uint8Array(readFileSync(`${REAL}/${name}`));
  const pdf = memoryEffects({ 'seeds/putuo_guihua_2024.pdf': read('putuo_guihua_2024.pdf'), 'seeds/template_2024.pdf': read('template_2024.pdf') });
  const txt = memoryEffects({ 'seeds/putuo_guihua_2024.txt': read('putuo_guihua_2024.txt'), 'seeds/template_2024.txt': read('template_2024.txt') });
  const fromPdf = available ? await runIngest(pdf.effects) : undefined;
  const fromTxt = available ? await runIngest(txt.effects) : undefined;
  const entryOf = (result: typeof fromPdf) => result!.entries.find((e) => e.department.name === '上海市普陀区规划和自然资源局')!;

  it('the PDF: every figure of the hand-read truth, exact', () => {
    const got = facts(truth['putuo_guihua_2024.pdf'], entryOf(fromPdf));
    expect(got.length).toBe(187 - 1); // the truth's 187 facts less the record itself
    expect(got.filter(([, expected, found]) => found !== expected)).toEqual([]);
  });

  it('the PDF: sources cite their page, and the report is read as 30 pages', () => {
    const entry = entryOf(fromPdf);
    expect(entry.sources).toEqual([expect.objectContaining({ file: 'seeds/putuo_guihua_2024.pdf', format: 'pdf', pages: 30, documentType: 'final-accounts' })]);
    expect(entry.expenditureByFunction?.find((r) => r.code === '2200150')?.source).toMatchObject({ page: 11 });
    expect(entry.basicByEconomic?.rows.find((r) => r.code === '31002')?.source).toMatchObject({ page: 16 });
    expect(entry.budgetExecution?.find((i) => i.code === '2120201')?.source).toMatchObject({ page: 23 });
  });

  it('the PDF: tables are identified by title, with their kind and column roles', () => {
    const tables = entryOf(fromPdf).tables!;
    expect(tables.map((t) => t.kind)).toEqual(['summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudget', 'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital', 'other']);
    // the 部门决算单位构成 list on page 6 is published too
    expect(tables.at(-1)!.rows[0].cells).toEqual(['序号', '单位名称', '备注']);
    expect(tables.every((t) => t.ruled === true)).toBe(true);
    const expenditure = tables.find((t) => t.kind === 'expenditure')!;
    expect(expenditure.columnRoles).toEqual(['code', 'name', 'amount:total', 'amount:basic', 'amount:project', 'amount:remitUpper', 'amount:operatingSpending', 'amount:subsidiaryGrant']);
    // continued over pages 10 and 11: one table, its rows in order
    expect(expenditure.rows.length).toBe(25);
    expect(new Set(expenditure.rows.map((r) => r.source.page))).toEqual(new Set([10, 11]));
  });

  it('the PDF: the two function tables stay two sets of figures', () => {
    const entry = entryOf(fromPdf);
    expect(entry.expenditureByFunction?.find((r) => r.code === '2120101')?.total).toBe(1105.68);
    const general = entry.tables!.find((t) => t.kind === 'generalBudget')!;
    expect(general.rows.find((r) => r.cells[0] === '2120101')?.cells.slice(2)).toEqual([1092.8, 1084.02, 8.77]);
    // the narrative splits the all-funds 基本支出 5,377.64: its 人员经费 4,896.98 is not the table's 4,884.09
    expect(entry.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(entry.checks.find((c) => c.id === 'narrative.basicByEconomic.basis')?.values?.map((v) => v.value)).toEqual([5377.64, 5364.75]);
    // the narrative's 结构 amounts are checked against the 一般公共预算 table: 卫生健康 236.63 vs 236.64 is rounding
    expect(entry.checks.filter((c) => c.id === 'narrative.classes').map((c) => c.status)).toEqual(['rounding']);
  });

  it('the pdftotext -layout conversion: every figure too, read from character columns page by page', () => {
    const entry = entryOf(fromTxt);
    expect(entry.sources).toEqual([expect.objectContaining({ file: 'seeds/putuo_guihua_2024.txt', format: 'layout-text' })]);
    // no rules in text: every table read by alignment, and so marked
    expect(entry.tables!.filter((t) => t.kind !== 'other').every((t) => t.ruled === false)).toBe(true);
    const got = facts(truth['putuo_guihua_2024.txt'], entry);
    expect(got.filter(([, expected, found]) => found !== expected)).toEqual([]);
    // form feeds give pages: the 基本支出 table is on page 16 of the PDF it was converted from
    expect(entry.basicByEconomic?.rows.find((r) => r.code === '30207')?.source).toEqual({ file: 'seeds/putuo_guihua_2024.txt', line: 475, page: 16 });
  });

  it('the template is reported, not published', () => {
    for (const result of [fromPdf!, fromTxt!]) {
      const template = result.report.files.find((f) => f.file.includes('template'))!;
      expect(template.status).toBe('error');
      expect(template.messages[0].code).toBe('template-not-report');
      expect(result.entries.some((e) => e.sources.some((s) => s.file.includes('template')))).toBe(false);
    }
  });
});

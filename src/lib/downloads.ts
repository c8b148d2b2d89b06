// The files on /data/: per-department JSON, the bulk JSON, the expenditure CSV, the JSON Schema.
// Everything is sorted (slug, year, code) so two builds from the same content are byte-identical.
import Decimal from 'decimal.js';
import { z } from 'astro/zod';
import { SCHEMA_VERSION, departmentYear, type DepartmentDownload, type DepartmentYear } from './schema.ts';
import { entriesOf, sortEntries } from './department-index.ts';
import { neutraliseFormula, toCsvWithBom } from './csv.ts';

export function departmentDownloadOf(entries: readonly DepartmentYear[], slug: string): DepartmentDownload | undefined {
  const years = entriesOf(entries, slug);
  if (!years.length) return undefined;
  return { schemaVersion: SCHEMA_VERSION, department: years[years.length - 1].department, years };
}

export interface BulkDownload {
  schemaVersion: number;
  departments: DepartmentDownload[];
}

export function bulkDownload(entries: readonly DepartmentYear[]): BulkDownload {
  const slugs = [...new Set(sortEntries(entries).map((e) => e.department.slug))];
  return { schemaVersion: SCHEMA_VERSION, departments: slugs.map((slug) => departmentDownloadOf(entries, slug)!) };
}

/** Columns of /data/expenditure.csv, in order, with what each holds (also shown on /data/). */
export const EXPENDITURE_COLUMNS = [
  { key: '部门', doc: '部门名称（department.name）' },
  { key: '部门标识', doc: '部门的 ASCII 标识，用于网址和文件名（department.slug）' },
  { key: '地区', doc: '市、区县，以“/”分隔（department.region）' },
  { key: '年度', doc: '决算所属财政年度（year）' },
  { key: '科目编码', doc: '支出功能分类科目编码：类 3 位、款 5 位、项 7 位（code）' },
  { key: '科目名称', doc: '科目名称，按报告原文（name）' },
  { key: '级次', doc: '类、款或项（level）' },
  { key: '本年支出合计', doc: '万元，两位小数（total）' },
  { key: '基本支出', doc: '万元；报告未列时为空（basic）' },
  { key: '项目支出', doc: '万元；报告未列时为空（project）' },
  { key: '来源文件', doc: '读取该行的报告文件（source.file）' },
  { key: '来源行', doc: '报告中的行号，从 1 起；PDF 报告为读取时文字版的行号（source.line）' },
  { key: '来源页', doc: 'PDF 报告中该行所在的页码，从 1 起；文本报告为空（source.page）' },
] as const;

type CsvRow = Record<(typeof EXPENDITURE_COLUMNS)[number]['key'], string>;

const money = (v: number | undefined) => (v === undefined ? '' : new Decimal(v).toFixed(2));

/** One row per published 类/款/项 expenditure row of every department-year. */
export function expenditureRows(entries: readonly DepartmentYear[]): CsvRow[] {
  return sortEntries(entries).flatMap((e) =>
    [...(e.expenditureByFunction ?? [])]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((r) => ({
        部门: neutraliseFormula(e.department.name),
        部门标识: e.department.slug,
        地区: neutraliseFormula((e.department.region ?? []).join('/')),
        年度: String(e.year),
        科目编码: r.code,
        科目名称: neutraliseFormula(r.name),
        级次: r.level,
        本年支出合计: money(r.total),
        基本支出: money(r.basic),
        项目支出: money(r.project),
        来源文件: neutraliseFormula(r.source?.file ?? ''),
        来源行: r.source ? String(r.source.line) : '',
        来源页: r.source?.page !== undefined ? String(r.source.page) : '',
      })),
  );
}

export function expenditureCsv(entries: readonly DepartmentYear[]): string {
  return toCsvWithBom(expenditureRows(entries), EXPENDITURE_COLUMNS.map((c) => c.key));
}

/** JSON Schema (draft 2020-12) of one department-year, generated from the zod contract. */
export function departmentYearJsonSchema(siteUrl: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(departmentYear) as Record<string, unknown>;
  return {
    $schema,
    $id: new URL('data/schema.json', siteUrl).href,
    title: '部门决算 · 一个部门一个年度（department-year）',
    description: 'One department-year of the portal, as published in /data/departments/<slug>.json under "years". Amounts in 万元.',
    ...rest,
  };
}


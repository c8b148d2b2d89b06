// The CSV downloads: one table per kind of figure (功能分类, 经济分类, 三公, 预算执行, 收入),
// each column with its type, unit and meaning. The same definitions make the files, describe
// them in datapackage.json (Frictionless Data Package) and list them on /data/. Rows hold
// amounts as the reports print them (万元, two decimals); a code is text; every row names the
// report, line and page it was read from. Columns are only ever added, at the end.
import { neutraliseFormula } from './csv.ts';
import { formatFixed } from './money.ts';
import { threePublicSource } from './figure-source.ts';
import type { DepartmentYear, SourceRef } from './schema.ts';
import { plainValue, REGION_COLUMNS } from './region-columns.ts';
import type { RegionTable } from './region-table.ts';

export type FieldType = 'string' | 'integer' | 'number';

export interface Column {
  /** The header: 本年支出合计. Amounts carry their unit in `unit` and the description. */
  name: string;
  type: FieldType;
  /** In Chinese, for readers of /data/; the JSON field goes in `field`. */
  description: string;
  /** The JSON field the column holds (department.name, code): shown as code on /data/, in brackets in datapackage.json. */
  field?: string;
  unit?: '万元' | '%' | '人' | '万元/人';
}

export type Row = Record<string, string>;

export interface DownloadTable {
  /** File-name part: <year>-function.csv, and the resource name in datapackage.json. */
  kind: 'function' | 'economic' | 'three-public' | 'budget-execution' | 'income' | 'quality';
  title: string;
  description: string;
  columns: readonly Column[];
  rows(entry: DepartmentYear): Row[];
}

const money = (value: number | undefined) => (value === undefined ? '' : formatFixed(value, 2));
const text = (value: string | undefined) => neutraliseFormula(value ?? '');

export const KEY_COLUMNS: readonly Column[] = [
  { name: '部门', type: 'string', description: '部门名称', field: 'department.name' },
  { name: '部门标识', type: 'string', description: '部门标识（小写英文字母、数字和连字符），用于网址和文件名', field: 'department.slug' },
  { name: '地区', type: 'string', description: '市、区县，以“/”分隔', field: 'department.region' },
  { name: '年度', type: 'integer', description: '决算所属财政年度', field: 'year' },
];

const SOURCE_COLUMNS: readonly Column[] = [
  { name: '来源文件', type: 'string', description: '读出该数字的报告文件', field: 'source.file' },
  { name: '来源行', type: 'integer', description: '报告中的行号，从 1 起；PDF 报告为读取时文字版的行号', field: 'source.line' },
  { name: '来源页', type: 'integer', description: 'PDF 报告中的页码，从 1 起；文本报告为空', field: 'source.page' },
];

export function keyCells(entry: DepartmentYear): Row {
  return { 部门: text(entry.department.name), 部门标识: entry.department.slug, 地区: text((entry.department.region ?? []).join('/')), 年度: String(entry.year) };
}

function sourceCells(source: SourceRef | undefined): Row {
  return { 来源文件: text(source?.file), 来源行: source ? String(source.line) : '', 来源页: source?.page !== undefined ? String(source.page) : '' };
}

const byCode = <T extends { code: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** 是 for a row with no published row under it: the rows marked 是 add up to the total, each 元 counted once. */
function leafMark(code: string, codes: readonly string[]): string {
  return codes.some((c) => c !== code && c.startsWith(code)) ? '否' : '是';
}

export const FUNCTION_TABLE: DownloadTable = {
  kind: 'function',
  title: '支出功能分类明细',
  description: '每个部门年度按支出功能分类（类、款、项）的支出。类、款、项逐级列出：只把“末级”为“是”的行相加，才得到本年支出合计。',
  columns: [
    ...KEY_COLUMNS,
    { name: '科目编码', type: 'string', description: '支出功能分类科目编码：类 3 位、款 5 位、项 7 位', field: 'code' },
    { name: '科目名称', type: 'string', description: '科目名称，按报告原文', field: 'name' },
    { name: '级次', type: 'string', description: '类、款或项', field: 'level' },
    { name: '本年支出合计', type: 'number', unit: '万元', description: '万元，两位小数', field: 'total' },
    { name: '基本支出', type: 'number', unit: '万元', description: '万元；报告未列时为空，不是 0', field: 'basic' },
    { name: '项目支出', type: 'number', unit: '万元', description: '万元；报告未列时为空，不是 0', field: 'project' },
    ...SOURCE_COLUMNS,
    { name: '末级', type: 'string', description: '“是”：报告在此行下不再细分；一个部门年度中“是”的行之和为本年支出合计' },
  ],
  rows(entry) {
    const rows = byCode(entry.expenditureByFunction ?? []);
    const codes = rows.map((r) => r.code);
    return rows.map((r) => ({
      ...keyCells(entry), 科目编码: r.code, 科目名称: text(r.name), 级次: r.level,
      本年支出合计: money(r.total), 基本支出: money(r.basic), 项目支出: money(r.project),
      ...sourceCells(r.source), 末级: leafMark(r.code, codes),
    }));
  },
};

export const ECONOMIC_TABLE: DownloadTable = {
  kind: 'economic',
  title: '基本支出经济分类明细',
  description: '一般公共预算财政拨款基本支出按经济分类（类、款）：人员经费和公用经费的构成。只把“末级”为“是”的行相加。',
  columns: [
    ...KEY_COLUMNS,
    { name: '科目编码', type: 'string', description: '支出经济分类科目编码：类 3 位、款 5 位', field: 'code' },
    { name: '科目名称', type: 'string', description: '科目名称，按报告原文', field: 'name' },
    { name: '级次', type: 'string', description: '类或款', field: 'level' },
    { name: '决算数', type: 'number', unit: '万元', description: '万元，两位小数', field: 'amount' },
    ...SOURCE_COLUMNS,
    { name: '末级', type: 'string', description: '“是”：报告在此行下不再细分；“是”的行之和为基本支出合计' },
  ],
  rows(entry) {
    const rows = byCode(entry.basicByEconomic?.rows ?? []);
    const codes = rows.map((r) => r.code);
    return rows.map((r) => ({
      ...keyCells(entry), 科目编码: r.code, 科目名称: text(r.name), 级次: r.level,
      决算数: money(r.amount), ...sourceCells(r.source), 末级: leafMark(r.code, codes),
    }));
  },
};

const THREE_PUBLIC_ITEMS = [
  ['total', '合计'],
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行费'],
  ['vehiclePurchase', '其中：公务用车购置费'],
  ['vehicleOperation', '其中：公务用车运行费'],
  ['reception', '公务接待费'],
] as const;

export const THREE_PUBLIC_TABLE: DownloadTable = {
  kind: 'three-public',
  title: '“三公”经费',
  description: '“三公”经费的预算数和决算数。合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车两行是其中数，不要与合计重复相加。',
  columns: [
    ...KEY_COLUMNS,
    { name: '项目', type: 'string', description: '合计、因公出国（境）费、公务用车购置及运行费（及其中的购置费、运行费）、公务接待费' },
    { name: '预算数', type: 'number', unit: '万元', description: '万元；报告未列时为空', field: 'threePublic.budget' },
    { name: '决算数', type: 'number', unit: '万元', description: '万元；报告未列时为空', field: 'threePublic.actual' },
    ...SOURCE_COLUMNS,
  ],
  rows(entry) {
    const tp = entry.threePublic;
    if (!tp) return [];
    return THREE_PUBLIC_ITEMS.filter(([key]) => tp.budget?.[key] !== undefined || tp.actual?.[key] !== undefined).map(([key, label]) => ({
      ...keyCells(entry), 项目: label, 预算数: money(tp.budget?.[key]), 决算数: money(tp.actual?.[key]),
      // The 三公 table's cell that holds the figure; none when it came from the prose.
      ...sourceCells(threePublicSource(entry, 'actual', key) ?? threePublicSource(entry, 'budget', key)),
    }));
  },
};

export const BUDGET_EXECUTION_TABLE: DownloadTable = {
  kind: 'budget-execution',
  title: '一般公共预算财政拨款支出预算执行',
  description: '情况说明逐项说明的年初预算、支出决算和主要原因。',
  columns: [
    ...KEY_COLUMNS,
    { name: '科目编码', type: 'string', description: '该项的支出功能分类科目编码；无法确定时为空', field: 'code' },
    { name: '类', type: 'string', description: '报告所写的类名称', field: 'path[0]' },
    { name: '款', type: 'string', description: '报告所写的款名称', field: 'path[1]' },
    { name: '项', type: 'string', description: '报告所写的项名称', field: 'path[2]' },
    { name: '年初预算', type: 'number', unit: '万元', description: '万元', field: 'budget' },
    { name: '支出决算', type: 'number', unit: '万元', description: '万元', field: 'actual' },
    { name: '完成率', type: 'number', unit: '%', description: '报告所写的完成年初预算的百分比，不带 % 号', field: 'rate' },
    { name: '主要原因', type: 'string', description: '报告所写的主要原因', field: 'reason' },
    ...SOURCE_COLUMNS,
  ],
  rows(entry) {
    return (entry.budgetExecution ?? []).map((item) => ({
      ...keyCells(entry), 科目编码: item.code ?? '', 类: text(item.path[0]), 款: text(item.path[1]), 项: text(item.path[2]),
      年初预算: money(item.budget), 支出决算: money(item.actual), 完成率: item.rate === undefined ? '' : String(item.rate),
      主要原因: text(item.reason), ...sourceCells(item.source),
    }));
  },
};

export const INCOME_TABLE: DownloadTable = {
  kind: 'income',
  title: '收入',
  description: '收入支出决算总表所列的各项收入。',
  columns: [
    ...KEY_COLUMNS,
    { name: '收入项目', type: 'string', description: '收入来源，按报告原文', field: 'name' },
    { name: '金额', type: 'number', unit: '万元', description: '万元，决算数', field: 'amount' },
    ...SOURCE_COLUMNS,
  ],
  rows(entry) {
    return (entry.income ?? []).map((row) => ({ ...keyCells(entry), 收入项目: text(row.name), 金额: money(row.amount), ...sourceCells(row.source) }));
  },
};

export const DOWNLOAD_TABLES: readonly DownloadTable[] = [FUNCTION_TABLE, ECONOMIC_TABLE, THREE_PUBLIC_TABLE, BUDGET_EXECUTION_TABLE, INCOME_TABLE];

/**
 * A region-year's table as its page shows it (region-table.ts), one file per region and year:
 * data/regions/<region>/<year>.csv. Not one of DOWNLOAD_TABLES: its rows come from a region-year
 * of the site index, not from one department-year.
 */
export const REGION_TABLE = {
  kind: 'region',
  title: '地区各部门对比',
  description: '一个地区一个年度的全部部门（含下级地区的部门），与地区页面上的对比表相同：本年支出、基本支出、项目支出、“三公”经费（预算、决算、决算占预算、比上年增减、占地区合计）、机关运行经费、政府采购、实有人数及人均数。占比的分母是本表各部门写明的数字之和，不是该地区的财政总支出。数字空缺的原因写在“说明”列。',
  columns: REGION_COLUMNS.map(({ name, type, description, unit }): Column => ({ name, type, description, ...(unit ? { unit } : {}) })),
  rows(table: RegionTable): Row[] {
    return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.name, plainValue(c, row.cells[c.key]?.value)])));
  },
} as const;

/** The tables a department-year has rows for: the CSV files its page offers. */
export function downloadTablesOf(entry: DepartmentYear): DownloadTable[] {
  return DOWNLOAD_TABLES.filter((table) => table.rows(entry).length > 0);
}

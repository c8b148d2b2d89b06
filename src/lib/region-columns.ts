// The columns of a region-year's table (region-table.ts): one definition for the page's header,
// its CSV download and the CSV's description on /data/ and in datapackage.json. A cell's plain
// value (plainValue) is what the CSV holds and what the page's sorting reads; the page prints
// the same number formatted as the reports print amounts.
import { neutraliseFormula } from './csv.ts';
import { formatFixed } from './money.ts';

export type ColumnKey =
  | 'name' | 'slug' | 'region'
  | 'expenditure' | 'expenditureShare' | 'basic' | 'project'
  | 'threePublicBudget' | 'threePublicActual' | 'threePublicRate' | 'threePublicChange' | 'threePublicChangeRate' | 'threePublicShare'
  | 'operatingCosts' | 'procurement'
  | 'staff' | 'threePublicPerStaff' | 'operatingCostsPerStaff'
  | 'failed' | 'notes';

export interface RegionColumn {
  key: ColumnKey;
  /** The header, on the page and in the CSV. */
  name: string;
  type: 'string' | 'integer' | 'number';
  unit?: '万元' | '%' | '人' | '万元/人';
  /** In Chinese, for /data/ and datapackage.json. */
  description: string;
  /** Below 600 px, shown only on request (ColumnToggle). */
  optional?: boolean;
  /** Only in the CSV: the page links the department instead. */
  csvOnly?: boolean;
  /** Fields (dotted paths) whose failed checks are flagged in this column. */
  checked?: readonly string[];
}

type Extra = Pick<RegionColumn, 'optional' | 'checked'>;
const money = (key: ColumnKey, name: string, description: string, extra: Extra = {}): RegionColumn => ({ key, name, type: 'number', unit: '万元', description, ...extra });
const percent = (key: ColumnKey, name: string, description: string, extra: Extra = {}): RegionColumn => ({ key, name, type: 'number', unit: '%', description, ...extra });

export const REGION_COLUMNS: readonly RegionColumn[] = [
  { key: 'name', name: '部门', type: 'string', description: '部门名称' },
  { key: 'slug', name: '部门标识', type: 'string', description: '部门标识（小写英文字母、数字和连字符），用于网址和文件名', csvOnly: true },
  { key: 'region', name: '地区', type: 'string', description: '部门所在的市、区县，以“ · ”分隔', optional: true },
  { key: 'failed', name: '未通过的核验', type: 'integer', description: '该部门年度未通过的核验项数；涉及本表数字的，在该数字旁标出' },
  money('expenditure', '本年支出合计', '万元，报告所列', { checked: ['summary.expenditureTotal'] }),
  percent('expenditureShare', '占地区支出合计', '本年支出合计占本表各部门本年支出合计之和的百分比，一位小数'),
  money('basic', '基本支出', '万元，报告所列', { optional: true, checked: ['summary.basicExpenditure'] }),
  money('project', '项目支出', '万元，报告所列', { optional: true, checked: ['summary.projectExpenditure'] }),
  money('threePublicBudget', '“三公”经费预算', '万元；报告只列分项时为分项之和', { optional: true, checked: ['threePublic.budget'] }),
  money('threePublicActual', '“三公”经费决算', '万元；报告只列分项时为分项之和', { checked: ['threePublic.actual'] }),
  percent('threePublicRate', '决算占预算', '“三公”经费决算占预算的百分比，一位小数', { optional: true }),
  money('threePublicChange', '比上年增减', '“三公”经费决算减去上一年度的决算，万元；上年数取该部门上一年度的报告，没有时取本年度报告所写的上年数', { optional: true }),
  percent('threePublicChangeRate', '比上年增减（%）', '比上年增减占上年数的百分比，一位小数', { optional: true }),
  percent('threePublicShare', '占地区“三公”经费', '“三公”经费决算占本表各部门“三公”经费决算之和的百分比，一位小数', { optional: true }),
  money('operatingCosts', '机关运行经费', '万元，报告所列', { optional: true, checked: ['operatingCosts'] }),
  money('procurement', '政府采购', '政府采购支出总额，万元，报告所列', { optional: true, checked: ['procurement'] }),
  { key: 'staff', name: '实有人数', type: 'integer', unit: '人', description: '报告所写的实有在职人数', optional: true },
  { key: 'threePublicPerStaff', name: '人均“三公”经费', type: 'number', unit: '万元/人', description: '“三公”经费决算除以实有人数，万元，两位小数', optional: true },
  { key: 'operatingCostsPerStaff', name: '人均机关运行经费', type: 'number', unit: '万元/人', description: '机关运行经费除以实有人数，万元，两位小数', optional: true },
  { key: 'notes', name: '说明', type: 'string', description: '数字空缺的原因，以及不是报告直接写明、由本站推算的数字从何而来', optional: true },
];

/** Decimal places of a number column as printed: 万元 and 万元/人 two, percentages one. */
export function placesOf(column: Pick<RegionColumn, 'unit'>): number {
  return column.unit === '%' ? 1 : 2;
}

/** The cell as the CSV holds it and the page sorts it: a plain number, text, or '' when missing. */
export function plainValue(column: RegionColumn, value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return neutraliseFormula(value);
  return column.type === 'integer' ? String(value) : formatFixed(value, placesOf(column));
}

// One region-year side by side: a row per department-year with its spending, its “三公”经费
// (budget, actual, share of budget, change from last year, share of the region), 机关运行经费,
// 政府采购 and the same per member of staff, its failed checks, and why a figure is missing.
// Built from the site index alone (year-listing.ts), never from the department-years. Every
// sum, share, difference and ratio is worked out here with decimal.js; the page and the CSV
// (download-tables.ts) print these rows as they are, so both hold the same table.
import Decimal from 'decimal.js';
import { checkSentence } from './check-text.ts';
import { isUnder } from './field-path.ts';
import { difference, share, sum, toNumber } from './money.ts';
import { REGION_COLUMNS, type ColumnKey, type RegionColumn } from './region-columns.ts';
import type { ComparedPoint } from './compared-figures.ts';
import type { YearListing } from './year-listing.ts';
import { regionLabel } from './department-index.ts';
import { wan } from './format.ts';

export interface RegionCell {
  value?: number | string;
  /** Why the figure is missing, or how the site arrived at it (a derived figure). */
  note?: string;
  /** Not printed as such in the report: worked out from what it says (推算). */
  derived?: boolean;
  /** The failed checks about the figure, as sentences. */
  failed?: string[];
  /** A note 说明 leaves out: the figure is missing because one it is worked out from is. */
  quiet?: boolean;
}

export interface RegionRow {
  slug: string;
  name: string;
  region: string[];
  year: number;
  cells: Partial<Record<ColumnKey, RegionCell>>;
}

export interface RegionTotal {
  /** The sum over the departments that state the figure. */
  value?: number;
  /** How many departments state it. */
  stated: number;
}

export interface RegionTable {
  columns: readonly RegionColumn[];
  rows: RegionRow[];
  departments: number;
  totals: Record<'expenditure' | 'threePublicBudget' | 'threePublicActual' | 'operatingCosts' | 'procurement' | 'staff', RegionTotal>;
  /** The largest share in each share column: its bars are drawn against it. */
  largestShare: Partial<Record<ColumnKey, number>>;
}

const MISSING: Record<YearListing['coverage']['kind'], string> = {
  'final-accounts': '报告未写明',
  'performance-only': '只公开了绩效自评报告，其中未写明',
  'prose-only': '报告没有决算表，文字说明中未写明',
};

const cell = (value: number | undefined, why: string): RegionCell => (value === undefined ? { note: why } : { value });
const fromPoint = (point: ComparedPoint | undefined, why: string): RegionCell =>
  point === undefined ? { note: why } : { value: point.value, ...(point.derived ? { derived: true, note: point.derived } : {}) };

function total(values: readonly (number | undefined)[]): RegionTotal {
  const stated = values.filter((v): v is number => v !== undefined);
  return { stated: stated.length, ...(stated.length ? { value: sum(stated).toNumber() } : {}) };
}

/** part / whole in percent, one decimal; none without both or with a zero whole. */
function percentOf(part: number | Decimal | undefined, whole: number | Decimal | undefined): number | undefined {
  if (part === undefined || whole === undefined) return undefined;
  const s = share(part, whole);
  return s === undefined ? undefined : toNumber(s, 1);
}

/** A figure per member of staff; when the staff number is missing, 实有人数's own note says why. */
function perStaffCell(value: number | undefined, staff: number | undefined): RegionCell {
  if (value === undefined) return {};
  if (staff === undefined) return { note: '报告未写明实有人数', quiet: true };
  return staff === 0 ? { note: '实有人数为 0' } : { value: toNumber(new Decimal(value).dividedBy(staff), 2) };
}

/** The 三公 actual a year earlier: the department's own report of that year, else what this report says of it. */
function priorActual(listing: YearListing, prior: YearListing | undefined): ComparedPoint | undefined {
  const own = prior?.compared.threePublicActual;
  if (own) return own.derived ? { value: own.value, derived: `上年数 ${wan(own.value)} 万元，${own.derived}` } : own;
  const stated = listing.compared.threePublicPrior;
  return stated && { value: stated.value, derived: `上年数 ${wan(stated.value)} 万元，${stated.derived ?? '由本年度报告推算'}` };
}

function rowOf(listing: YearListing, prior: YearListing | undefined): RegionRow {
  const why = MISSING[listing.coverage.kind];
  const { summary, compared } = listing;
  const staff = compared.staff?.actual;
  const actual = compared.threePublicActual?.value;
  const budget = compared.threePublicBudget?.value;
  const before = actual === undefined ? undefined : priorActual(listing, prior);
  const change = before && actual !== undefined ? difference(actual, before.value) : undefined;
  const cells: RegionRow['cells'] = {
    name: { value: listing.department.name },
    slug: { value: listing.department.slug },
    region: { value: regionLabel(listing.department.region) },
    expenditure: cell(summary?.expenditureTotal, why),
    basic: cell(summary?.basicExpenditure, why),
    project: cell(summary?.projectExpenditure, why),
    threePublicBudget: fromPoint(compared.threePublicBudget, why),
    threePublicActual: fromPoint(compared.threePublicActual, why),
    threePublicRate: budget === 0 ? { note: '预算数为 0' } : { value: percentOf(actual, budget) },
    threePublicChange: actual === undefined ? {} : before ? { value: change!.toNumber(), derived: Boolean(before.derived), ...(before.derived ? { note: before.derived } : {}) } : { note: '没有上年数字' },
    threePublicChangeRate: before?.value === 0 ? { note: '上年数为 0' } : { value: percentOf(change, before?.value) },
    operatingCosts: cell(compared.operatingCosts, why),
    procurement: cell(compared.procurement, why),
    staff: cell(staff, '报告未写明'),
    threePublicPerStaff: perStaffCell(actual, staff),
    operatingCostsPerStaff: perStaffCell(compared.operatingCosts, staff),
    failed: { value: listing.counts.fail },
  };
  return { slug: listing.department.slug, name: listing.department.name, region: listing.department.region ?? [], year: listing.year, cells };
}

/** Each failed check beside the figures it concerns (by its field). */
function flagFailures(row: RegionRow, listing: YearListing, columns: readonly RegionColumn[]): void {
  for (const check of listing.notPassed.filter((c) => c.status === 'fail' && c.field)) {
    for (const column of columns.filter((c) => c.checked?.some((path) => isUnder(check.field!, path)))) {
      const target = (row.cells[column.key] ??= {});
      target.failed = [...(target.failed ?? []), checkSentence(check)];
    }
  }
}

/** 说明: the notes of the row's own figures, figures with the same note named together. */
function notesOf(row: RegionRow, columns: readonly RegionColumn[]): string {
  const byNote = new Map<string, string[]>();
  for (const column of columns) {
    const { note, quiet } = row.cells[column.key] ?? {};
    if (note && !quiet) byNote.set(note, [...(byNote.get(note) ?? []), column.name]);
  }
  return [...byNote].map(([note, names]) => `${names.join('、')}：${note}`).join('；');
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/**
 * The table of a region-year. `members`: its department-years, sub-regions' included;
 * `priorOf`: the same department's department-year a year earlier, when the site has it.
 * Rows in order of 本年支出合计, largest first; departments that state none last, by name.
 */
export function regionTable(members: readonly YearListing[], priorOf: (slug: string, year: number) => YearListing | undefined): RegionTable {
  const columns = REGION_COLUMNS;
  const rows = members.map((m) => rowOf(m, priorOf(m.department.slug, m.year - 1)));
  const totals: RegionTable['totals'] = {
    expenditure: total(members.map((m) => m.summary?.expenditureTotal)),
    threePublicBudget: total(members.map((m) => m.compared.threePublicBudget?.value)),
    threePublicActual: total(members.map((m) => m.compared.threePublicActual?.value)),
    operatingCosts: total(members.map((m) => m.compared.operatingCosts)),
    procurement: total(members.map((m) => m.compared.procurement)),
    staff: total(members.map((m) => m.compared.staff?.actual)),
  };
  rows.forEach((row, i) => {
    const value = (key: ColumnKey) => row.cells[key]?.value as number | undefined;
    row.cells.expenditureShare = { value: percentOf(value('expenditure'), totals.expenditure.value) };
    row.cells.threePublicShare = { value: percentOf(value('threePublicActual'), totals.threePublicActual.value) };
    flagFailures(row, members[i], columns);
    for (const column of columns) {
      const c = (row.cells[column.key] ??= {});
      if (column.type !== 'string' && c.value === undefined && !c.note) Object.assign(c, { note: '缺少计算所需的数字', quiet: true });
    }
    const notes = notesOf(row, columns);
    row.cells.notes = notes ? { value: notes } : {};
  });
  const expenditure = (r: RegionRow) => r.cells.expenditure?.value as number | undefined;
  rows.sort((a, b) => {
    const x = expenditure(a);
    const y = expenditure(b);
    if (x !== undefined && y !== undefined && x !== y) return y - x;
    if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
    return zh(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  });
  const largest = (key: ColumnKey) => Math.max(0, ...rows.map((r) => (r.cells[key]?.value as number | undefined) ?? 0));
  const largestShare = { expenditureShare: largest('expenditureShare'), threePublicShare: largest('threePublicShare') };
  return { columns, rows, departments: members.length, totals, largestShare };
}

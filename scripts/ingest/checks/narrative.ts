// The prose restates figures of the tables; where it does, the two must agree.
import type { Check, DepartmentYear, FunctionRow, Summary, Table, ThreePublicFigures } from '../../../src/lib/schema.ts';
import type { ProseReading } from '../prose/index.ts';
import { agreement, sum } from '../../../src/lib/money.ts';
import type { KnownKind } from '../tables/kinds.ts';
import { tableName } from '../tables/model.ts';
import { SUMMARY_LABELS, THREE_PUBLIC_LABELS, threePublicLabel, wan } from '../wording.ts';
import { compareSame, summariseSame, type SamePair } from './compare.ts';
import { findTable } from './table-access.ts';

type TableSide = Pick<DepartmentYear, 'summary' | 'expenditureByFunction' | 'threePublic' | 'basicByEconomic'> & { generalBudgetRows?: FunctionRow[]; tables?: Table[] };

const PROSE = '情况说明';

export function narrativeChecks(tables: TableSide, prose: ProseReading): Check[] {
  const checks: Check[] = [];
  const named = (kind: KnownKind, fallback: string) => {
    const table = findTable(tables.tables, kind);
    return table ? tableName(table) : fallback;
  };
  // 公开01 states the totals; the 基本支出 and 项目支出 are those of the 支出决算表's 合计 row.
  const summaryTable = named('summary', '收入支出决算总表');
  const expenditureTable = named('expenditure', '支出决算表');
  for (const key of Object.keys(SUMMARY_LABELS) as (keyof Summary)[]) {
    const t = tables.summary?.[key];
    const p = prose.summary?.[key];
    const table = key === 'basicExpenditure' || key === 'projectExpenditure' ? expenditureTable : summaryTable;
    if (t !== undefined && p !== undefined) checks.push(compareSame({ id: `narrative.summary.${key}`, kind: 'narrative-vs-table', what: SUMMARY_LABELS[key], a: { label: table, value: t }, b: { label: PROSE, value: p }, field: `summary.${key}` }));
  }
  checks.push(...basicSplitChecks(tables, prose, named('basicEconomic', '基本支出决算表')));
  // The 结构 paragraph describes 一般公共预算财政拨款 spending: the 一般公共预算 table's figures,
  // not the all-funds 支出决算表 (they differ where other funds were spent).
  const classTable = tables.generalBudgetRows ? named('generalBudget', '一般公共预算财政拨款支出决算表') : expenditureTable;
  const tableClasses = new Map((tables.generalBudgetRows ?? tables.expenditureByFunction ?? []).filter((r) => r.level === '类').map((r) => [r.code, r.total]));
  const classChecks = (prose.expenditureByFunction ?? []).filter((r) => r.level === '类' && tableClasses.has(r.code)).map((r): SamePair => ({
    id: 'narrative.classes', kind: 'narrative-vs-table', what: `${r.code} ${r.name}`,
    a: { label: classTable, value: tableClasses.get(r.code)! }, b: { label: PROSE, value: r.total }, field: `expenditureByFunction.${r.code}`, ...(r.source ? { source: r.source } : {}),
  }));
  checks.push(...summariseSame('narrative.classes', classChecks, `情况说明所列各类支出都与${classTable}相符`, 'narrative-vs-table'));
  const threePublicTable = named('threePublic', '“三公”经费支出决算表');
  for (const side of ['budget', 'actual'] as const) {
    for (const key of Object.keys(THREE_PUBLIC_LABELS) as (keyof ThreePublicFigures)[]) {
      const t = tables.threePublic?.[side]?.[key];
      const p = prose.threePublic?.[side]?.[key];
      if (t !== undefined && p !== undefined) checks.push(compareSame({ id: `narrative.threePublic.${side}.${key}`, kind: 'narrative-vs-table', what: threePublicLabel(side, key), a: { label: threePublicTable, value: t }, b: { label: PROSE, value: p }, field: `threePublic.${side}.${key}` }));
    }
  }
  return checks;
}

/**
 * The prose's 人员经费 and 公用经费 against the 基本支出决算表 (fiscal funds only): only when
 * the 基本支出 the prose splits is that table's. Some reports split the all-funds 基本支出 of
 * the 支出决算表 under the words 一般公共预算财政拨款: different figures, not compared.
 */
function basicSplitChecks(tables: TableSide, prose: ProseReading, economicTable: string): Check[] {
  const economic = tables.basicByEconomic;
  const fiscal = economic?.personnelTotal !== undefined && economic.publicTotal !== undefined
    ? sum([economic.personnelTotal, economic.publicTotal]).toNumber() : undefined;
  const basis = prose.basicBasis;
  const allFunds = tables.summary?.basicExpenditure;
  if (basis !== undefined && fiscal !== undefined && agreement(basis, fiscal, 2) === 'fail'
    && allFunds !== undefined && agreement(basis, allFunds, 1) !== 'fail') {
    return [{
      id: 'narrative.basicByEconomic.basis', status: 'pass', kind: 'narrative-vs-table', field: 'basicByEconomic',
      message: `情况说明把基本支出 ${wan(basis)}（全部资金，与支出决算表相同）分为人员经费和公用经费；${economicTable}分的是一般公共预算财政拨款基本支出 ${wan(fiscal)}：两者口径不同，不作比较`,
      values: [{ label: `${PROSE} 基本支出`, value: basis }, { label: `${economicTable} 人员经费合计与公用经费合计之和`, value: fiscal }],
    }];
  }
  return (['personnelTotal', 'publicTotal'] as const).flatMap((key) => {
    const t = economic?.[key];
    const p = prose.basicByEconomic?.[key];
    return t !== undefined && p !== undefined ? [compareSame({ id: `narrative.basicByEconomic.${key}`, kind: 'narrative-vs-table', what: key === 'personnelTotal' ? '人员经费' : '公用经费', a: { label: economicTable, value: t }, b: { label: PROSE, value: p }, field: `basicByEconomic.${key}` })] : [];
  });
}

// 基本支出 by economic classification (the basicEconomic table, 公开06 in most reports), grouped as the report groups it:
// 人员经费 (301 工资福利支出, 303 对个人和家庭的补助) and 公用经费 (everything else).
import type { DepartmentYear, SourceRef } from './schema.ts';
import { share, sum, toNumber } from './money.ts';
import { PERSONNEL_CLASSES } from './classification/economic.ts';

type EconomicRow = NonNullable<DepartmentYear['basicByEconomic']>['rows'][number];

export interface EconomicClass {
  code: string;
  name: string;
  amount: number;
  /** Percent of 基本支出 (the two groups' stated totals together, else the rows' sum). */
  share?: number;
  /** Where the row was read. */
  source?: SourceRef;
  items: { code: string; name: string; amount: number; source?: SourceRef }[];
}

export interface EconomicGroup {
  key: 'personnel' | 'public';
  label: '人员经费' | '公用经费';
  /** The stated 合计, else the sum of its 类 rows. */
  total: number;
  stated: boolean;
  classes: EconomicClass[];
}

export function economicBreakdown(data: DepartmentYear['basicByEconomic']): EconomicGroup[] {
  if (!data) return [];
  const classes = data.rows.filter((r) => r.level === '类');
  const itemsOf = (c: EconomicRow) => data.rows.filter((r) => r.level === '款' && r.code.startsWith(c.code));
  const groupClasses = (personnel: boolean) => classes.filter((c) => PERSONNEL_CLASSES.has(c.code) === personnel);
  const totals = {
    personnel: data.personnelTotal ?? sum(groupClasses(true).map((c) => c.amount)).toNumber(),
    public: data.publicTotal ?? sum(groupClasses(false).map((c) => c.amount)).toNumber(),
  };
  const base = sum([totals.personnel, totals.public]);
  const build = (key: 'personnel' | 'public'): EconomicGroup => ({
    key,
    label: key === 'personnel' ? '人员经费' : '公用经费',
    total: totals[key],
    stated: (key === 'personnel' ? data.personnelTotal : data.publicTotal) !== undefined,
    classes: groupClasses(key === 'personnel').map((c) => {
      const s = share(c.amount, base);
      return {
        code: c.code,
        name: c.name,
        amount: c.amount,
        ...(s !== undefined ? { share: toNumber(s, 2) } : {}),
        ...(c.source ? { source: c.source } : {}),
        // Zero rows are printed in full by the report; here only what was spent.
        items: itemsOf(c).filter((i) => i.amount !== 0).map((i) => ({ code: i.code, name: i.name, amount: i.amount, ...(i.source ? { source: i.source } : {}) })),
      };
    }),
  });
  return [build('personnel'), build('public')];
}

/** Share of basic expenditure for each group (percent, 2 decimals). */
export function groupShares(groups: readonly EconomicGroup[]): Record<string, number | undefined> {
  const base = sum(groups.map((g) => g.total));
  return Object.fromEntries(groups.map((g) => [g.key, (() => { const s = share(g.total, base); return s === undefined ? undefined : toNumber(s, 2); })()]));
}

// The summary figures in reading order, with basic/project shares of total expenditure.
import type { Summary } from './schema.ts';
import { share, toNumber } from './money.ts';

export interface SummaryFigure {
  key: keyof Summary;
  label: string;
  value: number;
  /** Percent of 本年支出合计, for 基本支出 and 项目支出. */
  share?: number;
}

const LABELS: [keyof Summary, string][] = [
  ['incomeTotal', '本年收入合计'],
  ['expenditureTotal', '本年支出合计'],
  ['basicExpenditure', '基本支出'],
  ['projectExpenditure', '项目支出'],
  ['openingBalance', '年初结转和结余'],
  ['closingBalance', '年末结转和结余'],
  ['grandTotal', '收支总计'],
];

export function summaryFigures(summary: Summary | undefined): SummaryFigure[] {
  if (!summary) return [];
  return LABELS.flatMap(([key, label]) => {
    const value = summary[key];
    if (value === undefined) return [];
    const part = key === 'basicExpenditure' || key === 'projectExpenditure';
    const s = part && summary.expenditureTotal !== undefined ? share(value, summary.expenditureTotal) : undefined;
    return [{ key, label, value, ...(s !== undefined ? { share: toNumber(s, 2) } : {}) }];
  });
}

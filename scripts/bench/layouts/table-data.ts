// The cells of 公开01–09, shared by the table layouts; each layout adds its own header
// rows, separators and mess. Cells are strings, amounts already formatted.
import { functionSubject, SUMMARY_CLASSES } from '../catalogue/functional.ts';
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { grandTotal, incomeTotal, type EconomicRowFigures, type FunctionRowFigures, type ThreePublicFigures } from '../model/types.ts';
import { cell, type ReportContext } from './context.ts';

export const INCOME_LABELS = [
  '一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入',
  '事业收入', '经营收入', '附属单位上缴收入', '其他收入',
];

function classTotals(ctx: ReportContext): Map<string, number> {
  return new Map(ctx.figures.functionRows.filter((r) => r.level === '类').map((r) => [r.code, r.total]));
}

/** The 26 numbered lines of 01表: income on the left (8 items), 类 totals on the right. */
export function summaryLines(ctx: ReportContext): string[][] {
  const totals = classTotals(ctx);
  const income = [ctx.figures.fiscalIncome, 0, 0, 0, 0, 0, 0, ctx.figures.otherIncome];
  return SUMMARY_CLASSES.map(([name, code], i) => [
    i < 8 ? `${chineseOrdinal(i + 1)}、${INCOME_LABELS[i]}` : '', String(i + 1), i < 8 ? cell(ctx, income[i]) : '',
    `${chineseOrdinal(i + 1)}、${name}`, String(32 + i), cell(ctx, totals.get(code) ?? 0),
  ]);
}

/** 01表 totals: 本年合计, 结余, 年初/年末, blank, 总计 — [left label, right label] are the layout's. */
export function summaryTotals(ctx: ReportContext, labels: { income: string; expenditure: string; unused: string; opening: string; closing: string; total: string }): string[][] {
  const f = ctx.figures;
  const g = cell(ctx, grandTotal(f));
  return [
    [labels.income, '27', cell(ctx, incomeTotal(f)), labels.expenditure, '58', cell(ctx, f.expenditureTotal)],
    [labels.unused, '28', cell(ctx, 0), '结余分配', '59', cell(ctx, 0)],
    [labels.opening, '29', cell(ctx, f.openingBalance), labels.closing, '60', cell(ctx, f.closingBalance)],
    ['', '30', '', '', '61', ''],
    [labels.total, '31', g, labels.total, '62', g],
  ];
}

/** 02表 rows after 合计: the 03表 rows with income = 财政拨款, plus 其他收入 under 229 其他支出. */
export function incomeByFunction(ctx: ReportContext): { code: string; name: string; values: string[] }[] {
  const zero = cell(ctx, 0);
  const rows = ctx.figures.functionRows.map((r) => ({
    code: r.code, name: r.name, values: [cell(ctx, r.total), cell(ctx, r.total), zero, zero, zero, zero, zero],
  }));
  const other = ctx.figures.otherIncome;
  if (other > 0) {
    for (const code of ['229', '22999', '2299901']) {
      rows.push({ code, name: functionSubject(code).name, values: [cell(ctx, other), zero, zero, zero, zero, zero, cell(ctx, other)] });
    }
  }
  return rows;
}

export function incomeTotalsCells(ctx: ReportContext): string[] {
  const f = ctx.figures;
  const zero = cell(ctx, 0);
  return [cell(ctx, incomeTotal(f)), cell(ctx, f.fiscalIncome), zero, zero, zero, zero, cell(ctx, f.otherIncome)];
}

/** 03表 amounts of a row: total, basic, project, then three zero columns. */
export function expenditureCells(ctx: ReportContext, r: Pick<FunctionRowFigures, 'total' | 'basic' | 'project'>): string[] {
  const zero = cell(ctx, 0);
  return [cell(ctx, r.total), cell(ctx, r.basic), cell(ctx, r.project), zero, zero, zero];
}

export function totalRow(ctx: ReportContext): Pick<FunctionRowFigures, 'total' | 'basic' | 'project'> {
  return { total: ctx.figures.expenditureTotal, basic: ctx.figures.basic, project: ctx.figures.project };
}

export const FISCAL_INCOME_LABELS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

/** 04表 numbered lines: fiscal income (3) on the left, 类 × [合计, 一般公共预算, 基金, 国资]. */
export function fiscalLines(ctx: ReportContext, incomeLabels = FISCAL_INCOME_LABELS): string[][] {
  const totals = classTotals(ctx);
  const zero = cell(ctx, 0);
  const income = [ctx.figures.fiscalIncome, 0, 0];
  return SUMMARY_CLASSES.map(([name, code], i) => {
    const amount = cell(ctx, totals.get(code) ?? 0);
    return [
      i < 3 ? `${chineseOrdinal(i + 1)}、${incomeLabels[i]}` : '', String(i + 1), i < 3 ? cell(ctx, income[i]) : '',
      `${chineseOrdinal(i + 1)}、${name}`, String(33 + i), amount, amount, zero, zero,
    ];
  });
}

export function fiscalTotals(ctx: ReportContext, total: string): string[][] {
  const f = ctx.figures;
  const zero = cell(ctx, 0);
  const grand = cell(ctx, f.fiscalIncome + f.fiscalOpening);
  return [
    ['本年收入合计', '27', cell(ctx, f.fiscalIncome), '本年支出合计', '59', cell(ctx, f.expenditureTotal), cell(ctx, f.expenditureTotal), zero, zero],
    ['年初财政拨款结转和结余', '28', cell(ctx, f.fiscalOpening), '年末财政拨款结转和结余', '60', cell(ctx, f.fiscalClosing), cell(ctx, f.fiscalClosing), zero, zero],
    ['一般公共预算财政拨款', '29', cell(ctx, f.fiscalOpening), '', '61', '', '', '', ''],
    ['政府性基金预算财政拨款', '30', zero, '', '62', '', '', '', ''],
    ['国有资本经营预算财政拨款', '31', zero, '', '63', '', '', '', ''],
    [total, '32', grand, total, '64', grand, grand, zero, zero],
  ];
}

/** 06表 body: the three columns side by side, each [code, name, amount], padded with blanks. */
export function economicLines(ctx: ReportContext, columns: EconomicRowFigures[][]): string[][][] {
  const height = Math.max(...columns.map((c) => c.length));
  const lines: string[][][] = [];
  for (let i = 0; i < height; i++) {
    lines.push(columns.map((c) => (c[i] ? [c[i].code, c[i].name, cell(ctx, c[i].amount)] : ['', '', ''])));
  }
  return lines;
}

/** 07/09表 data row: budget then actual, each [合计, 出国, 车小计, 购置, 运行, 接待]. */
export function threePublicCells(ctx: ReportContext): string[] {
  const six = (t: ThreePublicFigures) => [t.total, t.abroad, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception].map((v) => cell(ctx, v));
  return [...six(ctx.figures.threePublicBudget), ...six(ctx.figures.threePublicActual)];
}

export function unitLabel(ctx: ReportContext, prefix = '金额单位：'): string {
  return `${prefix}${ctx.unit}`;
}


// The nine tables of 第二部分 as HTML, in the style of the PDFs departments publish: titles
// above the grid and no 公开NN labels, merged header cells, 合计 spanning the code and name
// columns, codes joined or in 类 | 款 | 项 columns, zeros printed or blank, the two-panel
// 基本支出 table, the 三公 table with 预算数/决算数 under each item.
import { CAPITAL_COLUMN } from '../catalogue/economic.ts';
import { SUMMARY_CLASSES } from '../catalogue/functional.ts';
import type { ReportContext } from '../layouts/context.ts';
import { FISCAL_INCOME_LABELS, INCOME_LABELS } from '../layouts/table-data.ts';
import { formatAmount } from '../money-format.ts';
import { economicColumns } from '../model/economic.ts';
import { grandTotal, incomeTotal, type EconomicRowFigures, type FunctionRowFigures, type ThreePublicFigures } from '../model/types.ts';
import { chineseOrdinal } from '../text/chinese-numbers.ts';
import { center, code, head, label, name, num, type HtmlCell, type HtmlTable } from './html-table.ts';
import type { PdfVariant } from './variant.ts';

export interface TableContext {
  ctx: ReportContext;
  variant: PdfVariant;
}

/**
 * A figure of the report (it may be zero), or a cell of a column or line that holds nothing
 * (上缴上级支出, 结余分配 …): with `zeros: 'mixed'` only the second kind is left blank.
 */
type Kind = 'figure' | 'empty';

export function amountText(t: TableContext, fen: number, kind: Kind = 'figure'): string {
  const style = { group: t.variant.grouped, trim: false };
  if (fen !== 0) return formatAmount(fen, t.ctx.unit, style);
  const { zeros } = t.variant;
  if (zeros === 'blank' || (zeros === 'mixed' && kind === 'empty')) return '';
  return formatAmount(0, t.ctx.unit, style);
}

const amount = (t: TableContext, fen: number, kind: Kind = 'figure') => num(amountText(t, fen, kind));

function base(t: TableContext, title: string, landscape: boolean): Pick<HtmlTable, 'title' | 'landscape' | 'halfRuled' | 'repeatHeader' | 'meta' | 'unit'> {
  return {
    title,
    landscape: landscape && t.variant.landscape,
    halfRuled: t.ctx.rng.chance(t.variant.halfRuled),
    repeatHeader: t.variant.repeatHeader,
    ...(t.variant.departmentLine ? { meta: `部门：${t.ctx.department.name}` } : {}),
    unit: t.ctx.unit,
  };
}

/** The 栏次 row: a label over the label columns, then 1, 2, 3 … */
function columnNumbers(t: TableContext, labelCols: number, amounts: number, start = 1): HtmlCell[][] {
  if (!t.variant.columnNumbers) return [];
  return [[head('栏次', labelCols), ...Array.from({ length: amounts }, (_, i) => head(String(start + i)))]];
}

// ——— function tables (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表) ———

const codeColumns = (t: TableContext) => (t.variant.codes === 'split' ? 3 : 1);

/** [类, 款, 项] or [code], then the name. */
function subjectCells(t: TableContext, row: Pick<FunctionRowFigures, 'code' | 'name'>): HtmlCell[] {
  if (t.variant.codes === 'joined') return [code(row.code), name(row.name)];
  return [code(row.code.slice(0, 3)), code(row.code.slice(3, 5)), code(row.code.slice(5, 7)), name(row.name)];
}

function subjectWidths(t: TableContext): HtmlTable['widths'] {
  const nameWidth = { em: t.variant.nameWidthEm };
  return t.variant.codes === 'joined' ? [{ em: 5.5 }, nameWidth] : [{ em: 3 }, { em: 2.5 }, { em: 2.5 }, nameWidth];
}

/**
 * Header of a function table: 项目 over the code and name columns; `groups` are the amount
 * headings, each a single heading or a heading over sub-headings (本年支出: 小计 基本支出 项目支出).
 */
function functionHeader(t: TableContext, groups: (string | [string, string[]])[]): HtmlCell[][] {
  const split = t.variant.codes === 'split';
  const depth = split ? 3 : 2;
  const top: HtmlCell[] = [head('项目', codeColumns(t) + 1)];
  const second: HtmlCell[] = split ? [head('功能分类科目编码', 3), head('科目名称', 1, 2)] : [head('功能分类科目编码'), head('科目名称')];
  for (const g of groups) {
    if (typeof g === 'string') top.push(head(g, 1, depth));
    else {
      top.push(head(g[0], g[1].length));
      second.push(...g[1].map((s) => head(s, 1, depth - 1)));
    }
  }
  const rows = [top, second];
  if (split) rows.push([head('类'), head('款'), head('项')]);
  const amounts = groups.reduce((n, g) => n + (typeof g === 'string' ? 1 : g[1].length), 0);
  return [...rows, ...columnNumbers(t, codeColumns(t) + 1, amounts)];
}

function functionTable(
  t: TableContext, title: string, landscape: boolean, groups: (string | [string, string[]])[],
  total: HtmlCell[], rows: { subject: Pick<FunctionRowFigures, 'code' | 'name'>; cells: HtmlCell[] }[], notes: string[],
): HtmlTable {
  const amounts = total.length;
  const totalRow = [center('合计', codeColumns(t) + 1), ...total];
  const body = rows.map((r) => [...subjectCells(t, r.subject), ...r.cells]);
  return {
    ...base(t, title, landscape),
    widths: [...subjectWidths(t), ...Array.from({ length: amounts }, () => ({ share: 1 }))],
    head: functionHeader(t, groups),
    body: t.variant.totalFirst ? [totalRow, ...body] : [...body, totalRow],
    notes,
  };
}

function incomeTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const a = (fen: number, kind: Kind = 'figure') => amount(t, fen, kind);
  const empty4 = () => [a(0, 'empty'), a(0, 'empty'), a(0, 'empty'), a(0, 'empty')];
  const rows: { subject: Pick<FunctionRowFigures, 'code' | 'name'>; cells: HtmlCell[] }[] = f.functionRows.map((r) => ({ subject: r, cells: [a(r.total), a(r.total), ...empty4(), a(0, 'empty')] }));
  if (f.otherIncome > 0) {
    const other = [['229', '其他支出'], ['22999', '其他支出'], ['2299901', '其他支出']];
    for (const [c, n] of other) rows.push({ subject: { code: c, name: n }, cells: [a(f.otherIncome), a(0), ...empty4(), a(f.otherIncome)] });
  }
  return functionTable(t, '收入决算表', true,
    ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    [a(incomeTotal(f)), a(f.fiscalIncome), ...empty4(), a(f.otherIncome)], rows, ['注：本表反映部门本年度取得的各项收入情况。']);
}

function expenditureTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const a = (fen: number, kind: Kind = 'figure') => amount(t, fen, kind);
  const cells = (r: Pick<FunctionRowFigures, 'total' | 'basic' | 'project'>) => [a(r.total), a(r.basic), a(r.project), a(0, 'empty'), a(0, 'empty'), a(0, 'empty')];
  return functionTable(t, '支出决算表', true,
    ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    cells({ total: f.expenditureTotal, basic: f.basic, project: f.project }),
    f.functionRows.map((r) => ({ subject: r, cells: cells(r) })), ['注：本表反映部门本年度各项支出情况。']);
}

function generalBudgetTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const a = (fen: number) => amount(t, fen);
  const cells = (r: Pick<FunctionRowFigures, 'total' | 'basic' | 'project'>) => [a(r.total), a(r.basic), a(r.project)];
  return functionTable(t, '一般公共预算财政拨款支出决算表', false, [['本年支出', ['小计', '基本支出', '项目支出']]],
    cells({ total: f.expenditureTotal, basic: f.basic, project: f.project }),
    f.functionRows.map((r) => ({ subject: r, cells: cells(r) })), ['注：本表反映部门本年度一般公共预算财政拨款支出情况。']);
}

// ——— the two summary tables ———

function classTotals(t: TableContext): Map<string, number> {
  return new Map(t.ctx.figures.functionRows.filter((r) => r.level === '类').map((r) => [r.code, r.total]));
}

/** 项目 | 行次 | amount cells of one side of a summary line. */
function side(t: TableContext, text: string, line: string, amounts: HtmlCell[]): HtmlCell[] {
  return [label(text), ...(t.variant.lineNumbers ? [center(line)] : []), ...amounts];
}

function summaryTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const a = (fen: number, kind: Kind = 'figure') => amount(t, fen, kind);
  const totals = classTotals(t);
  const income = [f.fiscalIncome, 0, 0, 0, 0, 0, 0, f.otherIncome];
  const lines = SUMMARY_CLASSES.map(([className, classCode], i) => [
    ...side(t, i < 8 ? `${chineseOrdinal(i + 1)}、${INCOME_LABELS[i]}` : '', i < 8 ? String(i + 1) : '', [i < 8 ? a(income[i], 'empty') : num('')]),
    ...side(t, `${chineseOrdinal(i + 1)}、${className}`, String(32 + i), [a(totals.get(classCode) ?? 0, 'empty')]),
  ]);
  const g = grandTotal(f);
  const foot = [
    [...side(t, '本年收入合计', '27', [a(incomeTotal(f))]), ...side(t, '本年支出合计', '58', [a(f.expenditureTotal)])],
    [...side(t, '使用非财政拨款结余', '28', [a(0, 'empty')]), ...side(t, '结余分配', '59', [a(0, 'empty')])],
    [...side(t, '年初结转和结余', '29', [a(f.openingBalance)]), ...side(t, '年末结转和结余', '60', [a(f.closingBalance)])],
    [...side(t, '总计', '30', [a(g)]), ...side(t, '总计', '61', [a(g)])],
  ];
  const n = t.variant.lineNumbers;
  const sideHead = [head('项目'), ...(n ? [head('行次')] : []), head('决算数')];
  return {
    ...base(t, '收入支出决算总表', false),
    widths: [{ share: 3 }, ...(n ? [{ em: 2.5 }] : []), { share: 1.3 }, { share: 3 }, ...(n ? [{ em: 2.5 }] : []), { share: 1.3 }],
    head: [
      [head('收入', n ? 3 : 2), head('支出', n ? 3 : 2)], [...sideHead, ...sideHead],
      ...(t.variant.columnNumbers ? [[head('栏次', n ? 2 : 1), head('1'), head('栏次', n ? 2 : 1), head('2')]] : []),
    ],
    body: [...lines, ...foot],
    notes: ['注：本表反映部门本年度的总收支和年末结转结余情况。'],
  };
}

function fiscalSummaryTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const a = (fen: number, kind: Kind = 'figure') => amount(t, fen, kind);
  const totals = classTotals(t);
  const income = [f.fiscalIncome, 0, 0];
  const lines = SUMMARY_CLASSES.map(([className, classCode], i) => {
    const total = totals.get(classCode) ?? 0;
    return [
      ...side(t, i < 3 ? `${chineseOrdinal(i + 1)}、${FISCAL_INCOME_LABELS[i]}` : '', i < 3 ? String(i + 1) : '', [i < 3 ? a(income[i], 'empty') : num('')]),
      ...side(t, `${chineseOrdinal(i + 1)}、${className}`, String(33 + i), [a(total, 'empty'), a(total, 'empty'), a(0, 'empty'), a(0, 'empty')]),
    ];
  });
  const grand = f.fiscalIncome + f.fiscalOpening;
  const blank = [num(''), num(''), num(''), num('')];
  const foot = [
    [...side(t, '本年收入合计', '27', [a(f.fiscalIncome)]), ...side(t, '本年支出合计', '59', [a(f.expenditureTotal), a(f.expenditureTotal), a(0, 'empty'), a(0, 'empty')])],
    [...side(t, '年初财政拨款结转和结余', '28', [a(f.fiscalOpening)]), ...side(t, '年末财政拨款结转和结余', '60', [a(f.fiscalClosing), a(f.fiscalClosing), a(0, 'empty'), a(0, 'empty')])],
    [...side(t, '一般公共预算财政拨款', '29', [a(f.fiscalOpening)]), ...side(t, '', '61', blank)],
    [...side(t, '政府性基金预算财政拨款', '30', [a(0, 'empty')]), ...side(t, '', '62', blank)],
    [...side(t, '国有资本经营预算财政拨款', '31', [a(0, 'empty')]), ...side(t, '', '63', blank)],
    [...side(t, '总计', '32', [a(grand)]), ...side(t, '总计', '64', [a(grand), a(grand), a(0, 'empty'), a(0, 'empty')])],
  ];
  const n = t.variant.lineNumbers;
  return {
    ...base(t, '财政拨款收入支出决算总表', true),
    widths: [{ share: 3 }, ...(n ? [{ em: 2.5 }] : []), { share: 1.2 }, { share: 3 }, ...(n ? [{ em: 2.5 }] : []), { share: 1.2 }, { share: 1.2 }, { share: 1.2 }, { share: 1.2 }],
    head: [
      [head('收入', n ? 3 : 2), head('支出', n ? 6 : 5)],
      [head('项目'), ...(n ? [head('行次')] : []), head('金额'), head('项目'), ...(n ? [head('行次')] : []),
        head('合计'), head('一般公共预算财政拨款'), head('政府性基金预算财政拨款'), head('国有资本经营预算财政拨款')],
      ...(t.variant.columnNumbers ? [[head('栏次', n ? 2 : 1), head('1'), head('栏次', n ? 2 : 1), head('2'), head('3'), head('4'), head('5')]] : []),
    ],
    body: [...lines, ...foot],
    notes: ['注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。'],
  };
}

// ——— 基本支出 by economic classification ———

function economicCells(t: TableContext, row: EconomicRowFigures | undefined): HtmlCell[] {
  return row ? [code(row.code), name(row.name), amount(t, row.amount)] : [code(''), name(''), num('')];
}

function basicEconomicTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const [personnel, goods, capital] = economicColumns(f.economicAmounts, CAPITAL_COLUMN);
  const panels = t.variant.basicPanels === 2 ? [personnel, [...goods, ...capital]] : [personnel, goods, capital];
  const height = Math.max(...panels.map((p) => p.length));
  const body: HtmlCell[][] = [];
  for (let i = 0; i < height; i++) body.push(panels.flatMap((p) => economicCells(t, p[i])));
  const publicSpan = panels.length === 2 ? 2 : 5;
  body.push([label('人员经费合计', 2), amount(t, f.personnelTotal), label('公用经费合计', publicSpan), amount(t, f.publicTotal)]);
  const columnHead = [head('经济分类科目编码'), head('科目名称'), head('决算数')];
  const groupRow = panels.length === 3 || t.ctx.rng.chance(0.5) ? [[head('人员经费', 3), head('公用经费', 3 * (panels.length - 1))]] : [];
  return {
    ...base(t, '一般公共预算财政拨款基本支出决算表', panels.length === 3),
    widths: panels.flatMap(() => [{ em: 4.5 }, { share: 2.2 }, { share: 1 }]),
    head: [...groupRow, panels.flatMap(() => columnHead)],
    body,
    notes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  };
}

// ——— 三公 ———

const THREE_KEYS: (keyof ThreePublicFigures)[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

function threePublicTable(t: TableContext): HtmlTable {
  const f = t.ctx.figures;
  const b = f.threePublicBudget;
  const u = f.threePublicActual;
  let head3: HtmlCell[][];
  let values: HtmlCell[];
  if (t.variant.threePublic === 'alternating') {
    head3 = [
      ...(t.ctx.rng.chance(0.5) ? [[head('财政拨款“三公”经费', 12)]] : []),
      [head('合计', 2, 2), head('因公出国（境）费', 2, 2), head('公务用车购置及运行维护费', 6), head('公务接待费', 2, 2)],
      [head('小计', 2), head('公务用车购置费', 2), head('公务用车运行维护费', 2)],
      Array.from({ length: 12 }, (_, i) => head(i % 2 === 0 ? '预算数' : '决算数')),
    ];
    values = THREE_KEYS.flatMap((k) => [amount(t, b[k]), amount(t, u[k])]);
  } else {
    const items = [head('合计', 1, 2), head('因公出国（境）费', 1, 2), head('公务用车购置及运行维护费', 3), head('公务接待费', 1, 2)];
    const sub = [head('小计'), head('公务用车购置费'), head('公务用车运行维护费')];
    head3 = [[head('预算数', 6), head('决算数', 6)], [...items, ...items], [...sub, ...sub]];
    values = [...THREE_KEYS.map((k) => amount(t, b[k])), ...THREE_KEYS.map((k) => amount(t, u[k]))];
  }
  if (t.variant.columnNumbers) head3.push(Array.from({ length: 12 }, (_, i) => head(String(i + 1))));
  return {
    ...base(t, '财政拨款“三公”经费支出决算表', true),
    widths: Array.from({ length: 12 }, () => ({ share: 1 })),
    head: head3,
    body: [values],
    notes: ['注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。'],
  };
}

// ——— the two tables without data ———

function emptyRows(t: TableContext, cells: number): HtmlCell[][] {
  return Array.from({ length: t.ctx.rng.int(0, 3) }, () => Array.from({ length: cells }, () => num('')));
}

function governmentFundTable(t: TableContext): HtmlTable {
  const a = () => amount(t, 0, 'empty');
  const table = functionTable(t, '政府性基金预算财政拨款收入支出决算表', true,
    ['年初结转和结余', '本年收入', ['本年支出', ['小计', '基本支出', '项目支出']], '年末结转和结余'],
    [a(), a(), a(), a(), a(), a()], [], ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
      `说明：${t.ctx.department.name}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`]);
  return { ...table, body: [...table.body, ...emptyRows(t, codeColumns(t) + 7)] };
}

function stateCapitalTable(t: TableContext): HtmlTable {
  const a = () => amount(t, 0, 'empty');
  const table = functionTable(t, '国有资本经营预算财政拨款支出决算表', true, [['本年支出', ['合计', '基本支出', '项目支出']]],
    [a(), a(), a()], [], ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
      `说明：${t.ctx.department.name}没有使用国有资本经营预算安排的支出，故本表无数据。`]);
  return { ...table, body: [...table.body, ...emptyRows(t, codeColumns(t) + 4)] };
}

/** The nine tables in the order of 目录. */
export function reportTables(t: TableContext): HtmlTable[] {
  return [
    summaryTable(t), incomeTable(t), expenditureTable(t), fiscalSummaryTable(t), generalBudgetTable(t),
    basicEconomicTable(t), threePublicTable(t), governmentFundTable(t), stateCapitalTable(t),
  ];
}

// Tables ruled only across (no vertical rule) or not at all, read by the alignment of their words: a
// right-aligned amount is not joined to the left-aligned cell after it, an amount whose
// neighbour is blank stays in its own column, split 类 | 款 | 项 codes stay in their columns,
// and a name wrapped above its row's amounts starts that row, not the header.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/ingest.ts';
import { readPdf } from '../../scripts/ingest/pdf/read.ts';
import { buildPdf, showText, UnicodeFont } from '../helpers/pdf-build.ts';
import { memoryEffects } from '../helpers/memory-effects.ts';
import { drawTable, type DrawnTable } from '../helpers/pdf-table.ts';

// Two panels of 基本支出, each code | name | amount: read back cell for cell.
const PANELS = [
  ['301', '工资福利支出', '1,980,873.26', '302', '商品和服务支出', '1,235,967.45'],
  ['30101', '基本工资', '612,400.00', '30201', '办公费', '45,210.30'],
  ['30102', '津贴补贴', '1,368,473.26', '30299', '其他商品和服务支出', '1,190,757.15'],
];

// 类 | 款 | 项 in three narrow columns: a 类 row prints 类 only, a 款 row 类 and 款.
const SPLIT_CODES = [
  ['208', '', '', '社会保障和就业支出', '182.07', '182.07', ''],
  ['208', '05', '', '行政事业单位养老支出', '182.07', '182.07', ''],
  ['208', '05', '01', '行政单位离退休', '71.33', '71.33', ''],
  ['208', '05', '05', '机关事业单位基本养老', '110.74', '110.74', ''],
  ['212', '', '', '城乡社区支出', '94.51', '', '94.51'],
  ['212', '05', '', '城乡社区环境卫生', '94.51', '', '94.51'],
  ['212', '05', '01', '城乡社区环境卫生', '94.51', '', '94.51'],
];

const THREE_PUBLIC_TITLE = '财政拨款“三公”经费支出决算表';

/**
 * What the ingest publishes from a report of a cover and this table, under its title, on a
 * landscape page; `next`: the table's rows continued on the next page.
 */
async function published(title: string, table: DrawnTable, next?: DrawnTable) {
  const font = new UnicodeFont();
  const content = showText(table.x, table.top + 20, 12, title, font) + drawTable(table, font);
  const cover = showText(72, 760, 14, '上海市测试局', font) + showText(72, 736, 14, '2024年度部门决算', font);
  const pages = [{ content: cover }, { width: 842, height: 595, content }];
  if (next) pages.push({ width: 842, height: 595, content: drawTable(next, font) });
  const { effects } = memoryEffects({ 'reports/report.pdf': buildPdf(pages, { font }) });
  const { entries } = await runIngest(effects);
  return entries[0];
}

async function tableRows(table: DrawnTable, title: string): Promise<string[][]> {
  const font = new UnicodeFont();
  const content = showText(table.x, table.top + 20, 12, title, font) + drawTable(table, font);
  const reading = await readPdf(buildPdf([{ width: 842, height: 595, content }], { font }));
  if (!reading.ok) throw new Error(reading.message);
  expect(reading.grids).toEqual([{ page: 1, ruled: false }]);
  return reading.lines.filter((l) => l.cells).map((l) => l.cells!);
}

describe('a half-ruled table read by alignment', () => {
  it.each([{ ruling: 'ruled only across', bare: false }, { ruling: 'without any rule', bare: true }])('a right-aligned amount and the code after it, 5 points apart, are two columns (two panels, $ruling)', async ({ bare }) => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [40, 80, 75, 40, 80, 75], size: 6, padding: 2.5, bare,
      header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
      rows: PANELS,
    }, '一般公共预算财政拨款基本支出决算表');
    expect(rows.slice(1)).toEqual(PANELS);
  });

  it('an amount beside a blank cell stays in the column its right edge lines up with', async () => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [60, 110, 70, 70, 70, 70], size: 7, padding: 4,
      header: [['功能分类科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '经营支出']],
      rows: [
        ['201', '一般公共服务支出', '1939.00', '1906.67', '32.33', ''],
        ['20106', '财政事务', '1939.00', '1906.67', '32.33', ''],
        ['2010601', '行政运行', '1906.67', '1906.67', '', ''],
        ['2010607', '信息化建设', '32.33', '', '32.33', ''],
        ['208', '社会保障和就业支出', '797.23', '797.23', '', ''],
        ['20805', '行政事业单位养老支出', '797.23', '797.23', '', ''],
        ['2080501', '行政单位离退休', '595.12', '595.12', '', ''],
        ['2080505', '机关事业单位基本养老保险缴费支出', '202.11', '202.11', '', ''],
        ['210', '卫生健康支出', '86.62', '86.62', '', ''],
        ['21011', '行政事业单位医疗', '86.62', '86.62', '', ''],
        ['2101101', '行政单位医疗', '86.62', '86.62', '', ''],
      ],
    }, '支出决算表');
    expect(rows[0]).toEqual(['功能分类科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '经营支出']);
    // Project amounts stand in three rows of eleven: this one is not dealt out "in order" into 基本支出.
    expect(rows[4]).toEqual(['2010607', '信息化建设', '32.33', '', '32.33', '']);
    expect(rows[3]).toEqual(['2010601', '行政运行', '1906.67', '1906.67', '', '']);
    expect(rows[8]).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '202.11', '202.11', '', '']);
  });

  it('a name holding a space, longer than the others, stays one cell', async () => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [60, 150, 70, 70, 70], size: 7, padding: 3,
      header: [['功能分类科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出']],
      rows: [
        ['208', '社会保障和就业支出', '182.07', '182.07', ''],
        ['20805', '行政事业单位养老支出', '182.07', '182.07', ''],
        ['2080501', '行政单位离退休', '71.33', '71.33', ''],
        ['2080505', '机关事业单位基本养老保险 缴费支出', '110.74', '110.74', ''],
      ],
    }, '支出决算表');
    expect(rows.at(-1)).toEqual(['2080505', '机关事业单位基本养老保险缴费支出', '110.74', '110.74', '']);
  });

  it('split 类 | 款 | 项 codes: a 款 row keeps its 款 code under 款, its 项 cell blank', async () => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [30, 30, 30, 130, 80, 80, 80], size: 8, padding: 5.4,
      header: [
        [{ text: '功能分类科目编码', span: 3 }, '科目名称', '本年支出合计', '基本支出', '项目支出'],
        ['类', '款', '项', '', '', '', ''],
      ],
      rows: SPLIT_CODES,
    }, '支出决算表');
    expect(rows.slice(-SPLIT_CODES.length)).toEqual(SPLIT_CODES);
  });

  it('a name wrapped above its row\'s bottom-aligned amount starts that row, not the header', async () => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [50, 70, 70, 50, 70, 70], size: 7, padding: 3,
      header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
      rows: [
        ['301', '工资福利支出', '1,023.53', '307', '债务利息及费用\n支出', '0.00'],
        ['30101', '基本工资', '309.23', '30701', '国内债务付息', '0.00'],
        ['30102', '津贴补贴', '714.30', '30702', '国外债务付息', '0.00'],
      ],
    }, '一般公共预算财政拨款基本支出决算表');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['301', '工资福利支出', '1,023.53', '307', '债务利息及费用支出', '0.00']);
  });

  it('a page holding the last rows of a few columns takes the columns of the table it continues', async () => {
    const font = new UnicodeFont();
    const table = { x: 40, widths: [40, 80, 75, 40, 80, 75], size: 6, padding: 2.5, header: [] };
    const first = showText(40, 540, 12, '一般公共预算财政拨款基本支出决算表', font) + drawTable({
      ...table, top: 520, rows: PANELS,
      header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
    }, font);
    const continued = drawTable({ ...table, top: 560, rows: [
      ['30399', '其他对个人和家庭的补助', '0.00', '', '', ''],
      ['', '人员经费合计', '3,349,346.52', '', '公用经费合计', '2,471,934.90'],
    ] }, font);
    const reading = await readPdf(buildPdf([{ width: 842, height: 595, content: first }, { width: 842, height: 595, content: continued }], { font }));
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.lines.filter((l) => l.page === 2).map((l) => l.cells)).toEqual([
      ['30399', '其他对个人和家庭的补助', '0.00', '', '', ''],
      ['', '人员经费合计', '3,349,346.52', '', '公用经费合计', '2,471,934.90'],
    ]);
  });

  it('a last row alone on the next page, between two rules, continues the table', async () => {
    const table = { x: 40, widths: [40, 80, 75, 40, 80, 75], size: 6, padding: 2.5 };
    const entry = await published('一般公共预算财政拨款基本支出决算表', {
      ...table, top: 520, rows: PANELS,
      header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
    }, { ...table, top: 560, header: [], rows: [['', '人员经费合计', '1,980,873.26', '', '公用经费合计', '1,235,967.45']] });
    expect(entry.basicByEconomic).toMatchObject({ personnelTotal: 1980873.26, publicTotal: 1235967.45 });
  });

  it('the last rows on a page of their own, two of them coded: a name wrapped beside its code stays in its row', async () => {
    const table = { x: 40, widths: [40, 80, 75, 40, 80, 75], size: 6, padding: 2.5 };
    const entry = await published('一般公共预算财政拨款基本支出决算表', {
      ...table, top: 520, rows: PANELS,
      header: [['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数']],
    }, { ...table, top: 560, header: [], rows: [
      ['30399', '其他对个人和\n家庭的补助', '14,642.14', '30240', '税金及附加费\n用', ''],
      ['', '', '', '30299', '其他商品和服务支出', '132,220.58'],
    ] });
    expect(entry.basicByEconomic!.rows.filter((r) => r.code.startsWith('303')).map((r) => [r.code, r.name, r.amount]))
      .toEqual([['30399', '其他对个人和家庭的补助', 14642.14]]);
  });

  it('a column only one row fills (a panel with one amount) is a column of its own: the names left of it keep their characters', async () => {
    // The one amount stood in a gap one row may cross: no column, its name and amount shared a
    // cell, and the columns came from the header's labels, the name's one centred over its wide
    // column: 费, wrapped onto a line of its own, went into the code column.
    const table = {
      x: 40, top: 540, widths: [50, 130, 75, 50, 130, 75], size: 7, padding: 3,
      header: [['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数']],
      rows: [
        ['301', '工资福利支出', '9,000.00', '307', '债务利息及费用支出', ''],
        ['30101', '基本工资', '3,000.00', '30701', '国内债务付息', ''],
        ['30102', '津贴补贴', '2,000.00', '30702', '国外债务付息', ''],
        ['30103', '奖金', '1,000.00', '310', '资本性支出', '154,598.58'],
        ['30107', '绩效工资', '1,000.00', '31001', '房屋建筑物购建', ''],
        ['30108', '机关事业单位基本养\n老保险缴费', '800.00', '31002', '办公设备购置', ''],
        ['30110', '职工基本医疗保险缴\n费', '600.00', '31003', '专用设备购置', ''],
        ['30112', '其他社会保障缴费', '400.00', '31005', '基础设施建设', ''],
        ['30113', '住房公积金', '200.00', '31006', '大型修缮', ''],
      ],
    };
    const entry = await published('一般公共预算财政拨款基本支出决算表', table);
    expect(entry.basicByEconomic!.rows.filter((r) => ['30110', '310'].includes(r.code)).map((r) => [r.code, r.name, r.amount]))
      .toEqual([['30110', '职工基本医疗保险缴费', 600], ['310', '资本性支出', 154598.58]]);
  });

  it('a 行次 column no line with an amount fills (its numbers a line above the amounts) stays a column of its own', async () => {
    // The header's 行 stood wholly in a gap of the lines the columns are found from: 行次 and
    // 金额 were one column, and 1 and 864.48 one cell, read as 1,864.48 (a report of 1,000).
    const rows = await tableRows({
      x: 40, top: 540, widths: [80, 25, 60, 80, 25, 60], size: 8, padding: 3,
      header: [['项目', '行\n次', '金额', '项目', '行\n次', '合计']],
      rows: [
        // Names over two lines, their 行次 on a line between them, the amounts at the foot.
        ['一、一般公共预\n\n算财政拨款', '\n1', '864.48', '一、一般公共服\n\n务支出', '\n33', '135.30'],
        ['二、政府性基金\n\n预算财政拨款', '\n2', '', '\n二、外交支出', '\n34', ''],
        ['三、国有资本经\n\n营预算财政拨款', '\n3', '', '\n三、国防支出', '\n35', ''],
        ['', '', '', '四、公共安全支\n出', '36', ''],
        ['', '', '', '五、教育支出', '37', ''],
        ['', '', '', '六、科学技术支\n出', '38', ''],
        ['', '', '', '八、社会保障和\n就业支出', '40', '69.40'],
        ['', '', '', '九、卫生健康支\n出', '41', '17.78'],
        ['', '', '', '十二、农林水支\n出', '44', '611.67'],
      ],
    }, '财政拨款收入支出决算总表');
    expect(rows[0]).toEqual(['项目', '行次', '金额', '项目', '行次', '合计']);
    expect(rows.find((r) => r[0].startsWith('一、'))).toEqual(['一、一般公共预算财政拨款', '1', '864.48', '一、一般公共服务支出', '33', '135.30']);
    expect(rows.find((r) => r[0].startsWith('二、'))).toEqual(['二、政府性基金预算财政拨款', '2', '', '二、外交支出', '34', '']);
    // No cell holds a 行次 and an amount together.
    expect(rows.flat().filter((cell) => /\d\s+\d/.test(cell))).toEqual([]);
  });

  it('a multi-level header (三公: 预算数 over six columns, 公务用车 over three, 合计 down two rows) is read as cells with their spans', async () => {
    const budget = ['26.21', '0.00', '4.15', '0.00', '4.15', '22.06'];
    const actual = ['21.22', '0.00', '4.14', '0.00', '4.14', '17.08'];
    const items = [
      { text: '合计', rows: 2 }, { text: '因公出国（境）费', rows: 2 }, { text: '公务用车购置及运行维护费', span: 3 }, { text: '公务接待费', rows: 2 },
    ];
    const font = new UnicodeFont();
    const content = showText(40, 540, 12, THREE_PUBLIC_TITLE, font) + drawTable({
      x: 40, top: 520, widths: Array(12).fill(60), size: 6, padding: 3,
      header: [
        [{ text: '预算数', span: 6 }, { text: '决算数', span: 6 }],
        [...items, ...items],
        ['小计', '公务用车购置费', '公务用车运行维护费', '小计', '公务用车购置费', '公务用车运行维护费'],
        Array.from({ length: 12 }, (_, i) => String(i + 1)),
      ],
      rows: [[...budget, ...actual]],
    }, font);
    const pdf = buildPdf([{ content: showText(72, 760, 14, '上海市测试局', font) + showText(72, 736, 14, '2024年度部门决算', font) }, { width: 842, height: 595, content }], { font });
    const reading = await readPdf(pdf);
    if (!reading.ok) throw new Error(reading.message);
    const side = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'];
    expect(reading.lines.filter((l) => l.cells).map((l) => [l.cells, l.spans])).toEqual([
      [['预算数', '', '', '', '', '', '决算数', '', '', '', '', ''], [6, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0]],
      [[...side, ...side], [1, 1, 3, 0, 0, 1, 1, 1, 3, 0, 0, 1]],
      [['', '', '小计', '公务用车购置费', '公务用车运行维护费', '', '', '', '小计', '公务用车购置费', '公务用车运行维护费', ''], [-1, -1, 1, 1, 1, -1, -1, -1, 1, 1, 1, -1]],
      [Array.from({ length: 12 }, (_, i) => String(i + 1)), Array(12).fill(1)],
      [[...budget, ...actual], undefined],
    ]);
    // The table layer names every column from those spans: the 三公 figures come from the table.
    const { effects } = memoryEffects({ 'reports/three-public.pdf': pdf });
    const { entries } = await runIngest(effects);
    expect(entries[0].threePublic).toMatchObject({
      budget: { total: 26.21, abroad: 0, vehicle: 4.15, vehiclePurchase: 0, vehicleOperation: 4.15, reception: 22.06 },
      actual: { total: 21.22, abroad: 0, vehicle: 4.14, vehiclePurchase: 0, vehicleOperation: 4.14, reception: 17.08 },
    });
  });

  const ITEMS = [
    { text: '合计', rows: 2 }, { text: '因公出国（境）费', rows: 2 }, { text: '公务用车购置及运行维护费', span: 3 }, { text: '公务接待费', rows: 2 },
  ];
  // 预算数 over six columns, then 决算数; under each the four items, 公务用车 over three.
  const GROUPED = {
    x: 40, top: 520, widths: Array(12).fill(60), size: 6, padding: 3,
    header: [
      [{ text: '预算数', span: 6 }, { text: '决算数', span: 6 }],
      [...ITEMS, ...ITEMS],
      ['小计', '公务用车购置费', '公务用车运行维护费', '小计', '公务用车购置费', '公务用车运行维护费'],
    ],
  };
  it.each([
    {
      // The line naming the most columns (合计 … 公务接待费, centred down two rows) names eight, as
      // many as the amounts: the columns are not that line's.
      case: 'blank zeros: the columns no amount fills come from the header labels with no rule under them',
      table: {
        ...GROUPED,
        rows: [['134.95', '', '34.81', '', '34.81', '100.14', '110.19', '', '29.88', '', '29.88', '80.31']],
      },
      budget: { total: 134.95, vehicle: 34.81, vehicleOperation: 34.81, reception: 100.14 },
      actual: { total: 110.19, vehicle: 29.88, vehicleOperation: 29.88, reception: 80.31 },
    },
    {
      // 合计 stands left of every amount: a column of its own where the rows' columns start.
      case: 'zeros printed, short amounts: the first label, left of them all, makes no column of its own',
      table: {
        ...GROUPED,
        rows: [['4.3', '0.0', '0.0', '0.0', '0.0', '4.3', '3.1', '0.0', '0.0', '0.0', '0.0', '3.1']],
      },
      budget: { total: 4.3, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 4.3 },
      actual: { total: 3.1, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 3.1 },
    },
    {
      case: 'alternating 预算 决算 under each item, labels closer than a character and a half: twelve columns',
      table: {
        x: 40, top: 520, widths: Array(12).fill(20), size: 6, padding: 1,
        header: [
          [{ text: '合计', span: 2, rows: 2 }, { text: '出国费', span: 2, rows: 2 }, { text: '公务用车购置及运行费', span: 6 }, { text: '接待费', span: 2, rows: 2 }],
          [{ text: '小计', span: 2 }, { text: '购置费', span: 2 }, { text: '运行费', span: 2 }],
          Array.from({ length: 12 }, (_, i) => (i % 2 ? '决算' : '预算')),
        ],
        rows: [['6.4', '2.3', '', '', '1.1', '8.2', '', '', '1.1', '8.2', '5.3', '4.1']],
      },
      budget: { total: 6.4, vehicle: 1.1, vehicleOperation: 1.1, reception: 5.3 },
      actual: { total: 2.3, vehicle: 8.2, vehicleOperation: 8.2, reception: 4.1 },
    },
  ])('三公 $case', async ({ table, budget, actual }) => {
    expect((await published(THREE_PUBLIC_TITLE, table)).threePublic).toMatchObject({ budget, actual });
  });

  it('header labels wider than their amounts, close together, stay in their own columns (a header of two bands)', async () => {
    const rows = await tableRows({
      x: 40, top: 520, widths: [70, 90, 56, 56, 56], size: 8, padding: 3,
      header: [
        [{ text: '项目', span: 2 }, { text: '本年支出合计', rows: 2 }, { text: '本年基本支出', rows: 2 }, { text: '本年项目支出', rows: 2 }],
        ['科目编码', '科目名称'],
      ],
      rows: [
        ['201', '一般公共服务支出', '19.98', '9.99', '9.99'],
        ['20106', '财政事务', '19.98', '9.99', '9.99'],
        ['2010601', '行政运行', '19.98', '9.99', '9.99'],
      ],
    }, '支出决算表');
    expect(rows.slice(0, 2)).toEqual([['项目', '', '本年支出合计', '本年基本支出', '本年项目支出'], ['科目编码', '科目名称', '', '', '']]);
    expect(rows[4]).toEqual(['2010601', '行政运行', '19.98', '9.99', '9.99']);
  });

  it('a three-line table (rules above and below the header and below the table only): its two-level header still names the columns', async () => {
    const entry = await published('支出决算表', {
      x: 40, top: 520, widths: [70, 110, 80, 80, 80], size: 7, padding: 3, threeLine: true,
      header: [
        [{ text: '科目编码', rows: 2 }, { text: '科目名称', rows: 2 }, { text: '合计', rows: 2 }, { text: '本年支出', span: 2 }],
        ['基本支出', '项目支出'],
      ],
      rows: [
        ['201', '一般公共服务支出', '100.00', '60.00', '40.00'],
        ['20106', '财政事务', '100.00', '60.00', '40.00'],
        ['2010601', '行政运行', '60.00', '60.00', ''],
        ['2010699', '其他财政事务支出', '40.00', '', '40.00'],
      ],
    });
    expect(entry.expenditureByFunction!.map((r) => [r.code, r.total, r.basic, r.project])).toEqual([
      ['201', 100, 60, 40], ['20106', 100, 60, 40], ['2010601', 60, 60, undefined], ['2010699', 40, undefined, 40],
    ]);
  });

  it('labels spread across their cells, closer than the boundary found from the body: each stays in its column', async () => {
    // The boundary lies midway between 基本支出's amounts and 项目支出's shorter ones: inside 项目
    // 支出's first character, right of its middle, so 项 went with 基本支出.
    const entry = await published('支出决算表', {
      x: 40, top: 520, widths: [30, 30, 30, 130, 70, 60, 60, 70], size: 8, padding: 3,
      header: [
        [{ text: '科目编码', span: 3 }, { text: '科目名称', rows: 2 }, { text: '合计', rows: 2 }, { text: '基 本 支 出', rows: 2 }, { text: '项 目 支 出', rows: 2 }, { text: '经营支出', rows: 2 }],
        ['类', '款', '项'],
      ],
      rows: [
        ['208', '', '', '社会保障和就业支出', '64.28', '64.28', '', ''],
        ['208', '05', '', '行政事业单位养老支出', '64.28', '64.28', '', ''],
        ['208', '05', '01', '行政单位离退休', '64.28', '64.28', '', ''],
        ['212', '', '', '城乡社区支出', '242.11', '184.80', '57.31', ''],
        ['212', '01', '', '城乡社区管理事务', '242.11', '184.80', '57.31', ''],
        ['212', '01', '01', '行政运行', '153.91', '146.00', '7.91', ''],
        ['212', '01', '04', '城管执法', '88.20', '38.80', '49.40', ''],
      ],
    });
    expect(entry.expenditureByFunction!.map((r) => [r.code, r.total, r.basic, r.project])).toEqual([
      ['208', 64.28, 64.28, undefined], ['20805', 64.28, 64.28, undefined], ['2080501', 64.28, 64.28, undefined],
      ['212', 242.11, 184.8, 57.31], ['21201', 242.11, 184.8, 57.31], ['2120101', 153.91, 146, 7.91], ['2120104', 88.2, 38.8, 49.4],
    ]);
  });
});

// The table layer on the three seed reports with tables: every table found, every
// semantic figure equal to what the report prints (golden figures read off the reports).
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../scripts/ingest/tables/index.ts';
import { toLines } from '../../scripts/ingest/text.ts';
import type { TableFacts } from '../../scripts/ingest/types.ts';
import { seed, seedText } from '../helpers/seeds.ts';

const parse = (prefix: string): TableFacts => {
  const file = seed(prefix);
  return parseTables({ file, lines: toLines(seedText(file)) });
};

const PUBLIC_IDS = ['公开01', '公开02', '公开03', '公开04', '公开05', '公开06', '公开07', '公开08', '公开09'];

interface Golden {
  prefix: string;
  ids: string[];
  rowCounts: Record<string, number>;
  summary: TableFacts['summary'];
  income: { count: number; first: [string, number, number]; last: [string, number, number] };
  functionRows: number;
  functionSamples: [code: string, name: string, level: string, total: number, basic: number, project: number, line: number][];
  economic: { personnel: number; public: number; rows: number; samples: [string, string, number, number][] };
  threePublic: { budget: number[]; actual: number[] };
  threePublicId: string;
}

const GOLDEN: Golden[] = [
  {
    prefix: '000',
    ids: PUBLIC_IDS,
    rowCounts: { 公开01: 31, 公开02: 37, 公开03: 34, 公开04: 32, 公开05: 34, 公开06: 29, 公开07: 1, 公开08: 0, 公开09: 0 },
    summary: { incomeTotal: 7630.15, expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13, openingBalance: 997.25, closingBalance: 1000.18, grandTotal: 8627.4 },
    income: { count: 8, first: ['一般公共预算财政拨款收入', 7627.22, 113], last: ['其他收入', 2.93, 120] },
    functionRows: 33,
    functionSamples: [
      ['206', '科学技术支出', '类', 544.05, 354.4, 189.65, 213],
      ['20604', '技术与开发', '款', 295, 295, 0, 214],
      ['2069999', '其他科学技术支出', '项', 249.05, 59.4, 189.65, 217],
      ['2150599', '其他工业和信息产业监管支出', '项', 258.68, 168.56, 90.13, 239],
      ['2220511', '应急物资储备', '项', 3337.72, 0, 3337.72, 245],
    ],
    economic: {
      personnel: 2068.89, public: 968.21, rows: 80,
      samples: [['301', '工资福利支出', 1627.74, 355], ['30101', '基本工资', 414.22, 356], ['30299', '其他商品和服务支出', 193.75, 382], ['310', '资本性支出', 48.84, 358], ['31013', '公务用车购置', 18.91, 370], ['39908', '对民间非营利组织和群众性自治组织补贴', 0, 378]],
    },
    threePublic: { budget: [62.34, 0, 50.35, 18.91, 31.43, 12], actual: [62.34, 0, 50.35, 18.91, 31.43, 12] },
    threePublicId: '公开07',
  },
  {
    prefix: '004',
    ids: [...PUBLIC_IDS, '附件3', '附表2'], // the report labels its first appendix 附件3
    rowCounts: { 公开01: 31, 公开02: 35, 公开03: 35, 公开04: 32, 公开05: 35, 公开06: 29, 公开07: 1, 公开08: 1, 公开09: 1 },
    summary: { incomeTotal: 2175.87, expenditureTotal: 2175.87, basicExpenditure: 1806.7, projectExpenditure: 369.17, openingBalance: 0, closingBalance: 0, grandTotal: 2175.87 },
    income: { count: 8, first: ['一般公共预算财政拨款收入', 2175.87, 117], last: ['其他收入', 0, 124] },
    functionRows: 34,
    functionSamples: [
      ['201', '一般公共服务支出', '类', 5.09, 0, 5.09, 224],
      ['21501', '资源勘探开发', '款', 1.1, 0, 1.1, 245],
      ['2150102', '一般行政管理事务', '项', 1.1, 0, 1.1, 250],
      ['21505', '工业和信息产业监管', '款', 1414.42, 1233.66, 180.76, 251],
      ['2210201', '住房公积金', '项', 90.22, 90.22, 0, 261],
    ],
    economic: {
      personnel: 1497.21, public: 309.49, rows: 81,
      samples: [['301', '工资福利支出', 1173.72, 385], ['30302', '退休费', 323.49, 401], ['30309', '奖励金', 0, 410], ['30229', '福利费', 23.98, 410], ['39910', '资本性赠与', 0, 411], ['30299', '其他商品和服务支出', 131.74, 414]],
    },
    threePublic: { budget: [29.59, 0, 28.94, 17.98, 10.96, 0.66], actual: [29.59, 0, 28.94, 17.98, 10.96, 0.66] },
    threePublicId: '公开09',
  },
  {
    prefix: '001',
    ids: [...PUBLIC_IDS, '附件1-1', '附件1-2'], // the report's own 附件 labels
    rowCounts: { 公开01: 31, 公开02: 25, 公开03: 25, 公开04: 32, 公开05: 25, 公开06: 29, 公开07: 1, 公开08: 0, 公开09: 0 },
    summary: { incomeTotal: 5531.1, expenditureTotal: 5531.1, basicExpenditure: 5029.13, projectExpenditure: 501.98, openingBalance: 0, closingBalance: 0, grandTotal: 5531.1 },
    income: { count: 8, first: ['一般公共预算财政拨款收入', 5531.1, 95], last: ['其他收入', 0, 102] },
    functionRows: 24,
    functionSamples: [
      ['201', '一般公共服务支出', '类', 4680.26, 4178.28, 501.98, 181],
      ['20103', '政府办公厅（室）及相关机构事务', '款', 4465.59, 3972.62, 492.98, 182],
      ['20199', '其他一般公共服务支出', '款', 205.76, 196.76, 9, 190],
      ['2101103', '公务员医疗补助', '项', 38.96, 38.96, 0, 201],
    ],
    economic: {
      personnel: 2146.06, public: 2883.06, rows: 80,
      samples: [['302', '商品和服务支出', 2770.1, 305], ['30209', '物业管理费', 465.34, 314], ['30299', '其他商品和服务支出', 317.7, 332], ['30303', '退职（役）费', 0, 322], ['310', '资本性支出', 112.96, 308], ['31002', '办公设备购置', 111.36, 310]],
    },
    threePublic: { budget: [310, 64, 191, 91, 100, 55], actual: [161.33, 0, 153.89, 55.55, 98.35, 7.44] },
    threePublicId: '公开07',
  },
];

const ROLES = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

describe.each(GOLDEN)('seed $prefix', (g) => {
  const facts = parse(g.prefix);
  const table = (id: string) => facts.tables.find((t) => t.id === id)!;

  it('finds every table once, by its 公开 label, with its rows', () => {
    expect(facts.tables.map((t) => t.id)).toEqual(g.ids);
    for (const [id, count] of Object.entries(g.rowCounts)) expect([id, table(id).rows.length]).toEqual([id, count]);
    for (const id of PUBLIC_IDS) expect(table(id).publishedUnit).toBe('万元');
  });

  it('reads the summary of 公开01 and the 合计 row of 公开03', () => {
    expect(facts.summary).toEqual(g.summary);
  });

  it('reads the income side of 公开01 in order, with sources', () => {
    expect(facts.income).toHaveLength(g.income.count);
    const first = facts.income![0];
    const last = facts.income!.at(-1)!;
    expect([first.name, first.amount, first.source?.line]).toEqual(g.income.first);
    expect([last.name, last.amount, last.source?.line]).toEqual(g.income.last);
  });

  it('reads every 类/款/项 row of 公开03', () => {
    const rows = facts.expenditureByFunction!;
    expect(rows).toHaveLength(g.functionRows);
    for (const [code, name, level, total, basic, project, line] of g.functionSamples) {
      const row = rows.find((r) => r.code === code);
      expect(row).toEqual({ code, name, level, total, basic, project, source: { file: seed(g.prefix), line } });
    }
    for (const row of rows) expect(row.level).toBe(({ 3: '类', 5: '款', 7: '项' } as Record<number, string>)[row.code.length]);
  });

  it('reads the 06 table: totals, every 类 and 款', () => {
    const e = facts.basicByEconomic!;
    expect([e.personnelTotal, e.publicTotal, e.rows.length]).toEqual([g.economic.personnel, g.economic.public, g.economic.rows]);
    for (const [code, name, amount, line] of g.economic.samples) {
      expect(e.rows.find((r) => r.code === code)).toMatchObject({ code, name, amount, level: code.length === 3 ? '类' : '款', source: { line } });
    }
    expect(new Set(e.rows.map((r) => r.code)).size).toBe(e.rows.length);
  });

  it('reads the 三公 table, wherever it is numbered', () => {
    expect(table(g.threePublicId).title).toMatch(/三公/);
    expect(ROLES.map((r) => facts.threePublic?.budget?.[r])).toEqual(g.threePublic.budget);
    expect(ROLES.map((r) => facts.threePublic?.actual?.[r])).toEqual(g.threePublic.actual);
  });

  it('pads every row to its columns and keeps empty cells as null', () => {
    for (const t of facts.tables.filter((x) => x.columns.length)) {
      for (const row of t.rows) {
        expect(row.cells.length).toBeGreaterThanOrEqual(t.columns.length);
        expect(row.cells).not.toContain('');
      }
    }
  });
});

describe('seed 004: tables split across pages', () => {
  const facts = parse('004');
  it.each([['公开01', 117, 151], ['公开02', 168, 206], ['公开03', 223, 261], ['公开04', 278, 313], ['公开05', 332, 370], ['公开06', 385, 415]])(
    '%s is one table from line %i to %i with no repeated header inside', (id, first, last) => {
      const rows = facts.tables.find((t) => t.id === id)!.rows;
      expect([rows[0].source.line, rows.at(-1)!.source.line]).toEqual([first, last]);
      const texts = rows.flatMap((r) => r.cells.filter((c): c is string => typeof c === 'string'));
      expect(texts.filter((c) => /栏次|科目名称|^项目$|^收入$/.test(c))).toEqual([]);
    });

  it('reads the 06 table titled 基本支出决算明细表', () => {
    expect(facts.tables.find((t) => t.id === '公开06')!.title).toBe('一般公共预算财政拨款基本支出决算明细表');
  });

  it('reports nothing and repairs nothing in a clean report', () => {
    expect(facts.checks).toEqual([]);
    expect(facts.messages).toEqual([]);
  });
});

describe('seed 000: the table of contents is not a table', () => {
  const facts = parse('000');
  it('starts each table at its title in the body, not in the 目录', () => {
    expect(facts.tables.map((t) => t.source?.line)).toEqual([100, 148, 200, 249, 296, 345, 387, 404, 417]);
  });
  it('publishes empty tables (故本表无数据) without data rows, with their columns', () => {
    const t08 = facts.tables.find((t) => t.id === '公开08')!;
    expect(t08.rows).toEqual([]);
    expect(t08.columns).toEqual(['项目/功能分类科目编码', '项目/科目名称', '年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余']);
    expect(facts.messages).toEqual([]);
  });
  it('keeps 行次 and codes as text and amounts as numbers', () => {
    const t01 = facts.tables.find((t) => t.id === '公开01')!;
    expect(t01.rows.find((r) => r.source.line === 139)!.cells).toEqual(['本年收入合计', '27', 7630.15, '本年支出合计', '58', 7627.22]);
    const t06 = facts.tables.find((t) => t.id === '公开06')!;
    expect(t06.rows.find((r) => r.source.line === 383)!.cells).toEqual([null, '人员经费合计', 2068.89, null, '公用经费合计', null, null, null, 968.21]);
  });
});

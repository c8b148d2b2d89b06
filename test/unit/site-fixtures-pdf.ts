// Figures of the real PDF report ../shared/real/putuo_guihua_2024.pdf (上海市普陀区规划和自然资源局
// 2024年度部门决算, 30 pages) as the ingest publishes them: tables named by their titles (a PDF has no
// 公开NN labels), each with its kind and column roles, every source with its page. Trimmed to the
// rows the site helpers' tests need; values, lines and pages as in the ingest's output.
import type { DepartmentYear, SourceRef, Table } from '../../src/lib/schema.ts';

export const PDF_FILE = 'seeds/putuo_guihua_2024.pdf';
const at = (line: number, page: number): SourceRef => ({ file: PDF_FILE, line, page });

export const summaryTable: Table = {
  id: '收入支出决算总表', title: '收入支出决算总表', kind: 'summary',
  columns: ['收入/项目', '收入/决算数', '支出/项目', '支出/决算数'],
  columnRoles: ['name', 'amount:actual', 'name', 'amount:actual'],
  source: at(94, 7),
  rows: [
    { cells: ['一、一般公共预算财政拨款收入', 9746.5, '一、一般公共服务支出', null], source: at(98, 7) },
    { cells: [null, null, '九、卫生健康支出', 236.63], source: at(106, 7) },
    { cells: ['本年收入合计', 9746.5, '本年支出合计', 9759.38], source: at(122, 7) },
    { cells: ['年初结转和结余', 112.88, '年末结转和结余', 100], source: at(124, 7) },
    { cells: ['总计', 9859.38, '总计', 9859.38], source: at(125, 7) },
  ],
};

export const expenditureTable: Table = {
  id: '支出决算表', title: '支出决算表', kind: 'expenditure',
  columns: ['项目/功能分类科目编码', '项目/科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
  columnRoles: ['code', 'name', 'amount:total', 'amount:basic', 'amount:project', 'amount:remitUpper', 'amount:operatingSpending', 'amount:subsidiaryGrant'],
  source: at(157, 10),
  rows: [
    { cells: ['合计', null, 9759.38, 5377.64, 4381.74, null, null, null], source: at(161, 10) },
    { cells: ['220', '自然资源海洋气象等支出', 4461.67, 2339.58, 2122.09, null, null, null], source: at(178, 11) },
    { cells: ['22001', '自然资源事务', 4461.67, 2339.58, 2122.09, null, null, null], source: at(179, 11) },
    { cells: ['2200150', '事业运行', 4416.67, 2339.58, 2077.09, null, null, null], source: at(180, 11) },
  ],
};

/** The fiscal-only function table: the same codes, different figures (never interchangeable). */
export const generalBudgetTable: Table = {
  id: '一般公共预算财政拨款支出决算表', title: '一般公共预算财政拨款支出决算表', kind: 'generalBudget',
  columns: ['项目/功能分类科目编码', '项目/科目名称', '合计', '基本支出', '项目支出'],
  columnRoles: ['code', 'name', 'amount:total', 'amount:basic', 'amount:project'],
  source: at(222, 14),
  rows: [
    { cells: ['2200150', '事业运行', 4416.67, 2339.58, 2077.09], source: at(244, 14) },
    { cells: ['合计', null, 9746.5, 5364.75, 4381.74], source: at(250, 15) },
  ],
};

/** Two panels side by side: 人员经费 on the left, 公用经费 on the right. */
export const basicEconomicTable: Table = {
  id: '一般公共预算财政拨款基本支出决算表', title: '一般公共预算财政拨款基本支出决算表', kind: 'basicEconomic',
  columns: ['经济分类科目编码', '科目名称', '决算数', '经济分类科目编码', '科目名称', '决算数'],
  columnRoles: ['code', 'name', 'amount:actual', 'code', 'name', 'amount:actual'],
  source: at(252, 16),
  rows: [
    { cells: ['301', '工资福利支出', 4816.14, '302', '商品和服务支出', 440.9], source: at(255, 16) },
    { cells: [null, null, null, '310', '资本性支出', 39.76], source: at(283, 16) },
    { cells: ['人员经费合计', null, 4884.09, '公用经费合计', null, 480.66], source: at(293, 16) },
  ],
};

const TP = '财政拨款“三公”经费';
export const threePublicTable: Table = {
  id: '财政拨款“三公”经费支出决算表', title: '财政拨款“三公”经费支出决算表', kind: 'threePublic',
  columns: [
    `${TP}/合计/预算数`, `${TP}/合计/决算数`, `${TP}/因公出国（境）费/预算数`, `${TP}/因公出国（境）费/决算数`,
    `${TP}/公务用车购置及运行维护费/小计/预算数`, `${TP}/公务用车购置及运行维护费/小计/决算数`,
    `${TP}/公务用车购置及运行维护费/公务用车购置费/预算数`, `${TP}/公务用车购置及运行维护费/公务用车购置费/决算数`,
    `${TP}/公务用车购置及运行维护费/公务用车运行维护费/预算数`, `${TP}/公务用车购置及运行维护费/公务用车运行维护费/决算数`,
    `${TP}/公务接待费/预算数`, `${TP}/公务接待费/决算数`,
  ],
  columnRoles: [
    'amount:budget.total', 'amount:actual.total', 'amount:budget.abroad', 'amount:actual.abroad',
    'amount:budget.vehicle', 'amount:actual.vehicle', 'amount:budget.vehiclePurchase', 'amount:actual.vehiclePurchase',
    'amount:budget.vehicleOperation', 'amount:actual.vehicleOperation', 'amount:budget.reception', 'amount:actual.reception',
  ],
  source: at(295, 17),
  rows: [{ cells: [2.85, 0.39, 0, 0, 0, 0, 0, 0, 0, 0, 2.85, 0.39], source: at(301, 17) }],
};

const emptyTable = (title: string, kind: Table['kind'], line: number, page: number): Table => ({ id: title, title, kind, columns: [], rows: [], source: at(line, page) });

/** All nine tables, in the report's order. */
export const pdfTables: Table[] = [
  summaryTable,
  emptyTable('收入决算表', 'income', 127, 8),
  expenditureTable,
  emptyTable('财政拨款收入支出决算总表', 'fiscalSummary', 187, 12),
  generalBudgetTable,
  basicEconomicTable,
  threePublicTable,
  emptyTable('政府性基金预算财政拨款收入支出决算表', 'governmentFund', 303, 18),
  emptyTable('国有资本经营预算财政拨款收入支出决算表', 'stateCapital', 310, 19),
];

export function putuo2024(overrides: Partial<DepartmentYear> = {}): DepartmentYear {
  return {
    schemaVersion: 1,
    department: { name: '上海市普陀区规划和自然资源局', slug: 'shanghaishi-putuoqu-guihuaheziranziyuanju-9be605', region: ['上海市', '普陀区'] },
    year: 2024,
    unit: '万元',
    sources: [{ file: PDF_FILE, sha256: 'f2546b577801816586e9083cdbaa1e643e9e2476e7dc8bb82bfefc03ba798862', documentType: 'final-accounts', format: 'pdf', pages: 30 }],
    summary: { incomeTotal: 9746.5, expenditureTotal: 9759.38, basicExpenditure: 5377.64, projectExpenditure: 4381.74, openingBalance: 112.88, closingBalance: 100, grandTotal: 9859.38 },
    expenditureByFunction: [
      { code: '220', name: '自然资源海洋气象等支出', level: '类', total: 4461.67, basic: 2339.58, project: 2122.09, source: at(178, 11) },
      { code: '22001', name: '自然资源事务', level: '款', total: 4461.67, basic: 2339.58, project: 2122.09, source: at(179, 11) },
      { code: '2200150', name: '事业运行', level: '项', total: 4416.67, basic: 2339.58, project: 2077.09, source: at(180, 11) },
    ],
    basicByEconomic: {
      personnelTotal: 4884.09,
      publicTotal: 480.66,
      rows: [
        { code: '301', name: '工资福利支出', level: '类', amount: 4816.14, source: at(255, 16) },
        { code: '302', name: '商品和服务支出', level: '类', amount: 440.9, source: at(255, 16) },
      ],
    },
    threePublic: {
      budget: { total: 2.85, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 2.85 },
      actual: { total: 0.39, abroad: 0, vehicle: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0.39 },
    },
    tables: pdfTables,
    checks: [],
    ...overrides,
  };
}

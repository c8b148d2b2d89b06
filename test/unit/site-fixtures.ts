// Golden figures from seeds/000_b2f907220b214ab4.txt (株洲市工业和信息化局 2020年度 决算),
// shaped as the contract publishes them, for the site helpers' unit tests.
import type { DepartmentYear, FunctionRow } from '../../src/lib/schema.ts';

const levelOf = (code: string) => (code.length === 3 ? '类' : code.length === 5 ? '款' : '项') as FunctionRow['level'];

/** 公开03表 支出决算表: code, name, 本年支出合计, 基本支出, 项目支出 (lines 213–245). */
const table03: [string, string, number, number, number][] = [
  ["206", "科学技术支出", 544.05, 354.4, 189.65],
  ["20604", "技术与开发", 295, 295, 0],
  ["2060499", "其他技术与开发支出", 295, 295, 0],
  ["20699", "其他科学技术支出", 249.05, 59.4, 189.65],
  ["2069999", "其他科学技术支出", 249.05, 59.4, 189.65],
  ["208", "社会保障和就业支出", 381.5, 381.5, 0],
  ["20805", "行政事业单位养老支出", 358.78, 358.78, 0],
  ["2080501", "行政单位离退休", 244.11, 244.11, 0],
  ["2080502", "事业单位离退休", 0.01, 0.01, 0],
  ["2080505", "机关事业单位基本养老保险缴费支出", 114.66, 114.66, 0],
  ["20808", "抚恤", 22.72, 22.72, 0],
  ["2080801", "死亡抚恤", 22.72, 22.72, 0],
  ["210", "卫生健康支出", 992.42, 201.34, 791.08],
  ["21004", "公共卫生", 791.08, 0, 791.08],
  ["2100410", "突发公共卫生事件应急处理", 791.08, 0, 791.08],
  ["21011", "行政事业单位医疗", 201.34, 201.34, 0],
  ["2101101", "行政单位医疗", 164.9, 164.9, 0],
  ["2101103", "公务员医疗补助", 36.44, 36.44, 0],
  ["211", "节能环保支出", 7.86, 0, 7.86],
  ["21199", "其他节能环保支出", 7.86, 0, 7.86],
  ["2119901", "其他节能环保支出", 7.86, 0, 7.86],
  ["215", "资源勘探工业信息等支出", 2243.59, 1979.78, 263.81],
  ["21505", "工业和信息产业监管", 2243.59, 1979.78, 263.81],
  ["2150501", "行政运行", 1826.22, 1811.22, 15],
  ["2150508", "无线电监管", 128.69, 0, 128.69],
  ["2150510", "工业和信息产业支持", 30, 0, 30],
  ["2150599", "其他工业和信息产业监管支出", 258.68, 168.56, 90.13],
  ["221", "住房保障支出", 120.07, 120.07, 0],
  ["22102", "住房改革支出", 120.07, 120.07, 0],
  ["2210201", "住房公积金", 120.07, 120.07, 0],
  ["222", "粮油物资储备支出", 3337.72, 0, 3337.72],
  ["22205", "重要商品储备", 3337.72, 0, 3337.72],
  ["2220511", "应急物资储备", 3337.72, 0, 3337.72],
];

export const seed000Function: FunctionRow[] = table03.map(([code, name, total, basic, project]) => ({ code, name, level: levelOf(code), total, basic, project }));

export function seed000(overrides: Partial<DepartmentYear> = {}): DepartmentYear {
  return {
    schemaVersion: 1,
    department: { name: '株洲市工业和信息化局', slug: 'zhuzhou-gongxin', region: ['株洲市'] },
    year: 2020,
    unit: '万元',
    sources: [{ file: 'seeds/000_b2f907220b214ab4.txt', sha256: 'a'.repeat(64), documentType: 'final-accounts' }],
    summary: { incomeTotal: 7630.15, expenditureTotal: 7627.22, basicExpenditure: 3037.09, projectExpenditure: 4590.13, openingBalance: 997.25, closingBalance: 1000.18, grandTotal: 8627.4 },
    expenditureByFunction: seed000Function,
    threePublic: {
      budget: { total: 62.34, abroad: 0, vehicle: 50.35, vehiclePurchase: 18.91, vehicleOperation: 31.43, reception: 12 },
      actual: { total: 62.34, abroad: 0, vehicle: 50.35, vehiclePurchase: 18.91, vehicleOperation: 31.43, reception: 12 },
    },
    // 第三部分 七: "与上年相比减少13.65万元" and "减少6.3万元" give the 2019 actuals.
    history: [
      { year: 2019, field: 'threePublic.actual.abroad', value: 13.65, derivedFrom: '与上年相比减少13.65万元' },
      { year: 2019, field: 'threePublic.actual.reception', value: 18.3, derivedFrom: '与上年相比减少6.3万元' },
      { year: 2019, field: 'threePublic.actual.vehicle', value: 29.71, derivedFrom: '与上年相比增加20.64万元' },
    ],
    // The lossless layer is not needed here; one table marks the year as having published tables.
    tables: [{ id: '公开03', title: '支出决算表', columns: [], rows: [] }],
    checks: [],
    ...overrides,
  };
}

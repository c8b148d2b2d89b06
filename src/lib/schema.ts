// The public data contract (docs/data-contract.md) as zod schemas.
// One schema serves the ingest (validation before writing), the Astro content
// collections and the generated /data/schema.json. Fields may be added, never renamed.
// Every field's .describe() reads "中文名称 — English meaning": the one source of the field
// tables in docs/data-contract.md (npm run contract), the /data/ page's field dictionary and
// the descriptions in /data/schema.json (src/lib/field-docs.ts). The /data/ page explains each
// field in Chinese (src/lib/field-explanations.ts): a new field needs an explanation there.
import { z } from 'astro/zod';

export const SCHEMA_VERSION = 1;

/** Where a figure was read: file path relative to the project root, 1-based line. */
export const sourceRef = z.object({
  file: z.string().describe('文件 — the report file, its path relative to the project root'),
  line: z.number().int().positive().describe('行号 — the 1-based line the figure was read from'),
  /** Addition: for a figure read from a PDF, the 1-based page it is printed on (`line` is then the line of the reader's text rendering). */
  page: z.number().int().positive().optional().describe('页码 — for a figure read from a PDF, the 1-based page it is printed on (`line` is then the line of the reader\'s text rendering)'),
}).describe('出处 — where a figure was read: file and line');
export type SourceRef = z.infer<typeof sourceRef>;

/** An amount in 万元, exactly as published (never rounded by us). */
const amount = z.number().finite();

export const functionLevel = z.enum(['类', '款', '项']).describe('级次 — 类 (3-digit code), 款 (5 digits) or 项 (7 digits)');
export type FunctionLevel = z.infer<typeof functionLevel>;

export const documentType = z.enum(['final-accounts', 'performance-evaluation']).describe('文件类型 — final-accounts (部门决算) or performance-evaluation (绩效自评报告)');
export type DocumentType = z.infer<typeof documentType>;

export const checkStatus = z.enum(['pass', 'rounding', 'repaired', 'fail']).describe('核验结果 — pass (通过), rounding (尾数误差: within 0.01 万元 per addend), repaired (已修正: the parser corrected the figure and says how), fail (未通过)');
export type CheckStatus = z.infer<typeof checkStatus>;

export const departmentRef = z.object({
  /** 部门名称, normalised: full-width brackets, no stray spaces. */
  name: z.string().min(1).describe('部门名称 — the department\'s name as the report writes it, normalised: full-width brackets, no stray spaces'),
  /** ASCII, stable, unique; used in URLs and file names. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('部门标识 — ASCII letters, digits and hyphens, stable and unique; used in URLs and file names'),
  /** Addition: 地区 (city, and district or county when named), e.g. ["株洲市", "芦淞区"]. */
  region: z.array(z.string()).optional().describe('地区 — the city, and the district or county when named, e.g. ["株洲市", "芦淞区"]'),
}).describe('部门 — the department');
export type DepartmentRef = z.infer<typeof departmentRef>;

/** Addition: how the source was read: a PDF, tab- or pipe-separated text, or space-aligned text (pdftotext -layout). */
export const sourceFormat = z.enum(['pdf', 'text', 'layout-text']).describe('读取方式 — how the file was read: pdf, text (tab- or pipe-separated) or layout-text (space-aligned, as pdftotext -layout writes)');
export type SourceFormat = z.infer<typeof sourceFormat>;

export const sourceDocument = z.object({
  file: z.string().describe('文件 — the report file, its path relative to the project root'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 摘要 — of the file\'s bytes, so that anyone can check it is the same file'),
  documentType,
  /** Addition: how the file was read. */
  format: sourceFormat.optional(),
  /** Addition: number of pages, for a PDF. */
  pages: z.number().int().positive().optional().describe('页数 — the number of pages, for a PDF'),
  /** Addition: the published copy on the site, /sources/<id>/ (the text as read) and /sources/<id>.<ext> (the file). */
  id: z.string().regex(/^[0-9a-f]{16}$/).optional().describe('来源编号 — the first 16 hex digits of the SHA-256: the source\'s address on the site, /sources/<id>/'),
  /** Addition: where it was published, as the maintainers record it in seeds/sources.csv. */
  url: z.string().url().optional().describe('原文网址 — the address where the department published the report'),
  publisher: z.string().optional().describe('发布单位 — who published it'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('发布日期 — when it was published, YYYY-MM-DD'),
}).describe('来源文件 — one report file the department-year was read from');

export const summary = z.object({
  incomeTotal: amount.optional().describe('本年收入合计 — total income of the year, 万元'), // 本年收入合计
  expenditureTotal: amount.optional().describe('本年支出合计 — total expenditure of the year, 万元'), // 本年支出合计
  basicExpenditure: amount.optional().describe('基本支出 — basic expenditure: staff and running costs, 万元'), // 基本支出
  projectExpenditure: amount.optional().describe('项目支出 — project expenditure, 万元'), // 项目支出
  openingBalance: amount.optional().describe('年初结转和结余 — balance brought forward at the start of the year, 万元'), // 年初结转和结余
  closingBalance: amount.optional().describe('年末结转和结余 — balance carried forward at the end of the year, 万元'), // 年末结转和结余
  grandTotal: amount.optional().describe('收支总计 — grand total (总计) of either side of 公开01, 万元'), // 总计 / 收、支总计
}).describe('收支总表 — the totals of 公开01 收入支出决算总表, or of the narrative; a figure the report does not state is absent, not zero');
export type Summary = z.infer<typeof summary>;

export const incomeRow = z.object({
  name: z.string().describe('收入项目 — the income source as 公开01 names it'),
  amount: amount.describe('金额 — 万元'),
  source: sourceRef.optional(),
}).describe('收入 — one income source stated in 公开01');

export const functionRow = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/).describe('科目编码 — functional classification code: 类 3 digits, 款 5, 项 7'),
  name: z.string().describe('科目名称 — the subject\'s name as the report writes it'),
  level: functionLevel,
  total: amount.describe('本年支出合计 — total expenditure of the year, 万元'),
  basic: amount.optional().describe('基本支出 — basic expenditure, 万元'),
  project: amount.optional().describe('项目支出 — project expenditure, 万元'),
  source: sourceRef.optional(),
  /** Addition: share of the 类's parent total, as stated in the prose (e.g. 7.1 for 7.1%). */
  statedShare: z.number().optional().describe('占比 — share of the parent total as stated in the prose, in percent (7.1 for 7.1%)'),
}).describe('支出功能分类行 — one 类, 款 or 项 row of expenditure by function');
export type FunctionRow = z.infer<typeof functionRow>;

export const economicRow = z.object({
  code: z.string().regex(/^\d{3}(\d{2})?$/).describe('科目编码 — economic classification code: 类 3 digits, 款 5'),
  name: z.string().describe('科目名称 — the subject\'s name as the report writes it'),
  level: z.enum(['类', '款']).describe('级次 — 类 (3-digit code) or 款 (5 digits)'),
  amount: amount.describe('决算数 — actual expenditure, 万元'),
  source: sourceRef.optional(),
}).describe('经济分类行 — one 类 or 款 row of 公开06');

export const basicByEconomic = z.object({
  personnelTotal: amount.optional().describe('人员经费合计 — personnel costs in total, 万元'), // 人员经费合计
  publicTotal: amount.optional().describe('公用经费合计 — office and running costs in total, 万元'), // 公用经费合计
  rows: z.array(economicRow).describe('明细 — the 类 and 款 rows of 公开06'),
}).describe('基本支出经济分类 — basic expenditure by economic classification (公开06 基本支出决算明细表)');

export const threePublicFigures = z.object({
  total: amount.optional().describe('合计 — the three together, 万元'),
  abroad: amount.optional().describe('因公出国（境）费 — official travel abroad, 万元'), // 因公出国（境）费
  vehicle: amount.optional().describe('公务用车购置及运行（维护）费 — official vehicles, purchase and running, 万元'), // 公务用车购置及运行（维护）费
  vehiclePurchase: amount.optional().describe('公务用车购置费 — purchase of official vehicles, 万元'), // 公务用车购置费
  vehicleOperation: amount.optional().describe('公务用车运行（维护）费 — running and maintenance of official vehicles, 万元'), // 公务用车运行（维护）费
  reception: amount.optional().describe('公务接待费 — official hospitality, 万元'), // 公务接待费
}).describe('“三公”经费数字 — the 三公 figures of one side, budget or actual');
export type ThreePublicFigures = z.infer<typeof threePublicFigures>;

export const threePublic = z.object({
  budget: threePublicFigures.optional().describe('预算数 — the budgeted figures'),
  actual: threePublicFigures.optional().describe('决算数 — the actual figures'),
}).describe('“三公”经费 — official travel abroad, official vehicles and official hospitality: 公开07 or 09, else the narrative');

export const budgetExecutionItem = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/).optional().describe('科目编码 — functional classification code, resolved from the 类/款/项 names when the text gives none'),
  /** [类, 款, 项] names as written in the report. */
  path: z.array(z.string()).describe('科目名称 — the [类, 款, 项] names as written in the report'),
  budget: amount.optional().describe('年初预算 — budget at the start of the year, 万元'), // 年初预算
  actual: amount.optional().describe('支出决算 — actual expenditure, 万元'), // 支出决算
  /** Addition: 完成率 as stated, in percent. */
  rate: z.number().optional().describe('完成率 — the completion rate as stated, in percent'),
  reason: z.string().optional().describe('主要原因 — the reason given for the difference, as written'), // 主要原因, as written
  source: sourceRef.optional(),
}).describe('预算执行项目 — one item of 一般公共预算财政拨款支出决算具体情况');
export type BudgetExecutionItem = z.infer<typeof budgetExecutionItem>;

export const procurement = z.object({
  total: amount.optional().describe('政府采购支出总额 — government procurement in total, 万元'),
  goods: amount.optional().describe('货物 — goods, 万元'),
  works: amount.optional().describe('工程 — works, 万元'),
  services: amount.optional().describe('服务 — services, 万元'),
  smeAwarded: amount.optional().describe('授予中小企业合同金额 — contracts awarded to small and medium-sized enterprises, 万元'),
}).describe('政府采购 — government procurement, when stated');

export const performance = z.object({
  score: z.number().optional().describe('自评得分 — the self-evaluation\'s total score'),
  grade: z.string().optional().describe('等级 — the self-evaluation\'s grade, e.g. 优秀'),
}).describe('绩效自评 — the result of the performance self-evaluation, when stated');

export const historyEntry = z.object({
  year: z.number().int().describe('年度 — the earlier year the figure belongs to'),
  /** Dotted path into this same shape, e.g. "threePublic.actual.abroad". */
  field: z.string().describe('字段路径 — dotted path into this same shape, e.g. threePublic.actual.abroad'),
  value: amount.describe('数值 — the derived figure, 万元'),
  derivedFrom: z.string().describe('原文 — the words it was derived from, e.g. 与上年相比减少13.65万元'),
  source: sourceRef.optional(),
}).describe('上年数字 — an earlier year\'s figure derived from this year\'s text; the charts mark it 推算');
export type HistoryEntry = z.infer<typeof historyEntry>;

/**
 * Addition: a figure of this year that a later report states differently (its "与上年相比" or
 * 上年决算数 gives another value). This year's figure stays as published; the later year
 * carries the failed check `history.restated` that names both.
 */
export const restatement = z.object({
  field: z.string().describe('字段路径 — dotted path of the figure in this same shape, e.g. threePublic.actual.abroad'),
  value: amount.describe('本年度报告数字 — the figure as this year\'s own report publishes it, 万元'),
  source: sourceRef.optional().describe('出处 — where this year\'s report states it, when the figure can be traced to a line'),
  statedIn: z.number().int().describe('后续年度 — the year of the later report that states the figure differently'),
  stated: amount.describe('后续报告数字 — the figure the later report gives for this year, 万元'),
  derivedFrom: z.string().describe('原文 — the later report\'s words it was derived from, e.g. 与上年相比减少13.65万元'),
  statedSource: sourceRef.optional().describe('后续报告出处 — where the later report says it'),
  difference: amount.describe('差额 — the absolute difference between the two figures, 万元'),
}).describe('后续报告重述 — a figure of this year that a later report states differently');
export type Restatement = z.infer<typeof restatement>;

export const tableCell = z.union([z.string(), z.number(), z.null()]).describe('单元格 — a number (万元) for a numeric cell, a string for text, null for a blank cell');

export const tableRow = z.object({
  cells: z.array(tableCell).describe('单元格 — the row\'s cells in column order; a blank cell is null, never 0, and never shifts the cells after it'),
  source: sourceRef,
}).describe('表格行 — one row as published');

/**
 * Addition: what a table is. The nine tables of a 部门决算 report, or `other` (an appendix
 * such as a self-evaluation's 附件).
 */
export const tableKind = z.enum([
  'summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudget',
  'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital', 'other',
]).describe('表格类型 — which of the nine tables (summary, income, expenditure, fiscalSummary, generalBudget, basicEconomic, threePublic, governmentFund, stateCapital), or other (an appendix such as a self-evaluation\'s 附件)');
export type TableKindName = z.infer<typeof tableKind>;

export const table = z.object({
  /** 公开NN label where the report has one, else a stable id of ours. */
  id: z.string().describe('表号 — the 公开NN label where the report has one, else a stable id of ours'),
  title: z.string().describe('标题 — the table\'s title as published'),
  /** Addition: what the table is (read from its title). */
  kind: tableKind.optional(),
  columns: z.array(z.string()).describe('列 — the column headers as published'),
  /**
   * Addition: the role of each column, read once from its header: `code` (科目编码), `code:类`,
   * `code:款`, `code:项` (separate code parts), `name` (科目名称/项目), `lineNo` (行次), `text`,
   * or `amount:<meaning>` (e.g. `amount:total`, `amount:basic`, `amount:budget.reception`).
   */
  columnRoles: z.array(z.string()).optional().describe('列角色 — the role of each column, read once from its header: code, code:类, code:款, code:项, name, lineNo, text, or amount:<meaning> (e.g. amount:total, amount:budget.reception)'),
  /** Addition: for a table read from page geometry, false when no vertical rules were drawn (columns from alignment). */
  ruled: z.boolean().optional().describe('有框线 — for a table read from page geometry, false when no vertical rules were drawn (columns found from alignment)'),
  rows: z.array(tableRow).describe('行 — every row as published'),
  /** Addition: the amount unit the table was published in (amounts are always stored in 万元). */
  publishedUnit: z.enum(['万元', '元']).optional().describe('公布单位 — the amount unit the table was published in (amounts are always stored in 万元)'),
  /** Addition: the line the table starts on. */
  source: sourceRef.optional().describe('出处 — the line the table starts on'),
}).describe('原始表格 — one table as published: the lossless layer');
export type Table = z.infer<typeof table>;

export const narrativeSection = z.object({
  title: z.string().describe('标题 — the section\'s title'),
  text: z.string().describe('正文 — the section\'s text'),
  /** Addition: where the section starts. */
  source: sourceRef.optional().describe('出处 — where the section starts'),
}).describe('情况说明 — one section of the report\'s prose');

/** Addition: one figure a check compared, with a short Chinese label and where it was read. */
export const checkValue = z.object({
  label: z.string().describe('名称 — a short Chinese label of the figure'),
  value: amount.describe('数值 — 万元'),
  source: sourceRef.optional(),
}).describe('核验数字 — one figure a check compared');

export const check = z.object({
  id: z.string().describe('核验标识 — the check\'s id, stable across reports, e.g. function.classSum'),
  status: checkStatus,
  message: z.string().describe('说明 — what was compared and what was found'),
  /** Addition: dotted path of the figure the check concerns, so pages can show a failure beside it. */
  field: z.string().optional().describe('字段路径 — dotted path of the figure the check concerns, so that pages can show a failure beside it'),
  source: sourceRef.optional(),
  /** Addition: what kind of check: sum, cross-table, narrative-vs-table, sources, restated, repair, … */
  kind: z.string().optional().describe('核验类型 — sum, cross-table, narrative-vs-table, sources, restated, repair, …'),
  /** Addition: the figures compared (the stated figure first). */
  values: z.array(checkValue).optional().describe('核验数字 — the figures compared, the stated figure first'),
  /** Addition: the absolute difference between the figures compared, in 万元. */
  difference: amount.optional().describe('差额 — the absolute difference between the figures compared, 万元'),
  /** Addition: the largest difference still taken as rounding, in 万元. */
  tolerance: amount.optional().describe('允许误差 — the largest difference taken as rounding (尾数误差), 万元: 0.01 per addend of a sum, 0.01 between two statements of one figure'),
}).describe('核验 — one arithmetic or consistency check');
export type Check = z.infer<typeof check>;

/** Addition: 车辆 stated in the prose. */
export const vehicles = z.object({
  total: z.number().int().optional().describe('车辆总数 — the number of vehicles stated'),
  source: sourceRef.optional(),
}).describe('车辆 — vehicles stated in the prose');

/** Addition: staff numbers stated in the report (机构设置和人员情况). */
export const staff = z.object({
  authorized: z.number().int().nonnegative().optional().describe('编制人数 — the posts the department is authorised (人员编制), as stated'),
  actual: z.number().int().nonnegative().optional().describe('实有人数 — the staff in post (实有在职), as stated; when a report gives 实有 with 其中在职, the in-post part'),
  retired: z.number().int().nonnegative().optional().describe('离退休人员 — the retired staff the department looks after, 离休 and 退休 together, as stated'),
  source: sourceRef.optional(),
}).describe('人员 — staff numbers stated in the report\'s 机构设置和人员情况, or in a self-evaluation\'s 基础数据表; all from one statement');

export const departmentYear = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('数据格式版本 — 1; fields are only ever added, a rename raises the version'),
  department: departmentRef,
  year: z.number().int().min(1990).max(2100).describe('年度 — the fiscal year the accounts cover (2020年度 → 2020)'),
  unit: z.literal('万元').describe('金额单位 — always 万元; a report published in 元 is divided by 10,000, not rounded'),
  sources: z.array(sourceDocument).min(1).describe('来源文件 — the report files the department-year was read from'),
  summary: summary.optional(),
  income: z.array(incomeRow).optional().describe('收入 — the income side of 公开01, one row per stated source'),
  expenditureByFunction: z.array(functionRow).optional().describe('支出功能分类 — expenditure by function: 公开03, else 05, else the narrative'),
  basicByEconomic: basicByEconomic.optional(),
  threePublic: threePublic.optional(),
  budgetExecution: z.array(budgetExecutionItem).optional().describe('预算执行 — 一般公共预算财政拨款支出决算具体情况: budget and actual by subject, with the reasons given'),
  /** Addition: 年初预算 and 决算 totals stated for the budget-execution section. */
  budgetExecutionTotal: z.object({ budget: amount.optional().describe('年初预算 — budget at the start of the year, 万元'), actual: amount.optional().describe('支出决算 — actual expenditure, 万元'), rate: z.number().optional().describe('完成率 — the completion rate as stated, in percent') }).optional().describe('预算执行合计 — the budget and actual totals stated for the budget-execution section'),
  operatingCosts: amount.optional().describe('机关运行经费 — running costs of the administration, 万元, when stated'),
  procurement: procurement.optional(),
  performance: performance.optional(),
  vehicles: vehicles.optional(),
  staff: staff.optional(),
  history: z.array(historyEntry).optional().describe('上年数字 — earlier years\' figures stated in this year\'s text (与上年相比…)'),
  /** Addition: figures of this year that a later report states differently. */
  restatedBy: z.array(restatement).optional().describe('后续报告重述 — figures of this year that a later report states differently, each with both values and both sources; the later year carries a failed check history.restated'),
  tables: z.array(table).optional().describe('原始表格 — every table of the report as published; a table split across pages is one table'),
  narrative: z.array(narrativeSection).optional().describe('情况说明 — the report\'s prose, by section'),
  /** Addition: 名词解释 as published in the report. */
  glossary: z.array(z.object({ term: z.string().describe('名词 — the term'), definition: z.string().describe('解释 — its definition as written') }).describe('名词解释条目 — one term and its definition')).optional().describe('名词解释 — the glossary as published in the report'),
  checks: z.array(check).describe('核验 — every arithmetic and consistency check that was run'),
}).describe('部门年度 — one department-year');
export type DepartmentYear = z.infer<typeof departmentYear>;

/** The per-department download: /data/departments/<slug>.json */
export const departmentDownload = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('数据格式版本 — 1'),
  department: departmentRef,
  years: z.array(departmentYear).describe('年度 — every department-year of the department'),
}).describe('部门数据 — one department with all its years: /data/departments/<slug>.json');
export type DepartmentDownload = z.infer<typeof departmentDownload>;

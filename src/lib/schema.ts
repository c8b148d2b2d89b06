// The public data contract (../shared/spec/data-contract.md) as zod schemas.
// One schema serves the ingest (validation before writing), the Astro content
// collections and the generated /data/schema.json. Fields may be added, never renamed.
import { z } from 'astro/zod';

export const SCHEMA_VERSION = 1;

/** Where a figure was read: file path relative to the project root, 1-based line. */
export const sourceRef = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  /** Addition: for a figure read from a PDF, the 1-based page it is printed on (`line` is then the line of the reader's text rendering). */
  page: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

/** An amount in 万元, exactly as published (never rounded by us). */
const amount = z.number().finite();

export const functionLevel = z.enum(['类', '款', '项']);
export type FunctionLevel = z.infer<typeof functionLevel>;

export const documentType = z.enum(['final-accounts', 'performance-evaluation']);
export type DocumentType = z.infer<typeof documentType>;

export const checkStatus = z.enum(['pass', 'rounding', 'repaired', 'fail']);
export type CheckStatus = z.infer<typeof checkStatus>;

export const departmentRef = z.object({
  /** 部门名称, normalised: full-width brackets, no stray spaces. */
  name: z.string().min(1),
  /** ASCII, stable, unique; used in URLs and file names. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Addition: 地区 (city, and district or county when named), e.g. ["株洲市", "芦淞区"]. */
  region: z.array(z.string()).optional(),
});

/** Addition: how the source was read: a PDF, tab- or pipe-separated text, or space-aligned text (pdftotext -layout). */
export const sourceFormat = z.enum(['pdf', 'text', 'layout-text']);
export type SourceFormat = z.infer<typeof sourceFormat>;

export const sourceDocument = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  documentType,
  /** Addition: how the file was read. */
  format: sourceFormat.optional(),
  /** Addition: number of pages, for a PDF. */
  pages: z.number().int().positive().optional(),
});

export const summary = z.object({
  incomeTotal: amount.optional(), // 本年收入合计
  expenditureTotal: amount.optional(), // 本年支出合计
  basicExpenditure: amount.optional(), // 基本支出
  projectExpenditure: amount.optional(), // 项目支出
  openingBalance: amount.optional(), // 年初结转和结余
  closingBalance: amount.optional(), // 年末结转和结余
  grandTotal: amount.optional(), // 总计 / 收、支总计
});
export type Summary = z.infer<typeof summary>;

export const incomeRow = z.object({
  name: z.string(),
  amount,
  source: sourceRef.optional(),
});

export const functionRow = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
  name: z.string(),
  level: functionLevel,
  total: amount,
  basic: amount.optional(),
  project: amount.optional(),
  source: sourceRef.optional(),
  /** Addition: share of the 类's parent total, as stated in the prose (e.g. 7.1 for 7.1%). */
  statedShare: z.number().optional(),
});
export type FunctionRow = z.infer<typeof functionRow>;

export const economicRow = z.object({
  code: z.string().regex(/^\d{3}(\d{2})?$/),
  name: z.string(),
  level: z.enum(['类', '款']),
  amount,
  source: sourceRef.optional(),
});

export const basicByEconomic = z.object({
  personnelTotal: amount.optional(), // 人员经费合计
  publicTotal: amount.optional(), // 公用经费合计
  rows: z.array(economicRow),
});

export const threePublicFigures = z.object({
  total: amount.optional(),
  abroad: amount.optional(), // 因公出国（境）费
  vehicle: amount.optional(), // 公务用车购置及运行（维护）费
  vehiclePurchase: amount.optional(), // 公务用车购置费
  vehicleOperation: amount.optional(), // 公务用车运行（维护）费
  reception: amount.optional(), // 公务接待费
});
export type ThreePublicFigures = z.infer<typeof threePublicFigures>;

export const threePublic = z.object({
  budget: threePublicFigures.optional(),
  actual: threePublicFigures.optional(),
});

export const budgetExecutionItem = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/).optional(),
  /** [类, 款, 项] names as written in the report. */
  path: z.array(z.string()),
  budget: amount.optional(), // 年初预算
  actual: amount.optional(), // 支出决算
  /** Addition: 完成率 as stated, in percent. */
  rate: z.number().optional(),
  reason: z.string().optional(), // 主要原因, as written
  source: sourceRef.optional(),
});
export type BudgetExecutionItem = z.infer<typeof budgetExecutionItem>;

export const procurement = z.object({
  total: amount.optional(),
  goods: amount.optional(),
  works: amount.optional(),
  services: amount.optional(),
  smeAwarded: amount.optional(),
});

export const performance = z.object({
  score: z.number().optional(),
  grade: z.string().optional(),
});

export const historyEntry = z.object({
  year: z.number().int(),
  /** Dotted path into this same shape, e.g. "threePublic.actual.abroad". */
  field: z.string(),
  value: amount,
  derivedFrom: z.string(),
  source: sourceRef.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const tableCell = z.union([z.string(), z.number(), z.null()]);

export const tableRow = z.object({
  cells: z.array(tableCell),
  source: sourceRef,
});

/**
 * Addition: what a table is. The nine tables of a 部门决算 report, or `other` (an appendix
 * such as a self-evaluation's 附件).
 */
export const tableKind = z.enum([
  'summary', 'income', 'expenditure', 'fiscalSummary', 'generalBudget',
  'basicEconomic', 'threePublic', 'governmentFund', 'stateCapital', 'other',
]);
export type TableKindName = z.infer<typeof tableKind>;

export const table = z.object({
  /** 公开NN label where the report has one, else a stable id of ours. */
  id: z.string(),
  title: z.string(),
  /** Addition: what the table is (read from its title). */
  kind: tableKind.optional(),
  columns: z.array(z.string()),
  /**
   * Addition: the role of each column, read once from its header: `code` (科目编码), `code:类`,
   * `code:款`, `code:项` (separate code parts), `name` (科目名称/项目), `lineNo` (行次), `text`,
   * or `amount:<meaning>` (e.g. `amount:total`, `amount:basic`, `amount:budget.reception`).
   */
  columnRoles: z.array(z.string()).optional(),
  /** Addition: for a table read from page geometry, false when no vertical rules were drawn (columns from alignment). */
  ruled: z.boolean().optional(),
  rows: z.array(tableRow),
  /** Addition: the amount unit the table was published in (amounts are always stored in 万元). */
  publishedUnit: z.enum(['万元', '元']).optional(),
  /** Addition: the line the table starts on. */
  source: sourceRef.optional(),
});
export type Table = z.infer<typeof table>;

export const narrativeSection = z.object({
  title: z.string(),
  text: z.string(),
  /** Addition: where the section starts. */
  source: sourceRef.optional(),
});

/** Addition: one figure a check compared, with a short Chinese label and where it was read. */
export const checkValue = z.object({
  label: z.string(),
  value: amount,
  source: sourceRef.optional(),
});

export const check = z.object({
  id: z.string(),
  status: checkStatus,
  message: z.string(),
  /** Addition: dotted path of the figure the check concerns, so pages can show a failure beside it. */
  field: z.string().optional(),
  source: sourceRef.optional(),
  /** Addition: what kind of check: sum, cross-table, narrative-vs-table, sources, restated, repair, … */
  kind: z.string().optional(),
  /** Addition: the figures compared (the stated figure first). */
  values: z.array(checkValue).optional(),
  /** Addition: the absolute difference between the figures compared, in 万元. */
  difference: amount.optional(),
});
export type Check = z.infer<typeof check>;

/** Addition: 车辆 stated in the prose. */
export const vehicles = z.object({
  total: z.number().int().optional(),
  source: sourceRef.optional(),
});

export const departmentYear = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  department: departmentRef,
  year: z.number().int().min(1990).max(2100),
  unit: z.literal('万元'),
  sources: z.array(sourceDocument).min(1),
  summary: summary.optional(),
  income: z.array(incomeRow).optional(),
  expenditureByFunction: z.array(functionRow).optional(),
  basicByEconomic: basicByEconomic.optional(),
  threePublic: threePublic.optional(),
  budgetExecution: z.array(budgetExecutionItem).optional(),
  /** Addition: 年初预算 and 决算 totals stated for the budget-execution section. */
  budgetExecutionTotal: z.object({ budget: amount.optional(), actual: amount.optional(), rate: z.number().optional() }).optional(),
  operatingCosts: amount.optional(),
  procurement: procurement.optional(),
  performance: performance.optional(),
  vehicles: vehicles.optional(),
  history: z.array(historyEntry).optional(),
  tables: z.array(table).optional(),
  narrative: z.array(narrativeSection).optional(),
  /** Addition: 名词解释 as published in the report. */
  glossary: z.array(z.object({ term: z.string(), definition: z.string() })).optional(),
  checks: z.array(check),
});
export type DepartmentYear = z.infer<typeof departmentYear>;

/** The per-department download: /data/departments/<slug>.json */
export const departmentDownload = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  department: departmentRef,
  years: z.array(departmentYear),
});
export type DepartmentDownload = z.infer<typeof departmentDownload>;

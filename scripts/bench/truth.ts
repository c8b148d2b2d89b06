// The truth file: for each department-year, exactly the figures its report states, in
// the data contract's shape and units (万元). What a layout does not state is left out.
import { functionSubject } from './catalogue/functional.ts';
import { CAPITAL_COLUMN, CAPITAL_COLUMN_2023 } from './catalogue/economic.ts';
import { fenToWan } from './money-format.ts';
import type { PdfVariant } from './pdf/variant.ts';
import { economicColumns } from './model/economic.ts';
import { grandTotal, incomeTotal, type DepartmentYearFigures, type LayoutName, type ThreePublicFigures, type Unit } from './model/types.ts';

export interface TruthSource {
  file: string;
  layout: LayoutName;
  documentType: 'final-accounts' | 'performance-evaluation';
  unit: Unit;
  encoding: 'utf-8' | 'gb18030';
  lineEnding: 'lf' | 'crlf';
  fullWidthDigits: boolean;
  /** Layout (f): how the PDF is typeset. */
  pdf?: PdfVariant;
}

type Figures = Partial<Record<keyof ThreePublicFigures, number>>;

export interface TruthEntry {
  department: { name: string; region: string[] };
  year: number;
  source: TruthSource;
  summary: Record<string, number>;
  expenditureByFunction?: { code: string; name: string; level: string; total: number; basic?: number; project?: number }[];
  basicByEconomic?: { personnelTotal: number; publicTotal: number; rows: { code: string; name: string; level: string; amount: number }[] };
  threePublic?: { budget: Figures; actual: Figures };
  budgetExecution?: { code: string; path: string[]; budget: number; actual: number; reason: string }[];
  operatingCosts?: number;
  procurement?: Record<string, number>;
  performance?: { score: number; grade?: string };
}

/** Overrides for what one report states differently from the figures (see layouts). */
export interface Statement {
  /** Budget-execution paths as written (a 类 may be named without 支出). */
  paths?: Map<string, string[]>;
  /** Zero amounts are left blank in the tables: the report states them only where its prose does. */
  blankZeros?: boolean;
}

const wan = fenToWan;

function threePublic(t: ThreePublicFigures, keys: (keyof ThreePublicFigures)[]): Figures {
  return Object.fromEntries(keys.map((k) => [k, wan(t[k])]));
}

const ALL_THREE: (keyof ThreePublicFigures)[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

export function performanceGrade(scoreTenths: number): string {
  if (scoreTenths >= 900) return '优秀';
  if (scoreTenths >= 800) return '良好';
  return scoreTenths >= 600 ? '合格' : '差';
}

function budgetExecution(f: DepartmentYearFigures, statement: Statement): TruthEntry['budgetExecution'] {
  return f.budgetExecution.map((i) => ({
    code: i.code, path: statement.paths?.get(i.code) ?? [...i.path], budget: wan(i.budget), actual: wan(i.actual), reason: i.reason,
  }));
}

function procurement(f: DepartmentYearFigures): Record<string, number> {
  const p = f.procurement;
  return { total: wan(p.total), goods: wan(p.goods), works: wan(p.works), services: wan(p.services), smeAwarded: wan(p.smeAwarded) };
}

/** Layouts with the 公开01–09 tables: everything, function rows from 03表, economic rows from 06表. */
function fromTables(f: DepartmentYearFigures, layout: LayoutName, statement: Statement): Omit<TruthEntry, 'department' | 'year' | 'source'> {
  const capital = layout === 'markdown' ? CAPITAL_COLUMN_2023 : CAPITAL_COLUMN;
  return {
    summary: {
      incomeTotal: wan(incomeTotal(f)), expenditureTotal: wan(f.expenditureTotal), basicExpenditure: wan(f.basic),
      projectExpenditure: wan(f.project), openingBalance: wan(f.openingBalance), closingBalance: wan(f.closingBalance),
      grandTotal: wan(grandTotal(f)),
    },
    expenditureByFunction: f.functionRows.map((r) => ({ code: r.code, name: r.name, level: r.level, total: wan(r.total), basic: wan(r.basic), project: wan(r.project) })),
    basicByEconomic: {
      personnelTotal: wan(f.personnelTotal), publicTotal: wan(f.publicTotal),
      rows: economicColumns(f.economicAmounts, capital).flat().map((r) => ({ code: r.code, name: r.name, level: r.level, amount: wan(r.amount) })),
    },
    threePublic: { budget: threePublic(f.threePublicBudget, ALL_THREE), actual: threePublic(f.threePublicActual, ALL_THREE) },
    budgetExecution: budgetExecution(f, statement),
    operatingCosts: wan(f.operatingCosts),
    procurement: procurement(f),
    ...(layout === 'markdown' ? { performance: { score: f.scoreTenths / 10 } } : {}),
  };
}

/** Layout (d): figures from prose only; 款 rows are the sums of the 项 items under them. */
function fromProse(f: DepartmentYearFigures, statement: Statement): Omit<TruthEntry, 'department' | 'year' | 'source'> {
  return {
    summary: {
      incomeTotal: wan(incomeTotal(f)), expenditureTotal: wan(f.expenditureTotal), basicExpenditure: wan(f.basic),
      projectExpenditure: wan(f.project), grandTotal: wan(grandTotal(f)),
    },
    expenditureByFunction: f.functionRows.map((r) => ({ code: r.code, name: functionSubject(r.code).name, level: r.level, total: wan(r.total) })),
    basicByEconomic: { personnelTotal: wan(f.personnelTotal), publicTotal: wan(f.publicTotal), rows: [] },
    threePublic: {
      budget: threePublic(f.threePublicBudget, ['total', 'abroad', 'vehiclePurchase', 'vehicleOperation', 'reception']),
      actual: threePublic(f.threePublicActual, ALL_THREE),
    },
    budgetExecution: budgetExecution(f, statement),
    operatingCosts: wan(f.operatingCosts),
    procurement: procurement(f),
  };
}

/** Layout (e): the self-evaluation states totals, 三公 and its score. */
function fromPerformance(f: DepartmentYearFigures): Omit<TruthEntry, 'department' | 'year' | 'source'> {
  const stated = (t: ThreePublicFigures, prose: (keyof ThreePublicFigures)[]) => {
    const keys: (keyof ThreePublicFigures)[] = f.vehicles > 0 ? ALL_THREE : ['total', 'abroad', 'reception', ...prose];
    return threePublic(t, keys);
  };
  return {
    summary: { expenditureTotal: wan(f.expenditureTotal), basicExpenditure: wan(f.basic), projectExpenditure: wan(f.project) },
    threePublic: { budget: stated(f.threePublicBudget, ['vehicleOperation']), actual: stated(f.threePublicActual, ['vehicle']) },
    performance: { score: f.scoreTenths / 10, grade: performanceGrade(f.scoreTenths) },
  };
}

/** 三公 figures the narrative (narrative-classic.ts) states even when the table leaves them blank. */
const THREE_PUBLIC_IN_PROSE: Record<'budget' | 'actual', (keyof ThreePublicFigures)[]> = {
  budget: ['total', 'abroad', 'vehicle', 'reception'],
  actual: ALL_THREE,
};

/** Layout (f), the PDF: what the tables layouts state, less the zeros it leaves blank. */
function fromPdf(f: DepartmentYearFigures, statement: Statement): Omit<TruthEntry, 'department' | 'year' | 'source'> {
  const body = fromTables(f, 'pdf', statement);
  if (!statement.blankZeros) return body;
  const dropZero = <T extends object>(record: T, key: keyof T) => {
    if (record[key] === 0) delete record[key];
  };
  dropZero(body.summary, 'openingBalance');
  dropZero(body.summary, 'closingBalance');
  for (const row of body.expenditureByFunction!) {
    dropZero(row, 'basic');
    dropZero(row, 'project');
  }
  // The contract's economic row needs its amount: a subject left blank is not a row the report states.
  body.basicByEconomic!.rows = body.basicByEconomic!.rows.filter((row) => row.amount !== 0);
  for (const side of ['budget', 'actual'] as const) {
    const figures = body.threePublic![side];
    for (const key of ALL_THREE) if (!THREE_PUBLIC_IN_PROSE[side].includes(key)) dropZero(figures, key);
  }
  return body;
}

export function truthEntry(
  department: { name: string; region: string[] }, f: DepartmentYearFigures, source: TruthSource, statement: Statement = {},
): TruthEntry {
  const body = source.layout === 'prose' ? fromProse(f, statement)
    : source.layout === 'performance' ? fromPerformance(f)
    : source.layout === 'pdf' ? fromPdf(f, statement)
    : fromTables(f, source.layout, statement);
  return { department, year: f.year, source, ...body };
}

// The figures of one generated department-year. Every amount is an integer of 分 (fen);
// a report published in 万元 only holds multiples of 10,000 分, so nothing is rounded
// when it is printed, and every total is the exact sum of its parts.
import type { FunctionLevel } from '../catalogue/functional.ts';

export type Unit = '万元' | '元';

/** The five text layouts, and 'pdf': the same department-years typeset and printed to PDF (pdf/). */
export type LayoutName = 'tabs' | 'merged' | 'markdown' | 'prose' | 'performance' | 'pdf';

export interface FunctionRowFigures {
  code: string;
  name: string;
  level: FunctionLevel;
  total: number;
  basic: number;
  project: number;
}

export interface EconomicRowFigures {
  code: string;
  name: string;
  level: '类' | '款';
  amount: number;
}

export interface ThreePublicFigures {
  total: number;
  abroad: number;
  vehicle: number;
  vehiclePurchase: number;
  vehicleOperation: number;
  reception: number;
}

export interface BudgetItemFigures {
  /** The 项 code; path holds the standard [类, 款, 项] names. */
  code: string;
  path: [string, string, string];
  budget: number;
  actual: number;
  reason: string;
}

export interface Procurement {
  total: number;
  goods: number;
  works: number;
  services: number;
  smeAwarded: number;
}

/** Last year's figures, for the "与上年相比" sentences (never part of the truth). */
export interface PreviousYear {
  grandTotal: number;
  incomeTotal: number;
  expenditureTotal: number;
  fiscalGrandTotal: number;
  threePublic: ThreePublicFigures;
  operatingCosts: number;
  score: number;
  /** 项目支出, as the self-evaluation's 基础数据表 states last year's. */
  project: number;
}

export interface DepartmentYearFigures {
  year: number;
  unit: Unit;
  /** 03表 rows in printed order: each 类, then its 款, each followed by its 项. */
  functionRows: FunctionRowFigures[];
  expenditureTotal: number;
  basic: number;
  project: number;
  /** 一般公共预算财政拨款收入 (all spending is appropriated, as in the seeds). */
  fiscalIncome: number;
  otherIncome: number;
  openingBalance: number;
  closingBalance: number;
  fiscalOpening: number;
  fiscalClosing: number;
  /** 06表 款 amounts by code (unused lines absent); see economicColumns(). */
  economicAmounts: Map<string, number>;
  personnelTotal: number;
  publicTotal: number;
  threePublicBudget: ThreePublicFigures;
  threePublicActual: ThreePublicFigures;
  budgetExecution: BudgetItemFigures[];
  operatingCosts: number;
  operatingBudget: number;
  procurement: Procurement;
  /** Performance self-evaluation score in tenths of a point (937 = 93.7). */
  scoreTenths: number;
  vehicles: number;
  staff: { authorised: number; serving: number; retired: number };
  previous: PreviousYear;
}

type Balances = Pick<DepartmentYearFigures, 'fiscalIncome' | 'otherIncome' | 'openingBalance' | 'fiscalOpening'>;

export function incomeTotal(f: Balances): number {
  return f.fiscalIncome + f.otherIncome;
}

/** 收、支总计: income plus the opening balance (= expenditure plus the closing balance). */
export function grandTotal(f: Balances): number {
  return incomeTotal(f) + f.openingBalance;
}

export function fiscalGrandTotal(f: Balances): number {
  return f.fiscalIncome + f.fiscalOpening;
}

// The shapes passed between ingest steps. Parsers are pure: (lines, file) in, facts out.
import type {
  BudgetExecutionItem, Check, DepartmentYear, FunctionRow, HistoryEntry, Summary, Table,
} from '../../src/lib/schema.ts';
import type { Line } from './text.ts';

export type { Line };

/** A problem found in one input file: stable code, readable message, where. */
export interface Message {
  code: string;
  message: string;
  file: string;
  line?: number;
  /** The page of that line, for a PDF (or text with page breaks). */
  page?: number;
  severity: 'warning' | 'error';
}

/** What a parser receives: the report's lines and its path relative to the project root. */
export interface ParseInput {
  file: string;
  lines: Line[];
  /** The raw tables the reader found (PDF grids, aligned regions), which `Line.grid` indexes. */
  grids?: readonly { ruled: boolean }[];
}

/** Figures read from the tables (公开01–09). */
export interface TableFacts {
  tables: Table[];
  summary?: Summary;
  income?: DepartmentYear['income'];
  expenditureByFunction?: FunctionRow[];
  /**
   * The rows of the 一般公共预算财政拨款支出决算表 (fiscal funds only): what the narrative's
   * 结构 and 具体情况 sections describe. Different figures from expenditureByFunction (all funds).
   */
  generalBudgetRows?: FunctionRow[];
  basicByEconomic?: DepartmentYear['basicByEconomic'];
  threePublic?: DepartmentYear['threePublic'];
  /** `repaired` checks for every correction made while reading. */
  checks: Check[];
  messages: Message[];
}

/** Figures read from prose (情况说明, 绩效自评报告). */
export interface ProseFacts {
  summary?: Summary;
  /** 类 rows from the 结构情况 paragraph, plus 款/项 rows derived from budget-execution items. */
  expenditureByFunction?: FunctionRow[];
  budgetExecution?: BudgetExecutionItem[];
  budgetExecutionTotal?: DepartmentYear['budgetExecutionTotal'];
  threePublic?: DepartmentYear['threePublic'];
  operatingCosts?: number;
  procurement?: DepartmentYear['procurement'];
  performance?: DepartmentYear['performance'];
  vehicles?: DepartmentYear['vehicles'];
  staff?: DepartmentYear['staff'];
  history?: HistoryEntry[];
  narrative?: DepartmentYear['narrative'];
  checks: Check[];
  messages: Message[];
}

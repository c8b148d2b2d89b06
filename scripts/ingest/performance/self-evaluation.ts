// The self-evaluation's verdict and the 整体支出绩效自评表 figures: total score and grade
// (prose "综合评分为 96 分，评价等次为“优秀”", else the table's 总分 row), and the
// 全年预算数 / 全年执行数 / 执行率 of 财政拨款, 基本支出 and 项目支出.
import type { DepartmentYear, Table } from '../../../src/lib/schema.ts';
import type { Line } from '../text.ts';
import { toPercent } from './prose.ts';

const SCORE = /(?:综合评分|综合得分|自评得分|自评总分|总得分|评价得分|自评分|总分)(?:为|是|[:：])?\s*(\d+(?:\.\d+)?)\s*分/;
const GRADE = /(?:评价等次|评价等级|自评等级|等次|等级|评价结果|自评结果)(?:为|是|[:：])?\s*[“"「]?(优秀|良好|合格|中等|较好|一般|及格|不合格|较差|差|优|良|中)[”"」]?/;

export interface Verdict {
  score?: { value: number; line: number };
  tableScore?: { value: number; line: number };
  grade?: { value: string; line: number };
}

export function readVerdict(prose: Line[], tables: Table[]): Verdict {
  const verdict: Verdict = {};
  for (const line of prose) {
    const score = SCORE.exec(line.text);
    if (score && !verdict.score) verdict.score = { value: Number(score[1]), line: line.no };
    const grade = GRADE.exec(line.text);
    if (grade && !verdict.grade) verdict.grade = { value: grade[1], line: line.no };
  }
  const table = departmentTable(tables);
  if (!table) return verdict;
  const total = totalRow(table);
  if (total?.score) verdict.tableScore = total.score;
  if (!verdict.grade && total?.grade) verdict.grade = total.grade;
  return verdict;
}

/** The department-wide table, not a 项目支出绩效自评表 whose 总分 scores one project. */
function departmentTable(tables: Table[]): Table | undefined {
  return tables.find((t) => /整体支出绩效自评表|整体支出绩效评价表/.test(t.title) && !/项目支出/.test(t.title));
}

/** The 总分 row: the score under 得分 (else its last number), and a "等级: 优" cell. */
function totalRow(table: Table): Pick<Verdict, 'grade'> & { score?: Verdict['score'] } | undefined {
  let scoreColumn: number | undefined;
  for (const row of [{ cells: table.columns, source: table.source }, ...table.rows]) {
    const header = row.cells.findIndex((cell) => typeof cell === 'string' && /^(?:自评)?得分$/.test(cell.trim()));
    if (header !== -1) scoreColumn = header;
    const first = String(row.cells[0] ?? '').replace(/\s+/g, '');
    if (!/^总分/.test(first) || !row.source) continue;
    const line = row.source.line;
    const under = row.cells[scoreColumn ?? -1];
    const value = typeof under === 'number' ? under : row.cells.filter((c) => typeof c === 'number').at(-1);
    const grade = row.cells.map((c) => GRADE.exec(String(c ?? ''))).find(Boolean)?.[1];
    return {
      score: typeof value === 'number' ? { value, line } : undefined,
      grade: grade ? { value: grade, line } : undefined,
    };
  }
  return undefined;
}

export interface ExecutionFigures {
  total?: NonNullable<DepartmentYear['budgetExecutionTotal']> & { line: number };
  basic?: { budget?: number; actual?: number; line: number };
  project?: { budget?: number; actual?: number; line: number };
}

/**
 * "资金来源：（1）财政拨款 | 1052.59 | 1943.63 | 184.65%" under 全年预算数 / 全年执行数 / 执行率
 * (or a 合计 row). The budget is 年初预算数 where the table has it; the stated 执行率 is
 * against 全年预算数, so it is kept only when that is the budget read.
 */
export function readExecution(tables: Table[]): ExecutionFigures {
  const figures: ExecutionFigures = {};
  const table = departmentTable(tables);
  if (!table) return figures;
  let at: { budget: number; actual: number; rate: number } | undefined;
  for (const row of [{ cells: table.columns, source: table.source }, ...table.rows]) {
    const cells = row.cells.map((cell) => (typeof cell === 'string' ? cell.replace(/\s+/g, '') : cell));
    const column = (pattern: RegExp) => cells.findIndex((c) => typeof c === 'string' && pattern.test(c));
    const opening = column(/^年初预算数$/);
    const budget = opening !== -1 ? opening : column(/预算数$/);
    const actual = column(/执行数$/);
    if (budget !== -1 && actual !== -1) {
      at = { budget, actual, rate: opening !== -1 ? -1 : column(/执行率$/) };
      continue;
    }
    if (!at || !row.source) continue;
    const label = cells.filter((c) => typeof c === 'string').join('');
    const read = {
      budget: num(row.cells[at.budget]), actual: num(row.cells[at.actual]), line: row.source.line,
    };
    if (/^合计|财政拨款/.test(label) && !figures.total) figures.total = { ...read, rate: toPercent(row.cells[at.rate]) };
    else if (/基本支出/.test(label) && !figures.basic) figures.basic = read;
    else if (/项目支出/.test(label) && !figures.project) figures.project = read;
  }
  return figures;
}

function num(cell: unknown): number | undefined {
  return typeof cell === 'number' ? cell : undefined;
}

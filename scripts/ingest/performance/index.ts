// 部门整体支出绩效自评报告 → facts: expenditure totals, 三公 budget and actual (prose and
// attachment tables), last year's figures as history, the self-score, the numbered
// sections as narrative, and the attachments themselves as tables. Pure; never throws.
import type { Table } from '../../../src/lib/schema.ts';
import type { Message, ParseInput, ProseFacts } from '../types.ts';
import { currentFigure, readBasicData } from './basic-data.ts';
import { tableBackedSummary, threePublicFrom } from './combine.ts';
import { readProcurement, readVehicles } from './counts.ts';
import { pick, uniqueHistory } from './merge.ts';
import { readNarrative } from './narrative.ts';
import { proseLines } from './prose.ts';
import { readExecution, readVerdict } from './self-evaluation.ts';
import { readSummary } from './summary.ts';
import { readStaff } from '../prose/staff.ts';
import { parseTables } from '../tables/index.ts';

/** ProseFacts plus the attachments as published tables (the lossless layer). */
export type PerformanceFacts = ProseFacts & { tables: Table[] };

/** `tables`: the report's attachments as the shared table layer read them (read here when not given). */
export function parsePerformanceReport(input: ParseInput, opts: { year: number; tables?: Table[] }): PerformanceFacts {
  try {
    return parse(input, opts.year, opts.tables ?? parseTables(input, 'performance-evaluation').tables);
  } catch (error) {
    const message: Message = { code: 'performance.unreadable', severity: 'error', file: input.file, message: `无法读取这份绩效自评报告（${String(error)}）` };
    return { tables: [], checks: [], messages: [message] };
  }
}

function parse({ file, lines }: ParseInput, year: number, tables: Table[]): PerformanceFacts {
  const messages: Message[] = [];
  const prose = proseLines(lines);
  const facts: PerformanceFacts = { tables, checks: [], messages };

  const basicData = readBasicData(tables, year);
  const execution = readExecution(tables);
  const summary = tableBackedSummary(readSummary(prose, file), execution, basicData, file, messages);
  if (Object.keys(summary).length > 0) facts.summary = summary;

  const { total } = execution;
  if (total && (total.budget !== undefined || total.actual !== undefined)) {
    facts.budgetExecutionTotal = withoutUndefined({ budget: total.budget, actual: total.actual, rate: total.rate });
  }

  const { history: derived, ...threePublic } = threePublicFrom(prose, basicData, file, year, messages);
  if (threePublic.budget || threePublic.actual) facts.threePublic = threePublic;

  const history = uniqueHistory([...derived, ...basicData.history], file, messages);
  if (history.length > 0) facts.history = history;

  const procurement = pick('procurement.total', readProcurement(prose), currentFigure(basicData, 'procurement.total'), file, messages);
  if (procurement) facts.procurement = { total: procurement.value };

  const vehicles = readVehicles(prose, file);
  if (vehicles) facts.vehicles = vehicles;

  const staff = readStaff(lines, file, tables);
  if (staff.staff) facts.staff = staff.staff;
  messages.push(...staff.messages);

  const verdict = readVerdict(prose, tables);
  const score = pick('performance.score', verdict.score, verdict.tableScore, file, messages);
  if (score || verdict.grade) facts.performance = withoutUndefined({ score: score?.value, grade: verdict.grade?.value });

  const narrative = readNarrative(prose, file);
  if (narrative.length > 0) facts.narrative = narrative;

  reportMissing(facts, file);
  return facts;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const EXPECTED: [keyof PerformanceFacts, string][] = [
  ['summary', '整体支出数字'],
  ['performance', '自评得分'],
  ['narrative', '编号的章节（一、二、…）'],
];

function reportMissing(facts: PerformanceFacts, file: string): void {
  for (const [field, what] of EXPECTED) {
    if (facts[field] !== undefined) continue;
    facts.messages.push({ code: 'performance.missing', severity: 'warning', file, message: `绩效自评报告中没有找到${what}` });
  }
}

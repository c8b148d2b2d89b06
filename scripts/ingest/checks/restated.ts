// Restatements across years. Each report states last year's figures ("与上年相比减少13.65万元",
// 附件 上年决算数: its `history`); where the department's own report of that year is here too,
// the two are compared. Agreement within rounding (0.01 万元) is a pass; a disagreement is a
// failed check `history.restated` on the later year, naming both figures, both reports and
// where each says it, and the earlier year records it in `restatedBy`. Neither figure replaces
// the other. Runs on every year of one department at once (ingest.ts buildDepartment).
import Decimal from 'decimal.js';
import { readNumber } from '../../../src/lib/field-path.ts';
import { fieldSource } from '../../../src/lib/figure-source.ts';
import { agreement } from '../../../src/lib/money.ts';
import { departmentYear, type Check, type DepartmentYear, type HistoryEntry, type Restatement } from '../../../src/lib/schema.ts';
import { fieldLabel, wan } from '../wording.ts';

export const RESTATED_ID = 'history.restated';
/** Two statements of one figure: 0.01 万元, as compareSame allows. */
const TOLERANCE = new Decimal('0.01');

interface Found {
  later: DepartmentYear;
  earlier: DepartmentYear;
  history: HistoryEntry;
  published: number;
}

/**
 * Every year of one department, in the order given, with the comparisons added: a later year
 * gets its `history.restated` checks, an earlier year that a later report contradicts its
 * `restatedBy`. A year that states nothing about a year that is here is returned as it was.
 */
export function withRestatements(entries: readonly DepartmentYear[]): DepartmentYear[] {
  const byYear = new Map(entries.map((e) => [e.year, e]));
  const checks = new Map<DepartmentYear, Check[]>();
  const restatedBy = new Map<DepartmentYear, Restatement[]>();
  for (const later of entries) {
    const agreed: Found[] = [];
    const failed: Check[] = [];
    for (const history of later.history ?? []) {
      const earlier = byYear.get(history.year);
      const published = earlier && earlier !== later ? readNumber(earlier, history.field) : undefined;
      if (published === undefined) continue;
      const found = { later, earlier: earlier!, history, published };
      if (agreement(history.value, published, 1) !== 'fail') {
        agreed.push(found);
        continue;
      }
      failed.push(restatedCheck(found));
      const list = restatedBy.get(found.earlier) ?? [];
      list.push(restatementOf(found));
      restatedBy.set(found.earlier, list);
    }
    if (failed.length) checks.set(later, failed);
    else if (agreed.length) checks.set(later, [agreedCheck(agreed)]);
  }
  return entries.map((entry) => (checks.has(entry) || restatedBy.has(entry) ? withFields(entry, checks.get(entry) ?? [], restatedBy.get(entry)) : entry));
}

/** The earlier report, as a check names it: "2020年度报告（seeds/a.txt）". */
function reportName(year: number, file: string): string {
  return `${year}年度报告（${file}）`;
}

function restatedCheck({ later, earlier, history, published }: Found): Check {
  const label = fieldLabel(history.field);
  const laterFile = history.source?.file ?? later.sources[0].file;
  const publishedSource = fieldSource(earlier, history.field);
  const earlierFile = publishedSource?.file ?? earlier.sources[0].file;
  const diff = new Decimal(history.value).minus(published).abs();
  return {
    id: RESTATED_ID,
    status: 'fail',
    message: `${history.year}年度${label}：${reportName(later.year, laterFile)}由“${history.derivedFrom}”推算为 ${wan(history.value)}，`
      + `${reportName(earlier.year, earlierFile)}所列为 ${wan(published)}，两者相差 ${wan(diff)}，超出尾数误差允许范围（${wan(TOLERANCE)}）`,
    field: 'history',
    ...(history.source ? { source: history.source } : {}),
    kind: 'restated',
    values: [
      { label: `${later.year}年度报告所称${history.year}年度${label}`, value: history.value, ...(history.source ? { source: history.source } : {}) },
      { label: `${earlier.year}年度报告所列${label}`, value: published, ...(publishedSource ? { source: publishedSource } : {}) },
    ],
    difference: diff.toNumber(),
    tolerance: TOLERANCE.toNumber(),
  };
}

function restatementOf({ later, earlier, history, published }: Found): Restatement {
  const source = fieldSource(earlier, history.field);
  return {
    field: history.field,
    value: published,
    ...(source ? { source } : {}),
    statedIn: later.year,
    stated: history.value,
    derivedFrom: history.derivedFrom,
    ...(history.source ? { statedSource: history.source } : {}),
    difference: new Decimal(history.value).minus(published).abs().toNumber(),
  };
}

/** One pass line for every figure of a later report that agrees with the earlier reports. */
function agreedCheck(agreed: readonly Found[]): Check {
  const { later } = agreed[0];
  const years = [...new Set(agreed.map((f) => f.history.year))].sort((a, b) => a - b);
  const rounded = agreed.filter((f) => !new Decimal(f.history.value).equals(f.published)).length;
  const tail = rounded ? `，其中 ${rounded} 项相差不超过 ${wan(TOLERANCE)}（尾数误差）` : '';
  return {
    id: RESTATED_ID,
    status: 'pass',
    message: `${later.year}年度报告所列${years.map((y) => `${y}年度`).join('、')}的 ${agreed.length} 项数字与该年度报告一致${tail}`,
    kind: 'restated',
  };
}

/** The entry with checks added and restatedBy set, its keys in the contract's order. */
function withFields(entry: DepartmentYear, added: readonly Check[], restated: Restatement[] | undefined): DepartmentYear {
  const fields: Record<string, unknown> = { ...entry, checks: [...entry.checks, ...added], ...(restated ? { restatedBy: restated } : {}) };
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(departmentYear.shape)) if (fields[key] !== undefined) ordered[key] = fields[key];
  return ordered as DepartmentYear;
}

// 要点: the paragraph at the top of a department-year page, generated from its figures —
// what it spent and how that changed from the year before, where most of it went, the 三公
// against budget and last year, and whether every check passed. Every figure here is the
// published one or an exact decimal.js result (change, share, execution rate); the page only prints.
import type { DepartmentYear } from './schema.ts';
import { functionTree } from './treemap-data.ts';
import { executionRate } from './budget-execution.ts';
import { countChecks } from './checks-view.ts';
import { checkSentence } from './check-text.ts';
import { threePublicSeries } from './trend-series.ts';
import { changeText, yearChange, type Change } from './year-change.ts';
import { pct, wan } from './format.ts';
import { paths } from './site-paths.ts';
import { yearKind } from './year-coverage.ts';

/** A run of text; with `path` (a site path or "#fragment"), a link. */
export interface Segment {
  text: string;
  path?: string;
}

/** One sentence of the paragraph, in segments. */
export type KeyPoint = Segment[];

const changed = (change: Change | undefined, what = ''): string => {
  if (!change) return '';
  const derived = change.previous.derived ? '（上年为推算数）' : '';
  return `，${what}比上年${changeText(change)}${derived}`;
};

function spending(entries: readonly DepartmentYear[], entry: DepartmentYear): KeyPoint | undefined {
  const s = entry.summary;
  if (s?.expenditureTotal === undefined) return undefined;
  const split = s.basicExpenditure !== undefined && s.projectExpenditure !== undefined
    ? `，其中基本支出 ${wan(s.basicExpenditure)} 万元、项目支出 ${wan(s.projectExpenditure)} 万元`
    : '';
  const change = yearChange(entries, entry, 'summary.expenditureTotal', s.expenditureTotal);
  let tail = changed(change);
  if (!change) {
    const grand = yearChange(entries, entry, 'summary.grandTotal', s.grandTotal);
    tail = grand ? `；收支总计 ${wan(s.grandTotal)} 万元${changed(grand)}` : '；本站没有上一年度的数字可以比较';
  }
  return [{ text: `${entry.year}年度本年支出合计 ${wan(s.expenditureTotal)} 万元${split}${tail}。` }];
}

function largestClass(entry: DepartmentYear): KeyPoint | undefined {
  const tree = functionTree(entry.expenditureByFunction ?? [], entry.summary?.expenditureTotal);
  const top = [...tree.children].filter((n) => n.level === '类').sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1))[0];
  if (!top || top.total <= 0) return undefined;
  const among = yearKind(entry) === 'final-accounts' ? '' : '在文字说明提到的科目中，';
  return [
    { text: `${among}支出最多的是` },
    { text: `${top.name}（${top.code}）`, path: paths.subject(top.code) },
    { text: `，${wan(top.total)} 万元${top.share !== undefined ? `，占本年支出的 ${pct(top.share)}` : ''}。` },
  ];
}

function threePublic(entries: readonly DepartmentYear[], entry: DepartmentYear, anchor = '#three-public'): KeyPoint | undefined {
  const actual = threePublicSeries([entry], 'actual', 'total').find((p) => p.year === entry.year);
  if (!actual) return undefined;
  const budget = entry.threePublic?.budget?.total;
  const rate = executionRate(budget, actual.value);
  const ofBudget = budget === undefined ? '' : rate === undefined ? `，预算 ${wan(budget)} 万元` : `，为预算 ${wan(budget)} 万元的 ${pct(rate)}`;
  const change = yearChange(entries, entry, 'threePublic.actual.total', actual.value);
  const sum = actual.derived ? '（三项之和）' : '';
  return [
    { text: '“三公”经费', path: anchor },
    { text: `决算 ${wan(actual.value)} 万元${sum}${ofBudget}${changed(change)}。` },
  ];
}

function checks(entry: DepartmentYear): KeyPoint | undefined {
  const counts = countChecks(entry.checks);
  const total = entry.checks.length;
  if (total === 0) return undefined;
  if (counts.fail > 0) {
    const first = entry.checks.find((c) => c.status === 'fail')!;
    return [
      { text: `有 ${counts.fail} 项核验未通过`, path: '#checks' },
      { text: `${counts.fail > 1 ? '，例如' : '：'}${checkSentence(first)}。` },
    ];
  }
  const notes = [
    counts.rounding > 0 ? `${counts.rounding} 项有尾数误差` : '',
    counts.repaired > 0 ? `${counts.repaired} 项是读取时作了更正` : '',
  ].filter(Boolean);
  return [{ text: `全部 ${total} 项核验通过`, path: '#checks' }, { text: `${notes.length ? `，其中 ${notes.join('、')}` : ''}。` }];
}

/** The sentences of the 要点 paragraph, in reading order; those without figures are left out. */
export function keyPoints(entries: readonly DepartmentYear[], entry: DepartmentYear): KeyPoint[] {
  return [spending(entries, entry), largestClass(entry), threePublic(entries, entry), checks(entry)].filter((p): p is KeyPoint => p !== undefined);
}

/**
 * The opening sentences of a department's page: which years the site has, and the latest
 * year's spending and 三公 (the same sentences as that year's 要点, without the checks).
 */
export function departmentPoints(entries: readonly DepartmentYear[]): KeyPoint[] {
  if (entries.length === 0) return [];
  const sorted = [...entries].sort((a, b) => a.year - b.year);
  const latest = sorted[sorted.length - 1];
  const years = sorted.map((e) => e.year).join('、');
  const intro: KeyPoint = [{ text: `本站收录了${latest.department.name} ${years} 年度的报告，共 ${sorted.length} 份。最近一年（` }, { text: `${latest.year}年度`, path: paths.departmentYear(latest.department.slug, latest.year) }, { text: '）：' }];
  return [intro, spending(sorted, latest), largestClass(latest), threePublic(sorted, latest, '#three-public-trend')].filter((p): p is KeyPoint => p !== undefined);
}

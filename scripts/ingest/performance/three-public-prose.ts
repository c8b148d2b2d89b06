// “三公”经费 from the prose: "“三公”经费预算8万元（其中公务接待8万元，公务用车运行费0万元），
// …年终决算共支出6.8万元，其中公务接待6.8万元，公务用车0万元，无公务用车购置费用".
// Each amount takes the kind (budget/actual) of the last 预算/决算 word before it and
// the label of its clause; a clause without a label speaks of the sentence's subject.
import type { HistoryEntry, ThreePublicFigures } from '../../../src/lib/schema.ts';
import { difference, sum, yuanToWan } from '../../../src/lib/money.ts';
import type { Line } from '../text.ts';
import { AMOUNT, sentences, toAmount } from './prose.ts';

export type Kind = 'budget' | 'actual';
export type Figure = keyof ThreePublicFigures;

/** Most specific first: a 公务用车购置 clause is not about 公务用车 as a whole. */
const LABELS: [Figure, RegExp][] = [
  ['vehicle', /公务用车购置(?:及|和)运行(?:维护)?费?|公务用车购置和维护经?费|公车购置(?:及|和)运行(?:维护)?费?/g],
  ['vehiclePurchase', /公务用车购置费?|公车购置费?/g],
  ['vehicleOperation', /公务用车运行(?:维护)?费?|公车运行(?:维护)?费?/g],
  ['vehicle', /公务用车|公车/g],
  ['abroad', /因公出国境?费?|出国境?经?费/g],
  ['reception', /公务接待费?/g],
  ['total', /[“"]?三公[”"]?经费/g],
];
const KIND_WORDS = /预算|决算|实际支出|实际使用/g;
// A comma ends a clause unless it separates digit groups (12,500).
const CLAUSE = /(?:[^，,；;。（）()]|(?<=\d),(?=\d))+/g;
const AMOUNT_IN_CLAUSE = new RegExp(`(${AMOUNT})\\s*(万元|元)?`, 'g');
/** Clauses about counts (车辆, 人次) or rates are not money. */
const NOT_MONEY = /保有量|辆|人次|控制率|%/;
const CHANGE = /(?:比|较|与)上年(?:相比|同期)?[^，。；]{0,12}?(增加|减少|下降|增长)\s*(\d+(?:\.\d+)?)\s*万元/;

export interface ProseThreePublic {
  budget: ThreePublicFigures;
  actual: ThreePublicFigures;
  lines: Partial<Record<`${Kind}.${Figure}`, number>>;
  history: HistoryEntry[];
}

interface Context {
  file: string;
  /** The year the report covers; a change "与上年相比" gives year - 1. */
  year: number;
  result: ProseThreePublic;
}

export function readThreePublicProse(lines: Line[], file: string, year: number): ProseThreePublic {
  const result: ProseThreePublic = { budget: {}, actual: {}, lines: {}, history: [] };
  // Only 。 ends a sentence here: "预算8万元；其中公务接待8万元" keeps its 预算 across the ；.
  for (const sentence of sentences(lines, false)) {
    if (!/三公|因公出国|公务接待|公务用车|公车/.test(sentence.text)) continue;
    readSentence(sentence, { file, year, result });
  }
  return result;
}

function readSentence(line: Line, context: Context): void {
  const { result } = context;
  // Bracketed qualifiers belong to the label: 因公出国（境）费, 公务用车（购置）.
  const text = line.text.replace(/[（(](境|购置|运行|维护|运行维护)[）)]/g, '$1');
  const kinds = [...text.matchAll(KIND_WORDS)].map((m) => ({ at: m.index, kind: (/预算/.test(m[0]) ? 'budget' : 'actual') as Kind }));
  const kindAt = (at: number): Kind => lastBefore(kinds, at)?.kind ?? 'actual';
  const subject = labelsIn(text)[0]?.figure ?? 'total';
  for (const clause of text.matchAll(CLAUSE)) {
    const words = clause[0];
    if (NOT_MONEY.test(words)) continue;
    const labels = labelsIn(words);
    const change = CHANGE.exec(words);
    if (change) {
      recordChange(words, change, labels[0]?.figure ?? subject, line.no, context);
      continue;
    }
    // "无公务用车购置费用": stated as none.
    const none = /^\s*(?:无|没有|未发生|未安排)/.test(words) && labels.length > 0;
    if (none) set(result, kindAt(clause.index), labels[0].figure, 0, line.no);
    for (const amount of words.matchAll(AMOUNT_IN_CLAUSE)) {
      const atEnd = amount.index + amount[0].length >= words.trimEnd().length;
      const label = lastBefore(labels, amount.index)?.figure;
      // A bare number counts only at the end of a labelled clause ("费用支出为0").
      if (!amount[2] && !(atEnd && label && /[为是:：]\s*$/.test(words.slice(0, amount.index)))) continue;
      const value = toAmount(amount[1]);
      if (value === undefined) continue;
      const wan = amount[2] === '元' ? yuanToWan(value) : value;
      set(result, kindAt(clause.index + amount.index), label ?? subject, wan, line.no);
    }
  }
}

/** The last item (sorted by position) that starts before `at`: binary search, lines can be long. */
function lastBefore<T extends { at: number }>(items: T[], at: number): T | undefined {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].at < at) low = mid + 1;
    else high = mid;
  }
  return items[low - 1];
}

function labelsIn(text: string): { figure: Figure; at: number }[] {
  const taken: [number, number][] = [];
  const found: { figure: Figure; at: number }[] = [];
  for (const [figure, pattern] of LABELS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (taken.some(([s, e]) => match.index < e && end > s)) continue;
      taken.push([match.index, end]);
      found.push({ figure, at: match.index });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

function set(result: ProseThreePublic, kind: Kind, figure: Figure, value: number, line: number): void {
  if (result[kind][figure] !== undefined) return; // the first statement wins
  result[kind][figure] = value;
  result.lines[`${kind}.${figure}`] = line;
}

/** "与上年相比减少13.65万元" after this year's actual: last year's actual, derived. */
function recordChange(words: string, change: RegExpExecArray, figure: Figure, line: number, context: Context): void {
  const current = context.result.actual[figure];
  const delta = toAmount(change[2]);
  if (current === undefined || delta === undefined) return;
  const up = change[1] === '增加' || change[1] === '增长';
  const previous = up ? difference(current, delta) : sum([current, delta]);
  context.result.history.push({
    year: context.year - 1,
    field: `threePublic.actual.${figure}`,
    value: previous.toNumber(),
    derivedFrom: words.trim(),
    source: { file: context.file, line },
  });
}

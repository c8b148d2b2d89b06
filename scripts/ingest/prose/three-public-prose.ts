// 三公经费 from the prose: each figure follows its label ("公务接待费支出预算为12万元，支出
// 决算为12万元，…与上年相比减少6.3万元"), so the section is cut at every label and each
// piece read for 预算, 决算 and the change since last year.
import type { HistoryEntry, ThreePublicFigures } from '../../../src/lib/schema.ts';
import { threePublicLabel, wan } from '../wording.ts';
import { warn, type ProseContext } from './context.ts';
import { findFigure, MONEY } from './figures.ts';
import { findChange, priorYear } from './history.ts';
import type { Paragraph } from './paragraphs.ts';
import { findSection, type Section } from './sections.ts';

type Key = keyof ThreePublicFigures;

// Order matters: 购置费及运行维护费 (vehicle) must win over 购置费 (vehiclePurchase).
const LABELS: [Key, string][] = [
  ['vehicle', '公务用车购置费?及运行(?:维护|[（(]维护[)）])?费?'],
  ['vehiclePurchase', '公务用车购置(?:费|支出)'],
  ['vehicleOperation', '公务用车运行(?:维护|[（(]维护[)）])?(?:费|支出)'],
  ['abroad', '因公出国[（(]境[)）]费'],
  ['reception', '公务接待费'],
  ['total', '[“"]?三公[”"]?经费'],
];
const LABEL = new RegExp(LABELS.map(([key, source]) => `(?<${key}>${source})`).join('|'), 'g');
const BUDGET = new RegExp(`预算(?:数)?为\\s*${MONEY}`);
const ACTUAL = new RegExp(`决算(?:数)?(?:为)?\\s*${MONEY}`);
const RIGHT_AFTER = new RegExp(`^\\s*(?:支出)?\\s*${MONEY}`);
const AMOUNT_HERE = new RegExp(`\\s*(?:支出)?\\s*${MONEY}`, 'y');

export interface ThreePublicFacts {
  threePublic?: { budget?: ThreePublicFigures; actual?: ThreePublicFigures };
  history: HistoryEntry[];
}

interface Piece { key: Key; start: number; end: number }

function pieces(paragraph: Paragraph): Piece[] {
  const found = [...paragraph.text.matchAll(LABEL)].map((m) => ({
    key: Object.entries(m.groups!).find(([, v]) => v !== undefined)![0] as Key,
    at: m.index,
    start: m.index + m[0].length,
  }));
  return found.map(({ key, start }, i) => ({ key, start, end: found[i + 1]?.at ?? paragraph.text.length }));
}

export function readThreePublic(sections: readonly Section[], context: ProseContext): ThreePublicFacts {
  const section = findSection(sections, /三公/);
  const budget: ThreePublicFigures = {};
  const actual: ThreePublicFigures = {};
  const history: HistoryEntry[] = [];
  const keep = (figures: ThreePublicFigures, key: Key, value: number, line: number) => {
    if (figures[key] === undefined) figures[key] = value;
    else if (figures[key] !== value) {
      const what = threePublicLabel(figures === budget ? 'budget' : 'actual', key);
      warn(context, 'prose.threePublicConflict', `情况说明给出两个${what}：${wan(figures[key]!)}和 ${wan(value)}，采用前一个`, line);
    }
  };

  for (const paragraph of section?.paragraphs ?? []) {
    for (const { key, start, end } of pieces(paragraph)) {
      const piece = { ...paragraph, text: paragraph.text.slice(0, end) };
      const stated = findFigure(piece, BUDGET, start);
      const spent = findFigure(piece, ACTUAL, start) ?? rightAfter(paragraph, start, end);
      if (stated) keep(budget, key, stated.value, stated.line);
      if (spent) keep(actual, key, spent.value, spent.line);
      const change = findChange(paragraph, start, end);
      const current = actual[key];
      const prior = change && current !== undefined && priorYear(context, `threePublic.actual.${key}`, current, change);
      if (prior && !history.some((h) => h.field === prior.field)) history.push(prior);
    }
  }
  const threePublic = {
    ...(Object.keys(budget).length ? { budget } : {}),
    ...(Object.keys(actual).length ? { actual } : {}),
  };
  return { threePublic: Object.keys(threePublic).length ? threePublic : undefined, history };
}

/** "公务用车购置费 18.91 万元": the amount directly after the label is what was spent. */
function rightAfter(paragraph: Paragraph, start: number, end: number) {
  const window = paragraph.text.slice(start, end);
  if (!RIGHT_AFTER.test(window)) return undefined;
  return findFigure({ ...paragraph, text: paragraph.text.slice(0, end) }, AMOUNT_HERE, start);
}

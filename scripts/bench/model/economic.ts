// 公开06表: basic expenditure by economic classification. Personnel (301 + 303) and public
// (302 + 307 + 310 + 399) add up to basic exactly; the 三公 actuals sit on their own lines
// (30212, 30217, 30231, 31013), as in seeds/000.
import { CAPITAL_COLUMN, GOODS_COLUMN, PERSONNEL_COLUMN, type EconomicSubject } from '../catalogue/economic.ts';
import type { Random } from '../random.ts';
import { allocateFen } from './allocate.ts';
import { portion, sumOf } from './amounts.ts';
import type { EconomicRowFigures, ThreePublicFigures } from './types.ts';

/** [code, weight, probability the department uses the line]. */
type Line = readonly [string, number, number];
// The first line of each list is always used.

const WAGES: Line[] = [
  ['30101', 280, 1], ['30102', 200, 1], ['30103', 110, 0.7], ['30106', 30, 0.5], ['30107', 80, 0.6],
  ['30108', 90, 1], ['30109', 40, 0.7], ['30110', 45, 1], ['30111', 18, 0.6], ['30112', 5, 0.8],
  ['30113', 90, 1], ['30114', 20, 0.4], ['30199', 10, 0.3],
];
const HOUSEHOLD: Line[] = [
  ['30302', 600, 1], ['30301', 50, 0.3], ['30304', 80, 0.35], ['30305', 20, 0.4], ['30307', 50, 0.4],
  ['30309', 90, 0.4], ['30399', 40, 0.4],
];
const GOODS: Line[] = [
  ['30201', 100, 1], ['30202', 30, 0.7], ['30203', 10, 0.4], ['30205', 10, 0.7], ['30206', 30, 0.9],
  ['30207', 20, 0.9], ['30209', 60, 0.7], ['30211', 60, 1], ['30213', 40, 0.8], ['30214', 10, 0.3],
  ['30215', 10, 0.7], ['30216', 10, 0.7], ['30218', 20, 0.2], ['30225', 15, 0.15], ['30226', 50, 0.6],
  ['30227', 60, 0.5], ['30228', 40, 0.9], ['30229', 30, 0.7], ['30239', 60, 0.6], ['30299', 100, 1],
  ['31002', 30, 0.5], ['31007', 15, 0.3],
];


function spread(rng: Random, total: number, lines: Line[], quantum: number, into: Map<string, number>): void {
  const used = lines.filter(([, , p], i) => i === 0 || rng.chance(p));
  const parts = allocateFen(total, used.map(([, w]) => w * rng.int(70, 130)), quantum);
  used.forEach(([code], i) => into.set(code, (into.get(code) ?? 0) + parts[i]));
}

/** A printed column: 类 rows carry the sum of the 款 rows below them. */
function column(subjects: readonly EconomicSubject[], amounts: Map<string, number>): EconomicRowFigures[] {
  return subjects.map(({ code, name }) => {
    const amount = code.length === 3
      ? sumOf(subjects.filter((s) => s.code.length === 5 && s.code.startsWith(code)).map((s) => amounts.get(s.code) ?? 0))
      : (amounts.get(code) ?? 0);
    return { code, name, level: code.length === 3 ? '类' : '款', amount };
  });
}

/** Every 款 line with its amount (unused lines absent). */
export function economicBreakdown(
  rng: Random, personnel: number, publicTotal: number, householdPermille: number,
  threePublic: ThreePublicFigures, quantum: number,
): Map<string, number> {
  const amounts = new Map<string, number>();
  const household = portion(personnel, householdPermille, quantum);
  spread(rng, personnel - household, WAGES, quantum, amounts);
  spread(rng, household, HOUSEHOLD, quantum, amounts);
  const fixed: [string, number][] = [
    ['30212', threePublic.abroad], ['30217', threePublic.reception],
    ['30231', threePublic.vehicleOperation], ['31013', threePublic.vehiclePurchase],
  ];
  for (const [code, amount] of fixed) if (amount > 0) amounts.set(code, amount);
  spread(rng, publicTotal - sumOf(fixed.map(([, a]) => a)), GOODS, quantum, amounts);
  return amounts;
}

/** The three columns of 06表; seeds/004 (2023) lists 399 with different 款 than seeds/000. */
export function economicColumns(amounts: Map<string, number>, capital: readonly EconomicSubject[] = CAPITAL_COLUMN): EconomicRowFigures[][] {
  return [column(PERSONNEL_COLUMN, amounts), column(GOODS_COLUMN, amounts), column(capital, amounts)];
}

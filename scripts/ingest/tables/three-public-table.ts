// The “三公”经费 table: twelve amounts, 预算数 and 决算数 of 合计, 因公出国（境）费,
// 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费, each read from the column whose
// header names it (a blank cell is not stated).
import type { DepartmentYear, Table, ThreePublicFigures } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { warning, tableName } from './model.ts';
import { ROLES } from './three-public-columns.ts';
import { entries } from './table-rows.ts';

type ThreePublic = NonNullable<DepartmentYear['threePublic']>;

export function readThreePublic(table: Table): { value?: ThreePublic; messages: Message[] } {
  const meanings = new Set((['budget', 'actual'] as const).flatMap((side) => ROLES.map((role) => `${side}.${role}`)));
  const named = (table.columnRoles ?? []).filter((r) => meanings.has(r.replace(/^amount:/, ''))).length;
  const entry = entries(table).flat().find((e) => Object.keys(e.amounts).some((m) => meanings.has(m)));
  if (named < 12 || !entry) {
    const why = named < 12 ? `表头只写明了 12 个预算数、决算数中的 ${named} 个` : '没有一行列有这些金额';
    return { messages: [warning(table.source?.file ?? '', 'table-three-public', `${tableName(table)}：未读取，${why}`, entry?.source.line ?? table.source?.line)] };
  }
  const budget: ThreePublicFigures = {};
  const actual: ThreePublicFigures = {};
  for (const [meaning, value] of Object.entries(entry.amounts)) {
    const [side, role] = meaning.split('.') as ['budget' | 'actual', keyof ThreePublicFigures];
    if (meanings.has(meaning)) (side === 'budget' ? budget : actual)[role] = value;
  }
  return { value: { budget, actual }, messages: [] };
}

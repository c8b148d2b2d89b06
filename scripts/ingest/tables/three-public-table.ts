// The “三公”经费 table: twelve amounts, 预算数 and 决算数 of 合计, 因公出国（境）费,
// 公务用车购置及运行费 (小计, 购置费, 运行费) and 公务接待费, mapped by column.
import type { DepartmentYear, Table, ThreePublicFigures } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { warning } from './model.ts';
import { roleMap } from './three-public-columns.ts';

type ThreePublic = NonNullable<DepartmentYear['threePublic']>;

export function readThreePublic(table: Table): { value?: ThreePublic; messages: Message[] } {
  const roles = roleMap(table.columns);
  const row = table.rows.find((r) => r.cells.filter((c) => typeof c === 'number').length === 12);
  if (!roles || !row) {
    const why = !roles ? 'its columns are not the twelve 预算数/决算数 columns' : 'no row holds the twelve amounts';
    return { messages: [warning(table.source?.file ?? '', 'table-three-public', `${table.id} ${table.title}: not read, ${why}`, row?.source.line ?? table.source?.line)] };
  }
  const budget: ThreePublicFigures = {};
  const actual: ThreePublicFigures = {};
  // The k-th amount belongs to the k-th column (a leading label cell would shift indexes).
  row.cells.filter((c): c is number => typeof c === 'number').forEach((value, k) => {
    const { side, role } = roles[k];
    (side === 'budget' ? budget : actual)[role] = value;
  });
  return { value: { budget, actual }, messages: [] };
}

// A row of the 公开06 table shifted out of its column group (001: "30299 其他商品和服务
// 支出 317.70" printed one column to the left, across the 人员经费 and 公用经费 groups).
// It is moved into the group where every other row of its 类 sits.
import type { Check } from '../../../../src/lib/schema.ts';
import { agreement, sum } from '../../../../src/lib/money.ts';
import { wan } from '../../wording.ts';
import type { Message } from '../../types.ts';
import { typedCells, type Cell } from '../coded-row.ts';
import { economicCodeAt, entriesOf, groupStarts, groupWidth } from '../economic-layout.ts';
import { repairCheck, warning, type RawRow, type RawTable, tableName } from '../model.ts';

export function repairEconomicAlignment(table: RawTable, file: string): { table: RawTable; checks: Check[]; messages: Message[] } {
  const typed = table.rows.map((r) => typedCells(r.cells));
  const starts = groupStarts(typed);
  if (starts.length === 0) return { table, checks: [], messages: [] };
  const width = groupWidth(starts);
  const home = classHomes(typed, starts);
  const checks: Check[] = [];
  const messages: Message[] = [];
  const rows = table.rows.map((row, r) => {
    const misplaced = typed[r].findIndex((c, i) => !starts.includes(i) && economicCodeAt(c) !== undefined);
    if (misplaced < 0) return row;
    const { code, name } = economicCodeAt(typed[r][misplaced])!;
    const start = home.get(code.slice(0, 3));
    const moved = start === undefined ? undefined : move(row, misplaced, start, width);
    if (!moved) {
      messages.push(warning(file, 'table-misaligned', `${tableName(table)}：“${code} ${name}”印在所属栏组之外，又无从证明它属于哪个栏组，按印刷位置读取`, row.line));
      return row;
    }
    const group = starts.indexOf(start!);
    checks.push(repairCheck('repair.rowAlignment',
      `${tableName(table)}：“${code} ${name}”印在所属栏组之外（第 ${misplaced + 1} 栏），已移到第 ${group + 1} 个栏组（第 ${start! + 1}–${start! + width} 栏）。依据：${code.slice(0, 3)} 类的其他各行都在这个栏组中${sumProof(table, typed, starts, moved, code)}。`,
      { file, line: row.line }, `basicByEconomic.${code}`));
    return moved;
  });
  return { table: { ...table, rows }, checks, messages };
}

/** For each 类, the group start where its rows sit in the aligned rows. */
function classHomes(typed: Cell[][], starts: number[]): Map<string, number> {
  const homes = new Map<string, number>();
  for (const cells of typed) {
    for (const entry of entriesOf(cells, starts)) homes.set(entry.code.slice(0, 3), entry.codeIndex);
  }
  return homes;
}

/** Put the entry's filled cells (code [, name], amount) into the target group; undefined when it does not fit. */
function move(row: RawRow, from: number, start: number, width: number): RawRow | undefined {
  const filled = row.cells.map((c, i) => ({ c, i })).filter(({ c, i }) => i >= from && c !== '');
  const others = row.cells.some((c, i) => i < from && c !== '');
  if (others || filled.length < 2 || filled.length > width) return undefined;
  const cells = row.cells.map(() => '');
  const text = filled.slice(0, -1);
  text.forEach(({ c }, k) => (cells[start + k] = c));
  cells[start + width - 1] = filled.at(-1)!.c;
  return { ...row, cells };
}

/** "，且 302 商品和服务支出 2,770.10 万元等于其下各款（含本行）之和" when it does. */
function sumProof(table: RawTable, typed: Cell[][], starts: number[], moved: RawRow, code: string): string {
  const rows = typed.map((cells, r) => (table.rows[r].line === moved.line ? typedCells(moved.cells) : cells));
  const entries = rows.flatMap((cells) => entriesOf(cells, starts));
  const parent = entries.find((e) => e.code === code.slice(0, 3));
  const children = entries.filter((e) => e.code.length === 5 && e.code.startsWith(code.slice(0, 3)));
  if (!parent?.amount || children.length === 0) return '';
  const total = sum(children.map((e) => e.amount));
  return agreement(parent.amount, total, children.length) === 'fail' ? ''
    : `，且 ${parent.code} ${parent.name} ${wan(parent.amount)}${total.equals(parent.amount) ? '' : '在尾数误差范围内'}等于其下各款（含本行）之和 ${wan(total)}`;
}

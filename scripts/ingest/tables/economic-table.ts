// 公开06 基本支出决算(明细)表 by 支出经济分类: every 类 and 款 with its amount, and the
// 人员经费合计 / 公用经费合计 of the last row.
import type { DepartmentYear, Table } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { compact } from './cells.ts';
import { normaliseName } from './coded-row.ts';
import { entriesOf, groupStarts } from './economic-layout.ts';
import { warning } from './model.ts';

type BasicByEconomic = NonNullable<DepartmentYear['basicByEconomic']>;

export function readEconomic(table: Table): { value?: BasicByEconomic; messages: Message[] } {
  const messages: Message[] = [];
  const starts = groupStarts(table.rows.map((r) => r.cells));
  const rows: BasicByEconomic['rows'] = [];
  for (const row of table.rows) {
    for (const entry of entriesOf(row.cells, starts)) {
      const level = entry.code.length === 3 ? '类' : entry.code.length === 5 ? '款' : undefined;
      if (!level || entry.amount === undefined) {
        messages.push(warning(row.source.file, 'table-economic-row', `${table.id} ${table.title}: entry "${entry.code} ${entry.name}" ${level ? 'has no amount' : 'has no valid 类/款 code'}; not read`, row.source.line));
        continue;
      }
      rows.push({ code: entry.code, name: normaliseName(entry.name), level, amount: entry.amount, source: row.source });
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const personnelTotal = totalAfter(table, '人员经费合计') ?? totalInColumn(table, '人员经费');
  const publicTotal = totalAfter(table, '公用经费合计') ?? totalInColumn(table, '公用经费');
  if (rows.length === 0 && personnelTotal === undefined && publicTotal === undefined) return { messages };
  return {
    value: {
      ...(personnelTotal !== undefined ? { personnelTotal } : {}),
      ...(publicTotal !== undefined ? { publicTotal } : {}),
      rows,
    },
    messages,
  };
}

/** The first amount to the right of a label such as 人员经费合计. */
function totalAfter(table: Table, label: string): number | undefined {
  for (const row of table.rows) {
    const at = row.cells.findIndex((c) => typeof c === 'string' && compact(c) === label);
    if (at < 0) continue;
    const value = row.cells.slice(at + 1).find((c): c is number => typeof c === 'number');
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The layout with 人员经费 and 公用经费 as amount columns: the 合计 row's cell in that column. */
function totalInColumn(table: Table, name: string): number | undefined {
  const column = table.columns.findIndex((c) => c.split('/').at(-1) === name);
  const total = table.rows.find((r) => compact(r.cells.filter((c) => typeof c === 'string').join('')) === '合计');
  const value = column >= 0 ? total?.cells[column] : undefined;
  return typeof value === 'number' ? value : undefined;
}

// 公开06 基本支出决算(明细)表 by 支出经济分类: every 类 and 款 with its amount, and the
// 人员经费合计 / 公用经费合计 of the last row.
import type { DepartmentYear, Table } from '../../../src/lib/schema.ts';
import type { Message } from '../types.ts';
import { compact } from './cells.ts';
import { normaliseName } from './coded-row.ts';
import { warning, tableName } from './model.ts';
import { codedEntries, mainAmount, totalEntry } from './table-rows.ts';

const ECONOMIC = /^3\d{2}/;

type BasicByEconomic = NonNullable<DepartmentYear['basicByEconomic']>;

export function readEconomic(table: Table): { value?: BasicByEconomic; messages: Message[] } {
  const messages: Message[] = [];
  const rows: BasicByEconomic['rows'] = [];
  for (const entry of codedEntries(table).filter((e) => ECONOMIC.test(e.code!))) {
    const code = entry.code!;
    const level = code.length === 3 ? '类' : code.length === 5 ? '款' : undefined;
    const amount = mainAmount(entry);
    if (!level || amount === undefined) {
      messages.push(warning(entry.source.file, 'table-economic-row', `${tableName(table)}：“${`${code} ${entry.name}`.trim()}”${level ? '没有金额' : '不是有效的类、款编码'}，未读取`, entry.source.line));
      continue;
    }
    rows.push({ code, name: normaliseName(entry.name), level, amount, source: entry.source });
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const total = totalEntry(table);
  const personnelTotal = totalAfter(table, '人员经费合计') ?? total?.amounts.personnel;
  const publicTotal = totalAfter(table, '公用经费合计') ?? total?.amounts.public;
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

// 部门整体支出绩效自评基础数据表: rows 三公经费 / 公务接待 / 项目支出 / 政府采购金额 under
// columns "2020 年决算数 | 2021 年预算数 | 2021 年决算数". This year's columns give
// budget and actual; last year's 决算数 gives history entries.
import type { HistoryEntry, Table } from '../../../src/lib/schema.ts';
import type { Figure, Kind } from './three-public-prose.ts';

type Target = { figure: Figure } | { path: 'summary.projectExpenditure' | 'summary.basicExpenditure' | 'procurement.total' };

/** Row labels, most specific first ("公务用车购置和维护经费" before "公车购置"). */
const ROWS: [RegExp, Target][] = [
  [/三公经费/, { figure: 'total' }],
  [/公务用车购置(?:和|及)(?:运行)?维护|公务用车购置及运行/, { figure: 'vehicle' }],
  [/公车购置|公务用车购置/, { figure: 'vehiclePurchase' }],
  [/公车运行|公务用车运行/, { figure: 'vehicleOperation' }],
  [/出国/, { figure: 'abroad' }],
  [/公务接待/, { figure: 'reception' }],
  [/^项目支出/, { path: 'summary.projectExpenditure' }],
  [/^基本支出/, { path: 'summary.basicExpenditure' }],
  [/^政府采购(?:金额|支出)/, { path: 'procurement.total' }],
];

export interface BasicDataFigure {
  /** "threePublic.actual.reception", "summary.projectExpenditure", … */
  field: string;
  value: number;
  line: number;
}

export interface BasicData {
  current: BasicDataFigure[];
  history: HistoryEntry[];
}

export function readBasicData(tables: Table[], year: number): BasicData {
  const data: BasicData = { current: [], history: [] };
  for (const table of tables) {
    const all = [table.columns, ...table.rows.map((row) => row.cells)];
    let columns: Map<number, { year: number; kind: Kind; header: string }> | undefined;
    all.forEach((cells, index) => {
      const header = yearColumns(cells);
      if (header.size > 0) {
        columns = header;
        return;
      }
      const row = table.rows[index - 1];
      if (!columns || !row) return;
      const name = String(cells[0] ?? '').trim().replace(/[:：]$/, '');
      const target = ROWS.find(([pattern]) => pattern.test(name.replace(/^\d+[、.]\s*|^其中[:：]\s*/, '')))?.[1];
      if (!target) return;
      for (const [at, column] of columns) {
        const value = cells[at];
        if (typeof value !== 'number') continue; // "/" and "——": not stated
        const field = 'figure' in target ? `threePublic.${column.kind}.${target.figure}` : target.path;
        const budgetOnly = !('figure' in target) && column.kind === 'budget';
        if (column.year === year && !budgetOnly) data.current.push({ field, value, line: row.source.line });
        if (column.year === year - 1 && column.kind === 'actual') {
          data.history.push({
            year: year - 1, field, value,
            derivedFrom: `${table.title}：${name} ${column.header} ${value}`,
            source: row.source,
          });
        }
      }
    });
  }
  return data;
}

/** This year's figure for a field ("threePublic.actual.total", "procurement.total"). */
export function currentFigure(data: BasicData, field: string): BasicDataFigure | undefined {
  return data.current.find((figure) => figure.field === field);
}

/** "2020 年决算数" → {2020, actual}; "2021 年预算数" → {2021, budget}. */
function yearColumns(cells: readonly unknown[]): Map<number, { year: number; kind: Kind; header: string }> {
  const columns = new Map<number, { year: number; kind: Kind; header: string }>();
  cells.forEach((cell, at) => {
    const match = typeof cell === 'string' ? /^(\d{4})\s*年\s*(决算|预算|执行)数?$/.exec(cell.trim()) : null;
    if (match) columns.set(at, { year: Number(match[1]), kind: match[2] === '预算' ? 'budget' : 'actual', header: cell as string });
  });
  return columns;
}
